import DugnadCore
import GRDB

extension Closure {
    init(row: Row) throws {
        self.init(id: row["id"], venueID: row["venue_id"], siteID: row["site_id"],
                  startsOn: try StoredForms.date(row["starts_on"] as String),
                  endsOn: try StoredForms.date(row["ends_on"] as String), reason: row["reason"])
    }
}

extension Booking {
    /// The fields as the audit log names and shows them.
    var auditFields: [(String, String)] {
        [("venue_id", String(venueID)), ("start", start.storageText), ("end", StoredForms.dateTime(end)),
         ("status", status.rawValue), ("organisation_id", organisationID.map(String.init) ?? ""),
         ("booker_name", bookerName), ("booker_phone", bookerPhone), ("purpose", purpose),
         ("attendees", String(attendees)), ("is_public", String(isPublic)), ("price_ore", String(price.ore)),
         ("series_id", seriesID.map(String.init) ?? ""), ("access_code", accessCode == nil ? "" : "set")]
    }
}
