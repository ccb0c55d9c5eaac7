import DugnadCore
import GRDB

extension Venue {
    /// Decodes a venue row; opening hours come from `venue_opening_hours`
    /// and are filled in by the caller.
    init(row: Row, openingHours: OpeningHours) throws {
        self.init(id: row["id"], name: row["name"], kind: try StoredForms.enumValue(VenueKind.self, row["kind"]),
                  siteID: row["site_id"], kommunedelID: row["kommunedel_id"], capacity: row["capacity"],
                  openingHours: openingHours, closedOnHolidays: row["closed_on_holidays"],
                  slotMinutes: row["slot_minutes"],
                  pricePolicy: try StoredForms.enumValue(PricePolicy.self, row["price_policy"]),
                  hourlyRate: Money(ore: row["hourly_rate_ore"]), subsidisedRate: Money(ore: row["subsidised_rate_ore"]),
                  requiresApproval: row["requires_approval"],
                  accessMethod: try StoredForms.enumValue(AccessMethod.self, row["access_method"]),
                  stepFree: row["step_free"], accessibleToilet: row["accessible_toilet"], hearingLoop: row["hearing_loop"],
                  equipment: StoredForms.tags(row["equipment"] as String), bookableOnline: row["bookable_online"],
                  active: row["active"])
    }

    /// The venues with their opening hours, read for all of them in one query.
    static func withOpeningHours(_ db: Database, _ venues: [Venue]) throws -> [Venue] {
        let hours = try openingHours(db, venueIDs: venues.map(\.id))
        return venues.map { v in
            var v = v
            v.openingHours = hours[v.id] ?? .closed
            return v
        }
    }

    /// Opening hours of many venues in one query (rows of venue_opening_hours).
    static func openingHours(_ db: Database, venueIDs: [RowID]) throws -> [RowID: OpeningHours] {
        guard !venueIDs.isEmpty else { return [:] }
        let placeholders = databaseQuestionMarks(count: venueIDs.count)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT venue_id, weekday, start_min, end_min FROM venue_opening_hours
            WHERE venue_id IN (\(placeholders)) ORDER BY venue_id, weekday, start_min
            """, arguments: StatementArguments(venueIDs))
        var days: [RowID: [[OpeningHours.Interval]]] = [:]
        while let row = try rows.next() {
            // By position: the four columns selected above.
            let venueID: RowID = row[0], weekday: Int = row[1]
            guard (1...7).contains(weekday), let start = CivilTime(minutes: row[2]),
                  let end = CivilTime(minutes: row[3]) else { continue }
            days[venueID, default: Array(repeating: [], count: 7)][weekday - 1]
                .append(OpeningHours.Interval(start: start, end: end))
        }
        // A venue without rows is closed every day (not "standard"): what is
        // stored is what is shown.
        return Dictionary(uniqueKeysWithValues: venueIDs.map {
            ($0, days[$0].map(OpeningHours.init(days:)) ?? .closed)
        })
    }
}

extension Booking {
    init(row: Row) throws {
        self.init(id: row["id"], venueID: row["venue_id"], start: try StoredForms.dateTime(row["start"]),
                  end: try StoredForms.dateTime(row["end"]),
                  status: try StoredForms.enumValue(BookingStatus.self, row["status"]),
                  organisationID: row["organisation_id"], bookerName: row["booker_name"],
                  bookerPhone: row["booker_phone"], purpose: row["purpose"], attendees: row["attendees"],
                  isPublic: row["is_public"], price: Money(ore: row["price_ore"]), seriesID: row["series_id"],
                  accessCode: row["access_code"])
    }
}
