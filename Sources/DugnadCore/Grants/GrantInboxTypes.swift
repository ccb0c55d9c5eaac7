// Values the grant inbox's tools pass between the store and the screen:
// bulk actions, saved filters, intake, the overview and external funds.
// (Moved here from DugnadStore so the pure app can name them.)

/// An action applied to every tagged application at once (mutt's `;`).
public enum GrantBulkAction: Sendable, Hashable {
    case assign(String?)
    case setStatus(ApplicationStatus)
    case flag(Bool)

    /// How the action is stored in `grant_bulk.action`.
    public var code: String {
        switch self {
        case .assign(let who): return "assign:\(who ?? "–")"
        case .setStatus(let s): return "status:\(s.rawValue)"
        case .flag(let f): return "flag:\(f)"
        }
    }

    /// The action a stored code names (nil for a code this version does not know).
    public init?(code: String) {
        guard let colon = code.firstIndex(of: ":") else { return nil }
        let key = code[..<colon], value = String(code[code.index(after: colon)...])
        switch key {
        case "assign": self = .assign(value == "–" ? nil : value)
        case "status":
            guard let s = ApplicationStatus(rawValue: value) else { return nil }
            self = .setStatus(s)
        case "flag": self = .flag(value == "true")
        default: return nil
        }
    }
}

/// What a bulk status change did: those it moved and those the workflow refused (by reference).
public struct GrantBulkOutcome: Sendable, Hashable {
    public var action: GrantBulkAction
    public var applied: Int
    public var refused: [String]
    public init(action: GrantBulkAction, applied: Int, refused: [String] = []) {
        self.action = action; self.applied = applied; self.refused = refused
    }
}

/// A saved filter: a named view in the inbox's sidebar.
public struct SavedGrantFilter: Sendable, Hashable {
    public var name: String
    public var expression: String
    public init(name: String, expression: String) { self.name = name; self.expression = expression }
}

/// A paper, walk-in or digital application as the front desk registers it.
public struct GrantIntake: Sendable, Hashable {
    public var schemeID: RowID
    /// An organisation from the register, or else a name (and perhaps an organisation number) typed in.
    public var organisationID: RowID?
    public var applicantName: String
    public var organisationNumber: String
    public var contactName: String
    public var contactEmail: String
    public var contactPhone: String
    public var title: String
    public var purpose: String
    public var amountRequested: Money
    public var projectBudget: Money?
    public var otherFunding: Money
    public var receivedOn: CivilDate
    public var channel: String
    public var attachments: [String]

    public init(schemeID: RowID, organisationID: RowID? = nil, applicantName: String = "", organisationNumber: String = "",
                contactName: String = "", contactEmail: String = "", contactPhone: String = "", title: String,
                purpose: String = "", amountRequested: Money, projectBudget: Money? = nil, otherFunding: Money = .zero,
                receivedOn: CivilDate, channel: String = "walk_in", attachments: [String] = []) {
        self.schemeID = schemeID; self.organisationID = organisationID; self.applicantName = applicantName
        self.organisationNumber = organisationNumber; self.contactName = contactName; self.contactEmail = contactEmail
        self.contactPhone = contactPhone; self.title = title; self.purpose = purpose
        self.amountRequested = amountRequested; self.projectBudget = projectBudget; self.otherFunding = otherFunding
        self.receivedOn = receivedOn; self.channel = channel; self.attachments = attachments
    }
}

/// One scheme's year: budget, decided, paid, remaining, applications per status.
public struct GrantSchemeYear: Sendable, Hashable {
    public var schemeID: RowID
    public var name: String
    public var group: SchemeGroup
    public var kind: SchemeKind
    public var budget: Money
    public var decided: Money
    public var paid: Money
    public var perStatus: [ApplicationStatus: Int]
    public var remaining: Money { budget - decided }
    public var applications: Int { perStatus.values.reduce(0, +) }
    public init(schemeID: RowID, name: String, group: SchemeGroup, kind: SchemeKind, budget: Money, decided: Money,
                paid: Money, perStatus: [ApplicationStatus: Int]) {
        self.schemeID = schemeID; self.name = name; self.group = group; self.kind = kind; self.budget = budget
        self.decided = decided; self.paid = paid; self.perStatus = perStatus
    }
}

/// Totals of a group of schemes or a kommunedel in a year.
public struct GrantTotal: Sendable, Hashable {
    public var name: String
    public var applications: Int
    public var decided: Money
    public var paid: Money
    public init(name: String, applications: Int, decided: Money, paid: Money) {
        self.name = name; self.applications = applications; self.decided = decided; self.paid = paid
    }
}

/// One earlier application of an applicant.
public struct ApplicantHistoryLine: Sendable, Hashable {
    public var reference: String
    public var scheme: String
    public var title: String
    public var status: ApplicationStatus
    public var applied: Money
    public var granted: Money?
    public var reportLate: Bool
    public init(reference: String, scheme: String, title: String, status: ApplicationStatus, applied: Money,
                granted: Money?, reportLate: Bool) {
        self.reference = reference; self.scheme = scheme; self.title = title; self.status = status
        self.applied = applied; self.granted = granted; self.reportLate = reportLate
    }
}

/// An external source of money (a foundation, the state, the county).
public struct ExternalFund: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var giver: String
    public var purpose: String
    public var eligible: String
    public var deadlines: String
    public var url: String
    public var active: Bool
    public init(id: RowID = 0, giver: String, purpose: String, eligible: String = "", deadlines: String = "",
                url: String = "", active: Bool = true) {
        self.id = id; self.giver = giver; self.purpose = purpose; self.eligible = eligible; self.deadlines = deadlines
        self.url = url; self.active = active
    }
}

/// Everything the overview screen shows for a year (one read).
public struct GrantOverview: Sendable, Hashable {
    public var year: Int
    public var schemes: [GrantSchemeYear]
    public var groups: [GrantTotal]
    public var kommunedeler: [GrantTotal]
    /// The double-funding radar: nil until asked for (it compares every application of the year).
    public var radar: [DoubleFundingRadar.Hit]?
    public init(year: Int, schemes: [GrantSchemeYear], groups: [GrantTotal], kommunedeler: [GrantTotal],
                radar: [DoubleFundingRadar.Hit]? = nil) {
        self.year = year; self.schemes = schemes; self.groups = groups; self.kommunedeler = kommunedeler; self.radar = radar
    }
}

/// An organisation the intake form offers, with its number for the label.
public struct IntakeOrganisation: Sendable, Hashable {
    public var id: RowID
    public var name: String
    public var organisationNumber: String?
    public init(id: RowID, name: String, organisationNumber: String?) {
        self.id = id; self.name = name; self.organisationNumber = organisationNumber
    }
}

extension SavedGrantFilter {
    /// The views a staff member has before saving any of their own: offered,
    /// not stored; the first save or delete stores them with the change.
    public static let defaults: [SavedGrantFilter] = [
        SavedGrantFilter(name: "mine", expression: "assignee:me status:open"),
        SavedGrantFilter(name: "nye", expression: "status:received"),
        SavedGrantFilter(name: "til vedtak", expression: "status:recommended"),
    ]
}
