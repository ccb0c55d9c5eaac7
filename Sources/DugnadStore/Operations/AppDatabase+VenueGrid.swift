import DugnadCore
import GRDB

// The day grid reads a window of venue rows at a time: the venues, their
// opening hours, their bookings of that day (one query on the
// booking(venue_id, start) index, bounded to the day) and the closures.
// Never the whole history, never every venue.
extension AppDatabase {
    static func filterClause(_ filter: VenueFilter) -> (sql: String, arguments: StatementArguments) {
        var clauses = ["v.active = 1"]
        var arguments: StatementArguments = []
        if let words = everyWord(filter.text, in: ["v.name", "coalesce(s.name, '')", "v.equipment"]) {
            clauses.append(words.sql)
            arguments += words.arguments
        }
        if let site = filter.siteID { clauses.append("v.site_id = ?"); arguments += [site] }
        if let kind = filter.kind { clauses.append("v.kind = ?"); arguments += [kind.rawValue] }
        if let k = filter.kommunedelID { clauses.append("v.kommunedel_id = ?"); arguments += [k] }
        if let c = filter.minimumCapacity { clauses.append("v.capacity >= ?"); arguments += [c] }
        for tag in filter.equipment {
            clauses.append("(',' || v.equipment || ',') LIKE ?")
            arguments += ["%," + tag + ",%"]
        }
        if filter.stepFree { clauses.append("v.step_free = 1") }
        if filter.accessibleToilet { clauses.append("v.accessible_toilet = 1") }
        if filter.hearingLoop { clauses.append("v.hearing_loop = 1") }
        return ("WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    public func venueDayCount(filter: VenueFilter) throws(StoreError) -> Int {
        let f = Self.filterClause(filter)
        return try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM venue v LEFT JOIN site s ON s.id = v.site_id \(f.sql)",
                                           arguments: f.arguments) ?? 0 }
    }

    /// Rows `offset..<offset+limit` of the day grid, by site then venue name
    /// (venues without a site last), read in index order: the sites by name,
    /// each site's venues by name (`VenueOrderMigration`), never a sort of
    /// every venue. `CROSS JOIN` keeps SQLite's planner on that order.
    public func venueDays(on date: CivilDate, filter: VenueFilter, offset: Int, limit: Int) throws(StoreError) -> [VenueDay] {
        let f = Self.filterClause(filter)
        let offset = max(0, offset), limit = max(0, limit)
        return try read { db in
            let decode = { (row: Row) in try Venue(row: row, openingHours: .closed) }
            var venues = try db.decodeAll("""
                SELECT v.* FROM site s CROSS JOIN venue v INDEXED BY venue_site_name ON v.site_id = s.id \(f.sql)
                ORDER BY s.name, s.id, v.name, v.id LIMIT ? OFFSET ?
                """, f.arguments + [limit, offset], decode)
            if venues.count < limit {
                // Past the venues with a site: how many there are decides where
                // the ones without a site begin.
                let withSite = venues.isEmpty
                    ? try Int.fetchOne(db, sql: """
                        SELECT count(*) FROM site s CROSS JOIN venue v INDEXED BY venue_site_name
                        ON v.site_id = s.id \(f.sql)
                        """, arguments: f.arguments) ?? 0
                    : offset + venues.count
                venues += try db.decodeAll("""
                    SELECT v.* FROM venue v INDEXED BY venue_without_site_name LEFT JOIN site s ON s.id = v.site_id
                    \(f.sql) AND v.site_id IS NULL ORDER BY v.name, v.id LIMIT ? OFFSET ?
                    """, f.arguments + [limit - venues.count, max(0, offset - withSite)], decode)
            }
            return try Self.venueDays(db, venues: Venue.withOpeningHours(db, venues), on: date)
        }
    }

    /// The same venues on another day: only that day's bookings (one query on
    /// the booking(venue_id, start) index) and closures are read — paging a
    /// day keeps the venue rows and opening hours already on screen.
    public func venueDays(of venues: [Venue], on date: CivilDate) throws(StoreError) -> [VenueDay] {
        try read { try Self.venueDays($0, venues: venues, on: date) }
    }

    private static func venueDays(_ db: Database, venues: [Venue], on date: CivilDate) throws -> [VenueDay] {
        guard !venues.isEmpty else { return [] }
        let ids = venues.map(\.id)
        var bookings: [RowID: [Booking]] = [:]
        let found = try Row.fetchCursor(db, sql: """
            SELECT * FROM booking WHERE venue_id IN (\(databaseQuestionMarks(count: ids.count)))
              AND start >= ? AND start < ? ORDER BY start, id
            """, arguments: StatementArguments(ids) + [date.iso, StoredForms.dayAfter(date)])
        while let row = try found.next() {
            let b = try Booking(row: row)
            bookings[b.venueID, default: []].append(b)
        }
        let closures = try Self.closures(db, venues: venues, on: date)
        let parties = try Self.parties(db, of: bookings.values.joined())
        return venues.map { v in
            VenueDay(venue: v, date: date, bookings: bookings[v.id] ?? [],
                     closures: closures.filter { $0.applies(to: v) }, parties: parties)
        }
    }

    /// One venue's week from `monday` (the week view): its bookings starting
    /// Monday 00:00 up to the next Monday, one query bounded on the
    /// booking(venue_id, start) index, plus the closures touching the week.
    public func venueWeek(of venue: Venue, from monday: CivilDate) throws(StoreError) -> [VenueDay] {
        try read { db in
            let bookings = try db.decodeAll("""
                SELECT * FROM booking WHERE venue_id = ? AND start >= ? AND start < ? ORDER BY start, id
                """, [venue.id, monday.iso, monday.adding(days: 7).iso], Booking.init(row:))
            var sql = "SELECT * FROM closure WHERE starts_on <= ? AND ends_on >= ? AND (venue_id = ?"
            var arguments: StatementArguments = [monday.adding(days: 6).iso, monday.iso, venue.id]
            if let site = venue.siteID { sql += " OR site_id = ?"; arguments += [site] }
            let closures = try db.decodeAll(sql + ")", arguments, Closure.init(row:))
            return VenueDay.week(of: venue, from: monday, bookings: bookings, closures: closures,
                                 parties: try Self.parties(db, of: bookings))
        }
    }
}
