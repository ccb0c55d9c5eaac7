import DugnadCore
import GRDB

// Windowed reads for the panes: each reads only the rows on screen, in an
// order an index can deliver.
extension AppDatabase {
    public func kommunedeler() throws(StoreError) -> [Kommunedel] {
        try read { try $0.decodeAll("SELECT * FROM kommunedel ORDER BY id",
                                    StatementArguments(),
                                    Kommunedel.init(row:)) }
    }

    public func sites() throws(StoreError) -> [Site] {
        try read { try $0.decodeAll("SELECT * FROM site ORDER BY id", StatementArguments(), Site.init(row:)) }
    }

    public func grantSchemes() throws(StoreError) -> [GrantScheme] {
        try read { try $0.decodeAll("SELECT * FROM grant_scheme ORDER BY id",
                                    StatementArguments(),
                                    GrantScheme.init(row:)) }
    }

    public func services() throws(StoreError) -> [Service] {
        try services(matching: "", offset: 0, limit: Int(Int32.max))
    }

    /// Services by name; `matching` filters on name and volunteer contact.
    public func services(matching: String, offset: Int, limit: Int) throws(StoreError) -> [Service] {
        let f = Self.contains(matching, ["name", "volunteer_contact"])
        return try read { try $0.decodeAll("SELECT * FROM service \(f.sql) ORDER BY name LIMIT ? OFFSET ?",
                                           f.arguments + [max(0, limit), max(0, offset)],
                                           Service.init(row:)) }
    }

