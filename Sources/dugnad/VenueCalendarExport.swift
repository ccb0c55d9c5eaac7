import DugnadCore
import DugnadStore
import Foundation

/// One venue's bookings (confirmed, and requested as TENTATIVE) as
/// iCalendar. UIDs are derived from the booking's id, so re-exporting
/// updates events in a subscriber's calendar instead of duplicating them.
enum VenueCalendarExport {
    static func ics(database: AppDatabase, venueID: Int64, from: CivilDate, through: CivilDate) throws -> String {
        let venue: Venue
        let bookings: [Booking]
        do {
            guard let v = try database.venue(id: venueID) else { throw CLIError.unknownVenue(venueID) }
            venue = v
            bookings = try database.venueBookings(venueID: venueID, from: from, through: through)
        } catch let error as StoreError {
            throw CLIError.store(error)
        }
        var writer = ICalendarWriter(productID: "-//Drammen kommune//Dugnad//NB", calendarName: venue.name)
        let stamp = utcStamp(Date())
        for b in bookings {
            writer.begin("VEVENT")
            writer.property("UID", raw: "booking-\(b.id)@dugnad")
            writer.property("DTSTAMP", raw: stamp)
            writer.property("DTSTART", local: b.start)
            writer.property("DTEND", local: b.end)
            writer.property("SUMMARY", text: b.purpose.isEmpty ? b.bookerName : "\(b.purpose) – \(b.bookerName)")
            writer.property("LOCATION", text: venue.name)
            writer.property("STATUS", raw: b.status == .requested ? "TENTATIVE" : "CONFIRMED")
            writer.property("CLASS", raw: b.isPublic ? "PUBLIC" : "PRIVATE")
            writer.end("VEVENT")
        }
        return writer.finished()
    }

    /// `20261126T170000Z`: DTSTAMP is the export time in UTC (RFC 5545 §3.8.7.2).
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year ?? 1970)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
    }
}
