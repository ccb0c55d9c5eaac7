/// The shared entities of the Directory. Plain values: the store maps them to
/// rows, the app shows and edits them.

public typealias RowID = Int64

public struct Kommunedel: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public init(id: RowID, name: String) { self.id = id; self.name = name }
}

public struct Site: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var kind: SiteKind
    public var kommunedelID: RowID
    public var hasInnbyggertorg: Bool
    public init(id: RowID, name: String, kind: SiteKind, kommunedelID: RowID, hasInnbyggertorg: Bool) {
        self.id = id; self.name = name; self.kind = kind
        self.kommunedelID = kommunedelID; self.hasInnbyggertorg = hasInnbyggertorg
    }
}

public struct Organisation: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var orgNumber: String?
    public var inFrivillighetsregisteret: Bool
    public var category: OrganisationCategory
    public var umbrellaID: RowID?
    public var kommunedelID: RowID?
    public var contactName: String
    public var email: String
    public var phone: String
    public var active: Bool

    public init(id: RowID = 0, name: String, orgNumber: String? = nil, inFrivillighetsregisteret: Bool = false,
                category: OrganisationCategory = .annet, umbrellaID: RowID? = nil, kommunedelID: RowID? = nil,
                contactName: String = "", email: String = "", phone: String = "", active: Bool = true) {
        self.id = id; self.name = name; self.orgNumber = orgNumber
        self.inFrivillighetsregisteret = inFrivillighetsregisteret; self.category = category
        self.umbrellaID = umbrellaID; self.kommunedelID = kommunedelID
        self.contactName = contactName; self.email = email; self.phone = phone; self.active = active
    }
}

/// A municipal unit that uses volunteers, with its frivillighetskontakt.
public struct Service: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var kommunedelID: RowID?
    public var volunteerContact: String
    public var contactPhone: String
    public var contactEmail: String
    public init(id: RowID, name: String, kommunedelID: RowID?, volunteerContact: String,
                contactPhone: String, contactEmail: String) {
        self.id = id; self.name = name; self.kommunedelID = kommunedelID
        self.volunteerContact = volunteerContact; self.contactPhone = contactPhone; self.contactEmail = contactEmail
    }
}

public struct Staff: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var username: String
    public var displayName: String
    public var role: StaffRole
    public var active: Bool
    public init(id: RowID, username: String, displayName: String, role: StaffRole, active: Bool = true) {
        self.id = id; self.username = username; self.displayName = displayName; self.role = role; self.active = active
    }
}

/// One append-only line of the audit log.
public struct AuditEntry: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var at: String          // ISO 8601 UTC instant
    public var staff: String       // login user
    public var action: String      // create, update, deactivate, …
    public var entity: String      // organisation, booking, …
    public var entityID: RowID?
    public var details: String     // what changed, "field: old → new; …"
    public init(id: RowID, at: String, staff: String, action: String, entity: String, entityID: RowID?, details: String) {
        self.id = id; self.at = at; self.staff = staff; self.action = action
        self.entity = entity; self.entityID = entityID; self.details = details
    }
}