    public func serviceCount(matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["name", "volunteer_contact"])
        return try count("SELECT count(*) FROM service \(f.sql)", f.arguments)
    }

    /// Every venue's name (with its site) by id: bookings and activities refer to venues by id.
    public func venueNames() throws(StoreError) -> [RowID: String] {
        try read { db in
            var names: [RowID: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT v.id, v.name, s.name AS site FROM venue v LEFT JOIN site s ON s.id = v.site_id
                """)
            while let row = try rows.next() {
                let site: String? = row["site"]
                let name: String = row["name"]
                names[row["id"]] = site.map { "\(name), \($0)" } ?? name
            }
            return names
        }
    }

    public func venueCount(matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["v.name", "coalesce(s.name, '')", "v.equipment"])
        return try count("SELECT count(*) FROM venue v LEFT JOIN site s ON s.id = v.site_id \(f.sql)", f.arguments)
    }

    /// Venues by name, with their opening hours; `matching` filters on name, site and equipment.
    public func venues(matching: String = "", offset: Int, limit: Int) throws(StoreError) -> [Venue] {
        let f = Self.contains(matching, ["v.name", "coalesce(s.name, '')", "v.equipment"])
        return try read { db in
            try Venue.withOpeningHours(db, db.decodeAll("""
                SELECT v.* FROM venue v LEFT JOIN site s ON s.id = v.site_id \(f.sql)
                ORDER BY v.name, v.id LIMIT ? OFFSET ?
                """, f.arguments + [max(0, limit), max(0, offset)]) { try Venue(row: $0, openingHours: .closed) })
        }
    }

    /// Bookings starting on `date` (a booking never spans days), by time. Ordered
    /// exactly as the `booking_start` index delivers them (start, rowid), so no sort.
    public func bookings(on date: CivilDate, matching: String = "", offset: Int, limit: Int) throws(StoreError) -> [Booking] {
        let f = Self.contains(matching, ["booker_name", "purpose"], and: "start >= ? AND start < ?")
        return try read { db in
            try db.decodeAll("SELECT * FROM booking \(f.sql) ORDER BY start, id LIMIT ? OFFSET ?",
                             [date.iso, StoredForms.dayAfter(date)] + f.arguments + [max(0, limit), max(0, offset)],
                             Booking.init(row:))
        }
    }

    public func bookingCount(on date: CivilDate, matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["booker_name", "purpose"], and: "start >= ? AND start < ?")
        return try count("SELECT count(*) FROM booking \(f.sql)", [date.iso, StoredForms.dayAfter(date)] + f.arguments)
    }

    /// Activities starting from `from` through `through` (inclusive days).
    public func activities(from: CivilDate, through: CivilDate, matching: String = "", offset: Int,
                           limit: Int) throws(StoreError) -> [Activity] {
        let f = Self.contains(matching, ["title", "organiser"], and: "start >= ? AND start < ?")
        return try read { db in
            try db.decodeAll("SELECT * FROM activity \(f.sql) ORDER BY start, id LIMIT ? OFFSET ?",
                             [from.iso, StoredForms.dayAfter(through)] + f.arguments
                                + [max(0, limit), max(0, offset)], Activity.init(row:))
        }
    }

    public func activityCount(from: CivilDate, through: CivilDate, matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["title", "organiser"], and: "start >= ? AND start < ?")
        return try count("SELECT count(*) FROM activity \(f.sql)",
                         [from.iso, StoredForms.dayAfter(through)] + f.arguments)
    }

    /// Grant applications, newest received first.
    public func applications(matching: String = "", offset: Int, limit: Int) throws(StoreError) -> [GrantApplication] {
        let f = Self.contains(matching, ["reference", "applicant_name", "title"])
        return try read { db in
            try GrantApplication.decodeAll(db, """
                SELECT * FROM grant_application \(f.sql) ORDER BY received_on DESC, id DESC LIMIT ? OFFSET ?
                """, f.arguments + [max(0, limit), max(0, offset)]) { _, application in application }
        }
    }

    public func applicationCount(matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["reference", "applicant_name", "title"])
        return try count("SELECT count(*) FROM grant_application \(f.sql)", f.arguments)
    }

    public func volunteers(matching: String = "", offset: Int, limit: Int) throws(StoreError) -> [Volunteer] {
        let f = Self.contains(matching, ["name", "skills", "phone", "email"])
        return try read { db in
            try db.decodeAll("SELECT * FROM volunteer \(f.sql) ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?",
                             f.arguments + [max(0, limit), max(0, offset)],
                             Volunteer.init(row:))
        }
    }

    public func volunteerCount(matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["name", "skills", "phone", "email"])
        return try count("SELECT count(*) FROM volunteer \(f.sql)", f.arguments)
    }

    /// Requests for volunteers, newest first.
    public func volunteerRequests(matching: String = "", offset: Int, limit: Int) throws(StoreError) -> [VolunteerRequest] {
        let f = Self.contains(matching, ["title", "requester", "skills"])
        return try read { db in
            try db.decodeAll("""
                SELECT * FROM volunteer_request \(f.sql) ORDER BY created_on DESC, id DESC LIMIT ? OFFSET ?
                """, f.arguments + [max(0, limit), max(0, offset)], VolunteerRequest.init(row:))
        }
    }

    public func volunteerRequestCount(matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["title", "requester", "skills"])
        return try count("SELECT count(*) FROM volunteer_request \(f.sql)", f.arguments)
    }

    /// A WHERE clause: `base` (if any) and, when `matching` is not empty,
    /// every word of it in one of `columns` (see `everyWord`).
    static func contains(_ matching: String, _ columns: [String], and base: String? = nil)
        -> (sql: String, arguments: StatementArguments) {
        var clauses = base.map { [$0] } ?? []
        var arguments: StatementArguments = []
        if let words = everyWord(matching, in: columns) {
            clauses.append(words.sql)
            arguments += words.arguments
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    /// "Every word typed is in one of `columns`", case- and æøå-insensitive:
    /// "aula austad" finds the Aula of Austad skole, "974 760 673" an
    /// organisation number. nil when nothing is typed.
    static func everyWord(_ matching: String, in columns: [String]) -> (sql: String, arguments: StatementArguments)? {
        let words = TextFold.fold(matching.trimmingWhitespace()).split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return nil }
        var clauses: [String] = []
        var arguments: StatementArguments = []
        for word in words {
            clauses.append("(" + columns.map { "dugnad_contains(\($0), ?)" }.joined(separator: " OR ") + ")")
            for _ in columns { arguments += [word] }
        }
        return ("(" + clauses.joined(separator: " AND ") + ")", arguments)
    }

    /// The audit log, newest first.
    public func auditEntries(offset: Int, limit: Int) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try db.decodeAll("SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?",
                             [max(0, limit), max(0, offset)],
                             AuditEntry.init(row:))
        }
    }

    /// The history of one record, newest first.
    public func auditEntries(entity: String, id: RowID) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try db.decodeAll("SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC",
                             [entity, id],
                             AuditEntry.init(row:))
        }
    }

    public func auditEntryCount() throws(StoreError) -> Int { try count("SELECT count(*) FROM audit_log") }

    private func count(_ sql: String, _ arguments: StatementArguments = []) throws(StoreError) -> Int {
        try read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }
}
