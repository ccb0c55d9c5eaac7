import DugnadCore
import GRDB

// Row decoding for the directory's entities. Column names are those of
// AppMigrations "v1".

extension Kommunedel {
    init(row: Row) { self.init(id: row["id"], name: row["name"]) }
}

extension Site {
    init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], kind: try StoredForms.enumValue(SiteKind.self, row["kind"]),
                  kommunedelID: row["kommunedel_id"], hasInnbyggertorg: row["has_innbyggertorg"])
    }
}

extension Organisation {
    init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], orgNumber: row["org_number"],
                  inFrivillighetsregisteret: row["in_frivillighetsregisteret"],
                  category: try StoredForms.enumValue(OrganisationCategory.self, row["category"]),
                  umbrellaID: row["umbrella_id"], kommunedelID: row["kommunedel_id"],
                  contactName: row["contact_name"], email: row["email"], phone: row["phone"], active: row["active"])
    }

    /// The fields as the audit log names and shows them, in form order.
    var auditFields: [(String, String)] {
        [("name", name), ("org_number", orgNumber ?? ""),
         ("in_frivillighetsregisteret", String(inFrivillighetsregisteret)), ("category", category.rawValue),
         ("umbrella_id", umbrellaID.map(String.init) ?? ""), ("kommunedel_id", kommunedelID.map(String.init) ?? ""),
         ("contact_name", contactName), ("email", email), ("phone", phone), ("active", String(active))]
    }

    var databaseArguments: StatementArguments {
        [name, orgNumber, inFrivillighetsregisteret, category.rawValue, umbrellaID, kommunedelID,
         contactName, email, phone, active]
    }
}

extension Service {
    init(row: Row) {
        self.init(id: row["id"], name: row["name"], kommunedelID: row["kommunedel_id"],
                  volunteerContact: row["volunteer_contact"], contactPhone: row["contact_phone"],
                  contactEmail: row["contact_email"])
    }
}

extension Staff {
    init(row: Row) throws {
        self.init(id: row["id"], username: row["username"], displayName: row["display_name"],
                  role: try StoredForms.enumValue(StaffRole.self, row["role"]), active: row["active"])
    }
}

extension AuditEntry {
    init(row: Row) {
        self.init(id: row["id"], at: row["at"], staff: row["staff"], action: row["action"],
                  entity: row["entity"], entityID: row["entity_id"], details: row["details"])
    }
}
