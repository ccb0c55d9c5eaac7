import DugnadCore
import GRDB

/// A booking as the CSV export lists it: with its venue's and site's names.
public struct BookingExportRow: Sendable, Equatable {
    public var booking: Booking
    public var venueName: String
    public var siteName: String?
}

extension AppDatabase {
    /// Bookings starting from `from` through `through` (inclusive days), any
    /// status, by start; optionally of one site. A range scan of the
    /// booking(start) index, never the whole history.
    public func bookingsForExport(from: CivilDate, through: CivilDate, siteID: RowID?) throws(StoreError) -> [BookingExportRow] {
        try read { db in
            var sql = """
                SELECT b.*, v.name AS venue_name, s.name AS site_name FROM booking b
                JOIN venue v ON v.id = b.venue_id LEFT JOIN site s ON s.id = v.site_id
                WHERE b.start >= ? AND b.start < ?
                """
            var arguments: StatementArguments = [from.iso, StoredForms.dayAfter(through)]
            if let siteID { sql += " AND v.site_id = ?"; arguments += [siteID] }
            return try Row.fetchAll(db, sql: sql + " ORDER BY b.start, b.id", arguments: arguments).map { row in
                BookingExportRow(booking: try Booking(row: row), venueName: row["venue_name"], siteName: row["site_name"])
            }
        }
    }
}
