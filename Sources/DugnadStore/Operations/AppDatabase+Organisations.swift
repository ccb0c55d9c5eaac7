import DugnadCore
import GRDB

extension AppDatabase {
    public enum OrganisationSort: Sendable {
        case name, kommunedel, category, recent
    }

    // The directory list is read a window at a time; the filter is the same
    // for the count and the rows so the scrollbar matches what is shown.
    private static func filter(_ matching: String, includeInactive: Bool) -> (sql: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        // Word by word, so an org number typed with spaces ("974 760 673") is found too.
        if let words = everyWord(matching, in: ["o.name", "coalesce(o.org_number, '')", "o.contact_name"]) {
            clauses.append(words.sql)
            arguments += words.arguments
        }
        if !includeInactive { clauses.append("o.active = 1") }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    public func organisationCount(matching: String, includeInactive: Bool = true) throws(StoreError) -> Int {
        let filter = Self.filter(matching, includeInactive: includeInactive)
        return try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM organisation o \(filter.sql)",
                                           arguments: filter.arguments) ?? 0 }
    }

    public func organisations(matching: String, sort: OrganisationSort, offset: Int, limit: Int,
                              includeInactive: Bool = true) throws(StoreError) -> [Organisation] {
        let filter = Self.filter(matching, includeInactive: includeInactive)
        let order = switch sort {
        case .name: "o.name COLLATE NOCASE, o.id"
        case .kommunedel: "k.name IS NULL, k.name, o.name COLLATE NOCASE, o.id"
        case .category: "o.category, o.name COLLATE NOCASE, o.id"
        case .recent: "o.created_at DESC, o.id DESC"
        }
        return try read { db in
            try db.decodeAll("""
                SELECT o.* FROM organisation o LEFT JOIN kommunedel k ON k.id = o.kommunedel_id
                \(filter.sql) ORDER BY \(order) LIMIT ? OFFSET ?
                """, filter.arguments + [max(0, limit), max(0, offset)], Organisation.init(row:))
        }
    }

    public func organisation(id: RowID) throws(StoreError) -> Organisation? {
        try read { try Self.organisation($0, id: id) }
    }

    static func organisation(_ db: Database, id: RowID) throws -> Organisation? {
        try Row.fetchOne(db, sql: "SELECT * FROM organisation WHERE id = ?", arguments: [id]).map(Organisation.init(row:))
    }

    /// Organisations that may be chosen as umbrella (paraply) of another.
    public func umbrellaOrganisations() throws(StoreError) -> [Organisation] {
        try read { db in
            try db.decodeAll("""
                SELECT * FROM organisation WHERE category = 'paraply' AND active = 1 ORDER BY name COLLATE NOCASE
                """, StatementArguments(), Organisation.init(row:))
        }
    }

    /// Inserts (id 0) or updates an organisation after validation; audited
    /// with what changed. Returns the stored organisation.
    @discardableResult
    public func saveOrganisation(_ organisation: Organisation) throws(StoreError) -> Organisation {
        let candidate = try Self.normalised(organisation)
        let user = self.user
        return try change(.editDirectory) { db, _ in
            if let number = candidate.orgNumber,
               try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM organisation WHERE org_number = ? AND id <> ?)",
                                 arguments: [number, candidate.id]) == true {
                throw StoreError.duplicateOrgNumber(number)
            }
            if candidate.id == 0 {
                try db.execute(sql: """
                    INSERT INTO organisation (name, org_number, in_frivillighetsregisteret, category, umbrella_id,
                        kommunedel_id, contact_name, email, phone, active)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: candidate.databaseArguments)
                var saved = candidate
                saved.id = db.lastInsertedRowID
                try Audit.record(db, staff: user, action: "create", entity: "organisation", entityID: saved.id,
                                 details: Audit.values(saved.auditFields))
                return saved
            }
            guard let old = try Self.organisation(db, id: candidate.id) else { throw StoreError.notFound }
            let details = Audit.changes(from: old.auditFields, to: candidate.auditFields)
            guard !details.isEmpty else { return old }
            try db.execute(sql: """
                UPDATE organisation SET name = ?, org_number = ?, in_frivillighetsregisteret = ?, category = ?,
                    umbrella_id = ?, kommunedel_id = ?, contact_name = ?, email = ?, phone = ?, active = ?
                WHERE id = ?
                """, arguments: candidate.databaseArguments + [candidate.id])
            try Audit.record(db, staff: user, action: "update", entity: "organisation", entityID: candidate.id,
                             details: details)
            return candidate
        }
    }

    /// Validates with the same rules as the form and stores the canonical
    /// forms: trimmed text, org number as nine digits or NULL.
    static func normalised(_ o: Organisation) throws(StoreError) -> Organisation {
        let problems = OrganisationValidation.problems(name: o.name, orgNumber: o.orgNumber ?? "", email: o.email)
        if !problems.isEmpty { throw .invalidOrganisation(problems.map(\.1)) }
        var result = o
        result.name = o.name.trimmingWhitespace()
        let digits = (o.orgNumber ?? "").filter { !$0.isWhitespace }
        result.orgNumber = digits.isEmpty ? nil : digits
        result.contactName = o.contactName.trimmingWhitespace()
        result.email = o.email.trimmingWhitespace()
        result.phone = o.phone.trimmingWhitespace()
        if result.umbrellaID == result.id && result.id != 0 { result.umbrellaID = nil }
        return result
    }

    public func setOrganisationActive(id: RowID, _ active: Bool) throws(StoreError) {
        let user = self.user
        try change(.editDirectory) { db, _ in
            guard let old = try Self.organisation(db, id: id) else { throw StoreError.notFound }
            guard old.active != active else { return }
            try db.execute(sql: "UPDATE organisation SET active = ? WHERE id = ?", arguments: [active, id])
            try Audit.record(db, staff: user, action: active ? "activate" : "deactivate", entity: "organisation",
                             entityID: id, details: "active: \(old.active) → \(active)")
        }
    }
}
