import DugnadCore
import GRDB

// Row decoding for the calendar, grants and volunteering entities.

extension Activity {
    init(row: Row) throws {
        self.init(id: row["id"], title: row["title"], organiser: row["organiser"],
                  category: try StoredForms.enumValue(ActivityCategory.self, row["category"]),
                  audience: try StoredForms.enumValue(Audience.self, row["audience"]),
                  kommunedelID: row["kommunedel_id"], venueID: row["venue_id"],
                  start: try StoredForms.dateTime(row["start"]), end: try StoredForms.dateTime(row["end"]),
                  allDay: row["all_day"], free: row["free"], cancelled: row["cancelled"],
                  description: row["description"], seriesID: row["series_id"], location: row["location"] ?? "",
                  details: try ActivityDetails(row: row), bookingID: row["booking_id"])
    }
}

extension ActivityDetails {
    /// The schema-4 columns, named alike on `activity` and `activity_series`.
    static let columns = ["sign_up_required", "capacity", "contact", "accessibility", "languages", "status",
                          "age_min", "age_max", "price_ore"]

    init(row: Row) throws {
        self.init(signUpRequired: row["sign_up_required"], capacity: row["capacity"], contact: row["contact"],
                  accessibility: row["accessibility"], languages: StoredForms.tags(row["languages"] as String),
                  status: try StoredForms.enumValue(ActivityStatus.self, row["status"]),
                  ageMin: row["age_min"], ageMax: row["age_max"], price: Money(ore: row["price_ore"]))
    }

    /// Values in `columns` order. A free activity stores price 0 whatever was typed.
    func values(free: Bool) -> [(any DatabaseValueConvertible)?] {
        [signUpRequired, capacity, contact, accessibility, StoredForms.tags(languages), status.rawValue,
         ageMin, ageMax, free ? 0 : price.ore]
    }
}

