import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

/// The demo generator on real database files: sizes, determinism, and the
/// invariants the store guards (no double bookings, budgets, MOD11).
@Suite struct DemoDataTests {
    static let today = CivilDate(year: 2026, month: 11, day: 26)!

    /// A new database filled at a small scale; the directory lives as long as the result.
    static func filled(seed: UInt64 = 7, scale: Double = 0.05) throws -> (TempDir, AppDatabase, DemoSummary) {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("demo.sqlite"), user: "tester")
        let summary = try DemoData.fill(db, scale: scale, seed: seed, today: today)
        return (dir, db, summary)
    }

    static let dumpedTables = ["site", "staff", "service", "organisation", "collaboration_agreement", "venue",
                               "venue_opening_hours", "closure", "booking", "activity", "grant_application", "application_event",
                               "volunteer", "volunteer_request", "assignment"]

    /// Every row of a table. The umbrellas the store inserts on first use
    /// carry the time of opening, so only the demo's organisations are compared.
    static func dump(_ db: AppDatabase, _ table: String) throws -> [String] {
        let filter = table == "organisation" ? "WHERE id > \(ReferenceData.umbrellas.count)" : ""
        return try db.read { d in
            try Row.fetchAll(d, sql: "SELECT * FROM \(table) \(filter) ORDER BY rowid").map(\.description)
        }
    }

    static func count(_ db: AppDatabase, _ sql: String) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func sizesFollowTheScale() throws {
        let (_, db, s) = try Self.filled()
        #expect(s.organisations + ReferenceData.umbrellas.count == 40)
        #expect(s.venues == 15)
        #expect(s.staff >= StaffRole.allCases.count)
        #expect((1_500...4_500).contains(s.bookings), "bookings: \(s.bookings)")
        // A small demo has the knutepunkt, frivilligsentral and library rooms
        // first, where most community activities are, so relatively many.
        #expect((400...3_000).contains(s.activities), "activities: \(s.activities)")
        #expect(s.grantApplications == 125)
        #expect(s.volunteers == 150)
        #expect(s.volunteerRequests == 75)
        #expect(s.agreements == 5)
        #expect(try Self.count(db, "SELECT count(*) FROM booking") == s.bookings)
        // Occurrences: the rows plus the dates of the weekly series the rows were folded into (none lost).
        #expect(try Self.count(db, "SELECT count(*) FROM activity") < s.activities)
        #expect(try Self.count(db, "SELECT count(*) FROM activity_series") > 0)
        #expect(try Self.count(db, "SELECT count(*) FROM organisation") == s.organisations + 3)
        #expect(try Self.count(db, "SELECT count(*) FROM application_event") == s.applicationEvents)
        // Every role is represented, and the bootstrap admin is untouched.
        #expect(try Self.count(db, "SELECT count(DISTINCT role) FROM staff") == StaffRole.allCases.count)
        #expect(try Self.count(db, "SELECT count(*) FROM staff WHERE username = 'tester' AND role = 'admin'") == 1)
    }

    @Test func closuresAreRealAndHitBookingsAlreadyMade() throws {
        let (_, db, s) = try Self.filled(scale: 0.5)
        #expect(s.closures >= 2)
        #expect(try Self.count(db, "SELECT count(*) FROM closure") == s.closures)
        #expect(try Self.count(db, "SELECT count(*) FROM closure WHERE site_id IS NOT NULL") >= 1, "a school over Christmas")
        #expect(try Self.count(db, "SELECT count(*) FROM closure WHERE starts_on < '2026-11-26'") == 0, "none in the past")
        let hits = try Self.count(db, """
            SELECT count(*) FROM booking b JOIN venue v ON v.id = b.venue_id JOIN closure c
              ON (c.venue_id = v.id OR c.site_id = v.site_id)
             AND substr(b.start, 1, 10) BETWEEN c.starts_on AND c.ends_on
            WHERE b.status IN ('confirmed', 'requested')
            """)
        #expect(hits > 0, "the closure list has bookers to call")
    }

    @Test func sameSeedAndDateGiveTheSameRows() throws {
        let (_, a, sa) = try Self.filled(seed: 42)
        let (_, b, sb) = try Self.filled(seed: 42)
        #expect(sa == sb)
        for table in Self.dumpedTables {
            #expect(try Self.dump(a, table) == Self.dump(b, table), "table \(table) differs")
        }
    }

    @Test func anotherSeedGivesOtherRows() throws {
        let (_, a, _) = try Self.filled(seed: 1)
        let (_, b, _) = try Self.filled(seed: 2)
        #expect(try Self.dump(a, "organisation") != Self.dump(b, "organisation"))
        #expect(try Self.dump(a, "booking") != Self.dump(b, "booking"))
    }

    @Test func theStoresCheckFindsNothing() throws {
        let (_, db, _) = try Self.filled()
        #expect(try db.check() == [])
    }

    @Test func noVenueIsDoubleBooked() throws {
        let (_, db, _) = try Self.filled()
        #expect(try Self.count(db, """
            SELECT count(*) FROM booking a JOIN booking b ON a.venue_id = b.venue_id AND a.id < b.id
              AND a.start < b."end" AND b.start < a."end"
            WHERE a.status IN ('confirmed', 'requested') AND b.status IN ('confirmed', 'requested')
            """) == 0)
    }

    @Test func bookingsKeepOpeningHoursSlotsCapacityAndRules() throws {
        let (_, db, _) = try Self.filled()
        // Inside one opening interval of that weekday (strftime %w: Sunday 0).
        #expect(try Self.count(db, """
            SELECT count(*) FROM booking b WHERE NOT EXISTS (
                SELECT 1 FROM venue_opening_hours h WHERE h.venue_id = b.venue_id
                  AND h.weekday = (CAST(strftime('%w', substr(b.start, 1, 10)) AS INTEGER) + 6) % 7 + 1
                  AND h.start_min <= CAST(substr(b.start, 12, 2) AS INTEGER) * 60 + CAST(substr(b.start, 15, 2) AS INTEGER)
                  AND CAST(substr(b."end", 12, 2) AS INTEGER) * 60 + CAST(substr(b."end", 15, 2) AS INTEGER) <= h.end_min)
            """) == 0)
        #expect(try Self.count(db, """
            SELECT count(*) FROM booking b JOIN venue v ON v.id = b.venue_id
            WHERE (CAST(substr(b.start, 12, 2) AS INTEGER) * 60 + CAST(substr(b.start, 15, 2) AS INTEGER)) % v.slot_minutes != 0
               OR b.attendees > v.capacity
               OR (b.status = 'requested' AND v.requires_approval = 0)
               OR (b.access_code IS NOT NULL AND (v.access_method != 'code_lock' OR b.status != 'confirmed'
                   OR length(b.access_code) != 6))
            """) == 0)
        // Free for registered organisations where the venue is free for the voluntary sector.
        #expect(try Self.count(db, """
            SELECT count(*) FROM booking b JOIN venue v ON v.id = b.venue_id JOIN organisation o ON o.id = b.organisation_id
            WHERE v.price_policy = 'free_for_voluntary' AND o.in_frivillighetsregisteret = 1 AND b.price_ore != 0
            """) == 0)
        #expect(try Self.count(db, """
            SELECT count(*) FROM booking b JOIN venue v ON v.id = b.venue_id
            WHERE v.price_policy = 'hourly' AND b.organisation_id IS NOT NULL AND b.price_ore != v.hourly_rate_ore *
                CAST(round((julianday(b."end") - julianday(b.start)) * 1440) AS INTEGER) / 60
            """) == 0)
    }

    @Test func thisWeekHasBookingsAndActivities() throws {
        let (_, db, _) = try Self.filled()
        let monday = Self.today.startOfWeek.iso, nextMonday = Self.today.startOfWeek.adding(days: 7).iso
        #expect(try Self.count(db, "SELECT count(*) FROM booking WHERE start >= '\(monday)' AND start < '\(nextMonday)'") > 20)
        #expect(try Self.count(db, "SELECT count(*) FROM activity WHERE start >= '\(monday)' AND start < '\(nextMonday)'") > 5)
        // Some are still waiting for approval, some were cancelled.
        #expect(try Self.count(db, "SELECT count(*) FROM booking WHERE status = 'cancelled'") > 0)
        // A cancelled one-off is a row; a cancelled date of a weekly activity is an exception of its series.
        #expect(try Self.count(db, "SELECT count(*) FROM activity WHERE cancelled = 1") + Self.count(db, "SELECT count(*) FROM activity_series_exception") > 0)
        #expect(try Self.count(db, "SELECT count(*) FROM activity_series") > 0)
        // Monthly meetings are series too ("first Tuesday"), with July off and holidays as exceptions.
        #expect(try Self.count(db, "SELECT count(*) FROM activity_series WHERE freq = 'monthly'") >= 6)
        #expect(try Self.count(db, """
            SELECT count(*) FROM activity_series_exception e JOIN activity_series s ON s.id = e.series_id
            WHERE s.freq = 'monthly' AND substr(e.on_date, 6, 2) = '07'
            """) > 0)
    }

    @Test func organisationsAreValidAndVaried() throws {
        let (_, db, s) = try Self.filled(scale: 0.1)
        let numbers = try db.read { try String.fetchAll($0, sql: "SELECT org_number FROM organisation WHERE org_number IS NOT NULL") }
        #expect(numbers.allSatisfy { OrganisationNumber($0) != nil })
        #expect(Set(numbers).count == numbers.count)
        #expect(Double(numbers.count) > 0.55 * Double(s.organisations))
        #expect(try Self.count(db, "SELECT count(DISTINCT lower(name)) FROM organisation") == s.organisations + 3)
        // Frivillighetsregisteret needs an organisation number.
        #expect(try Self.count(db, """
            SELECT count(*) FROM organisation WHERE in_frivillighetsregisteret = 1 AND org_number IS NULL AND id > 3
            """) == 0)
        // Umbrella membership matches the category.
        #expect(try Self.count(db, """
            SELECT count(*) FROM organisation WHERE umbrella_id IS NOT NULL AND NOT (
                (umbrella_id = 1 AND category = 'idrett') OR (umbrella_id = 2 AND category = 'kultur')
                OR (umbrella_id = 3 AND category = 'friluftsliv'))
            """) == 0)
    }

    @Test func grantApplicationsAreConsistent() throws {
        let (_, db, _) = try Self.filled(scale: 0.1)
        // Decided sums only on decided statuses (forwarded schemes decide no amount); the timeline ends in the status.
        #expect(try Self.count(db, """
            SELECT count(*) FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
            WHERE s.kind <> 'forwarded' AND (a.amount_granted_ore IS NOT NULL) != (a.status IN
                ('granted', 'partly_granted', 'rejected', 'appealed', 'paid', 'report_due', 'report_received', 'closed'))
            """) == 0)
        #expect(try Self.count(db, """
            SELECT count(*) FROM grant_application a WHERE a.status != (SELECT e.to_status FROM application_event e
                WHERE e.application_id = a.id ORDER BY e.at DESC, e.id DESC LIMIT 1)
            """) == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM grant_application WHERE received_on > '\(Self.today.iso)'") == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM grant_application WHERE status IN ('received', 'in_review')") > 0)
        #expect(try Self.count(db, "SELECT count(*) FROM grant_application WHERE reference NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'") == 0)
    }

    @Test func volunteerRulesHold() throws {
        let (_, db, _) = try Self.filled(scale: 0.1)
        let year = Self.today.year
        #expect(try Self.count(db, "SELECT count(*) FROM volunteer WHERE \(year) - birth_year < 18 AND parental_consent = 0") == 0)
        // Minimum age and no minors on politiattest tasks.
        #expect(try Self.count(db, """
            SELECT count(*) FROM assignment a JOIN volunteer v ON v.id = a.volunteer_id
            JOIN volunteer_request r ON r.id = a.request_id
            WHERE \(year) - v.birth_year < r.minimum_age OR (r.politiattest IS NOT NULL AND \(year) - v.birth_year < 18)
            """) == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM volunteer_request WHERE status IN ('new', 'matching')") > 0)
        #expect(try Self.count(db, "SELECT count(*) FROM volunteer_request WHERE status = 'filled'") > 0)
        #expect(try Self.count(db, "SELECT count(*) FROM assignment WHERE hours_logged_min > 0") > 0)
    }

    @Test func aFilledDatabaseIsRefusedUnchanged() throws {
        let (_, db, _) = try Self.filled()
        let before = try Self.count(db, "SELECT count(*) FROM booking")
        #expect(throws: StoreError.self) { try DemoData.fill(db, scale: 0.05, seed: 7, today: Self.today) }
        #expect(try Self.count(db, "SELECT count(*) FROM booking") == before)
    }
}
