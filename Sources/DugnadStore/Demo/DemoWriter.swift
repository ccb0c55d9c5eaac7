import DugnadCore
import GRDB

/// Writes generated rows into the store's tables with one prepared
/// statement per table, reused for every row (the demo at scale 10 is close
/// to a million rows, so no per-row SQL parsing and no audit lines).
struct DemoWriter {
    let db: Database
    private let site, staff, service, organisation, agreement, venue, hours, booking, activity: Statement

    init(_ db: Database) throws {
        self.db = db
        func prepare(_ table: String, _ columns: [String]) throws -> Statement {
            let names = columns.map { $0 == "end" ? "\"end\"" : $0 }.joined(separator: ", ")
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            return try db.makeStatement(sql: "INSERT INTO \(table) (\(names)) VALUES (\(marks))")
        }
        site = try prepare("site", ["id", "name", "kind", "kommunedel_id", "has_innbyggertorg"])
        staff = try prepare("staff", ["id", "username", "display_name", "role", "active"])
        service = try prepare("service", ["id", "name", "kommunedel_id", "volunteer_contact", "contact_phone",
                                          "contact_email"])
        organisation = try prepare("organisation", ["id", "name", "org_number", "in_frivillighetsregisteret",
                                                    "category", "umbrella_id", "kommunedel_id", "contact_name",
                                                    "email", "phone", "active", "created_at"])
        agreement = try prepare("collaboration_agreement", ["id", "organisation_id", "title", "starts_on", "ends_on",
                                                            "involves_money"])
        venue = try prepare("venue", ["id", "name", "kind", "site_id", "kommunedel_id", "capacity",
                                      "closed_on_holidays", "slot_minutes", "price_policy", "hourly_rate_ore",
                                      "subsidised_rate_ore", "requires_approval", "access_method", "step_free",
                                      "accessible_toilet", "hearing_loop", "equipment", "bookable_online", "active"])
        hours = try prepare("venue_opening_hours", ["venue_id", "weekday", "start_min", "end_min"])
        booking = try prepare("booking", ["id", "venue_id", "start", "end", "status", "organisation_id", "booker_name",
                                          "booker_phone", "purpose", "attendees", "is_public", "price_ore",
                                          "series_id", "access_code", "created_by", "created_at"])
        activity = try prepare("activity", ["id", "title", "organiser", "organisation_id", "category", "audience",
                                            "kommunedel_id", "venue_id", "booking_id", "start", "end", "all_day",
                                            "free", "price_ore", "cancelled", "description"])
    }

    func write(_ s: Site) throws {
        try site.execute(arguments: [s.id, s.name, s.kind.rawValue, s.kommunedelID, s.hasInnbyggertorg])
    }

    func write(_ s: Staff) throws {
        try staff.execute(arguments: [s.id, s.username, s.displayName, s.role.rawValue, s.active])
    }

    func write(_ s: Service) throws {
        try service.execute(arguments: [s.id, s.name, s.kommunedelID, s.volunteerContact, s.contactPhone,
                                        s.contactEmail])
    }

    func write(_ o: Organisation, createdAt: String) throws {
        try organisation.execute(arguments: [o.id, o.name, o.orgNumber, o.inFrivillighetsregisteret,
                                             o.category.rawValue, o.umbrellaID, o.kommunedelID, o.contactName,
                                             o.email, o.phone, o.active, createdAt])
    }

    func write(_ a: DemoAgreementRow) throws {
        try agreement.execute(arguments: [a.id, a.organisationID, a.title, a.startsOn.iso, a.endsOn?.iso,
                                          a.involvesMoney])
    }

    func write(_ v: Venue) throws {
        try venue.execute(arguments: [v.id, v.name, v.kind.rawValue, v.siteID, v.kommunedelID, v.capacity,
                                      v.closedOnHolidays, v.slotMinutes, v.pricePolicy.rawValue, v.hourlyRate.ore,
                                      v.subsidisedRate.ore, v.requiresApproval, v.accessMethod.rawValue, v.stepFree,
                                      v.accessibleToilet, v.hearingLoop, StoredForms.tags(v.equipment),
                                      v.bookableOnline, v.active])
        for weekday in 1...7 {
            for interval in v.openingHours.intervals(on: weekday) {
                try hours.execute(arguments: [v.id, weekday, interval.start.minutes, interval.end.minutes])
            }
        }
    }

    func write(_ c: Closure) throws {
        try db.execute(sql: "INSERT INTO closure (venue_id, site_id, starts_on, ends_on, reason) VALUES (?, ?, ?, ?, ?)",
                       arguments: [c.venueID, c.siteID, c.startsOn.iso, c.endsOn.iso, c.reason])
    }

    func write(_ row: DemoBookingRow) throws {
        let b = row.booking
        try booking.execute(arguments: [b.id, b.venueID, StoredForms.dateTime(b.start), StoredForms.dateTime(b.end),
                                        b.status.rawValue, b.organisationID, b.bookerName, b.bookerPhone, b.purpose,
                                        b.attendees, b.isPublic, b.price.ore, b.seriesID, b.accessCode,
                                        row.createdBy, row.createdAt])
    }

    func write(_ row: DemoActivityRow) throws {
        let a = row.activity
        try activity.execute(arguments: [a.id, a.title, a.organiser, row.organisationID, a.category.rawValue,
                                         a.audience.rawValue, a.kommunedelID, a.venueID, row.bookingID,
                                         StoredForms.dateTime(a.start), StoredForms.dateTime(a.end), a.allDay, a.free,
                                         row.priceOre, a.cancelled, a.description])
    }

    // Volunteers, requests, assignments and hours: DemoVolunteerWriter (the v7 columns).

    /// The next free id of `table` (the store's reference rows come first).
    static func nextID(_ db: Database, _ table: String) throws -> RowID {
        (try RowID.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM \(table)")) ?? 1
    }
}
