import DugnadCore
import GRDB

extension AppDatabase {
    /// "Find a free slot": the venues that fit the query's attributes, then
    /// ONE read of their bookings with `start` in the date range (on the
    /// booking(venue_id, start) index) and the closures touching it; the
    /// search itself is pure (`FreeSlotSearch`). Quick booking asks for one
    /// time on one day and ranks every room itself: it passes a larger `limit`.
    public func freeSlots(_ q: FreeSlotQuery, limit: Int = FreeSlotSearch.limit) throws(StoreError) -> [FreeSlot] {
        var filter = q.filter
        filter.text = ""
        let f = Self.filterClause(filter)
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT v.* FROM venue v LEFT JOIN site s ON s.id = v.site_id \(f.sql)
                ORDER BY s.name IS NULL, s.name, v.name, v.id
                """, arguments: f.arguments)
            let ids: [RowID] = rows.map { $0["id"] }
            guard !ids.isEmpty else { return [] }
            let hours = try Venue.openingHours(db, venueIDs: ids)
            let venues = try rows.map { try Venue(row: $0, openingHours: hours[$0["id"]]!) }
            let marks = databaseQuestionMarks(count: ids.count)
            let bookings = try db.decodeAll("""
                SELECT * FROM booking WHERE venue_id IN (\(marks)) AND start >= ? AND start < ?
                  AND status IN ('confirmed', 'requested')
                """, StatementArguments(ids) + [q.from.iso, StoredForms.dayAfter(q.through)], Booking.init(row:))
            let siteIDs = Array(Set(venues.compactMap(\.siteID)))
            var sql = "SELECT * FROM closure WHERE starts_on <= ? AND ends_on >= ? AND (venue_id IN (\(marks))"
            var arguments: StatementArguments = [q.through.iso, q.from.iso]
            arguments += StatementArguments(ids)
            if !siteIDs.isEmpty {
                sql += " OR site_id IN (\(databaseQuestionMarks(count: siteIDs.count)))"
                arguments += StatementArguments(siteIDs)
            }
            let closures = try db.decodeAll(sql + ")", arguments, Closure.init(row:))
            return FreeSlotSearch.find(q, venues: venues, bookings: bookings, closures: closures, limit: limit)
        }
    }
}
