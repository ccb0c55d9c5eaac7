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

extension Volunteer {
    init(row: Row) throws {
        self.init(id: row["id"], name: row["name"], birthYear: row["birth_year"], kommunedelID: row["kommunedel_id"],
                  phone: row["phone"], email: row["email"], languages: StoredForms.tags(row["languages"] as String),
                  skills: StoredForms.tags(row["skills"] as String), maxHoursPerMonth: row["max_hours_per_month"],
                  status: try StoredForms.enumValue(VolunteerStatus.self, row["status"]),
                  parentalConsent: row["parental_consent"], confidentialitySigned: row["confidentiality_signed"],
                  introCourseDone: row["intro_course_done"])
    }
}

extension VolunteerRequest {
    init(row: Row) throws {
        self.init(id: row["id"], title: row["title"], requester: row["requester"], serviceID: row["service_id"],
                  organisationID: row["organisation_id"], kommunedelID: row["kommunedel_id"],
                  skills: StoredForms.tags(row["skills"] as String),
                  startsOn: try StoredForms.date(row["starts_on"] as String), weekly: row["weekly"],
                  volunteersNeeded: row["volunteers_needed"], politiattestRequired: row["politiattest_required"],
                  minimumAge: row["minimum_age"], priority: try StoredForms.enumValue(Priority.self, row["priority"]),
                  status: try StoredForms.enumValue(RequestStatus.self, row["status"]))
    }
}
