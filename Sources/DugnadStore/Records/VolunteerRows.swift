import DugnadCore
import GRDB

/// Volunteers, requests and their schedules as stored by "v7-volunteers".
extension Volunteer {
    init(row: Row) throws {
        let consentOn: String? = row["data_consent_on"]
        self.init(id: row["id"], name: row["name"], birthYear: row["birth_year"] ?? 1900,
                  kommunedelID: row["kommunedel_id"], phone: row["phone"], email: row["email"],
                  languages: StoredForms.tags(row["languages"] as String),
                  skills: StoredForms.tags(row["skills"] as String), maxHoursPerMonth: row["max_hours_per_month"],
                  status: try StoredForms.enumValue(VolunteerStatus.self, row["status"]),
                  parentalConsent: row["parental_consent"], confidentialitySigned: row["confidentiality_signed"],
                  introCourseDone: row["intro_course_done"],
                  dataConsent: try consentOn.map { DataConsent(givenOn: try StoredForms.date($0),
                                                                purpose: row["data_consent_purpose"]) },
                  availability: WeeklyAvailability(bits: row["availability"]),
                  leftOn: try StoredForms.date(row["left_on"] as String?))
    }

    /// Column values for INSERT/UPDATE, in `VolunteerRows.columns` order.
    var columnValues: [DatabaseValueConvertible?] {
        [name, birthYear, kommunedelID, phone, email, StoredForms.tags(languages), StoredForms.tags(skills),
         availability.bits, maxHoursPerMonth, status.rawValue, parentalConsent, confidentialitySigned, introCourseDone,
         dataConsent?.givenOn.iso, dataConsent?.purpose ?? "", leftOn?.iso]
    }
}

enum VolunteerRows {
    static let columns = ["name", "birth_year", "kommunedel_id", "phone", "email", "languages", "skills", "availability",
                          "max_hours_per_month", "status", "parental_consent", "confidentiality_signed",
                          "intro_course_done", "data_consent_on", "data_consent_purpose", "left_on"]
    static let requestColumns = ["title", "description", "requester", "service_id", "organisation_id", "site_id",
                                 "kommunedel_id", "skills", "starts_on", "ends_on", "weekly", "weekdays", "start_time",
                                 "end_time", "volunteers_needed", "politiattest", "minimum_age", "suitable_for_minors",
                                 "language", "priority", "status", "created_on"]
    /// The columns a schedule needs, for reads that want nothing else.
    static let scheduleColumns = "starts_on, ends_on, weekly, weekdays, start_time, end_time"

    static func schedule(_ row: Row) throws -> RequestSchedule {
        guard let start = CivilTime(text: row["start_time"]), let end = CivilTime(text: row["end_time"]) else {
            throw StoreError.sqlite("bad request time")
        }
        return RequestSchedule(firstDate: try StoredForms.date(row["starts_on"] as String),
                               lastDate: try StoredForms.date(row["ends_on"] as String?), weekdayMask: row["weekdays"],
                               start: start, end: end, isWeekly: row["weekly"])
    }
}

extension VolunteerRequest {
    init(row: Row) throws {
        let kind: String? = row["politiattest"]
        self.init(id: row["id"], title: row["title"], description: row["description"], requester: row["requester"],
                  serviceID: row["service_id"], organisationID: row["organisation_id"], siteID: row["site_id"],
                  kommunedelID: row["kommunedel_id"], skills: StoredForms.tags(row["skills"] as String),
                  schedule: try VolunteerRows.schedule(row), volunteersNeeded: row["volunteers_needed"],
                  politiattest: try kind.map { try StoredForms.enumValue(PolitiattestKind.self, $0) },
                  minimumAge: row["minimum_age"], suitableForMinors: row["suitable_for_minors"],
                  language: row["language"], priority: try StoredForms.enumValue(Priority.self, row["priority"]),
                  status: try StoredForms.enumValue(RequestStatus.self, row["status"]),
                  createdOn: try StoredForms.date(row["created_on"] as String) as CivilDate)
    }

    var columnValues: [DatabaseValueConvertible?] {
        [title, description, requester, serviceID, organisationID, siteID, kommunedelID, StoredForms.tags(skills),
         schedule.firstDate.iso, schedule.lastDate?.iso, schedule.isWeekly, schedule.weekdayMask, schedule.start.text,
         schedule.end.text, volunteersNeeded, politiattest?.rawValue, minimumAge, suitableForMinors, language,
         priority.rawValue, status.rawValue, createdOn.iso]
    }
}

extension CivilTime {
    /// "HH:MM" as stored.
    init?(text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }
}

extension VolunteerRows {
    static func arguments(_ values: [DatabaseValueConvertible?]) -> StatementArguments { StatementArguments(values) }
}
