import DugnadCore
import Foundation
import GRDB

/// Realistic synthetic data around `today` for demos, screenshots and
/// benchmarks (SPEC §1): scale 1 ≈ one year of a 100,000-inhabitant
/// municipality. The same seed, date and scale always give the same rows.
public enum DemoData {
    /// Fills a database that has just been created (reference data present,
    /// nothing else) in one transaction: on any failure nothing is added.
    /// A database that already holds organisations, bookings or volunteers
    /// is refused, so running the demo twice never mixes two data sets.
    /// `isCancelled` is asked between parts and before every booking and
    /// activity row; when it says yes the fill throws `DemoCancelled` and the
    /// transaction rolls back.
    public static func fill(_ database: AppDatabase, scale: Double, seed: UInt64,
                            today: CivilDate, isCancelled: () -> Bool = { false }) throws -> DemoSummary {
        func check() throws { if isCancelled() { throw DemoCancelled() } }
        guard scale.isFinite, scale > 0 else {
            throw StoreError.cannotCreate(path: database.path, reason: "the demo scale must be above 0")
        }
        let window = DemoWindow(today: today)
        /// Linear in the scale, never below one row (small tests still see every kind).
        func sized(_ base: Double, minimum: Int = 1) -> Int { max(minimum, Int((base * scale).rounded())) }

        return try database.writeWithoutAudit { db in
            let filled = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM organisation) - \(ReferenceData.umbrellas.count)
                     + (SELECT count(*) FROM booking) + (SELECT count(*) FROM volunteer)
                """) ?? 0
            guard filled == 0 else {
                throw StoreError.cannotCreate(path: database.path,
                                              reason: "the database already holds data; demo data needs a new one")
            }
            // A large page cache while filling: at scale 10 the indexes outgrow
            // the default 2 MB and SQLite would spill and rewrite pages over and
            // over. Restored afterwards so the app's memory stays small.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -131072")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            let out = try DemoWriter(db)
            var summary = DemoSummary()
            // One random stream per part, so parts do not shift each other.
            func stream(_ n: UInt64) -> DemoRandom { DemoRandom(seed: seed, stream: n) }

            var rng = stream(1)
            let existing = Set(try String.fetchAll(db, sql: "SELECT username FROM staff"))
            let staff = DemoStaffAndServices.staff(count: sized(15), firstID: try DemoWriter.nextID(db, "staff"),
                                                   existing: existing, rng: &rng)
            try check()
            for s in staff { try out.write(s) }
            summary.staff = staff.count
            let clerks = staff.filter { $0.role == .frontdesk || $0.role == .admin }.map(\.username)
            let officers = staff.filter { $0.role == .grants }.map(\.username)

            rng = stream(2)
            let services = DemoStaffAndServices.services(count: sized(25), firstID: try DemoWriter.nextID(db, "service"),
                                                         rng: &rng)
            for s in services { try out.write(s.service) }
            summary.services = services.count

            rng = stream(3)
            let orgs = DemoOrganisations.generate(
                count: sized(800, minimum: ReferenceData.namedOrganisations.count + 4) - ReferenceData.umbrellas.count,
                firstID: try DemoWriter.nextID(db, "organisation"), rng: &rng)
            for entry in orgs {
                // Most were registered before the window; a few are new this year.
                let registered = rng.chance(0.9) ? window.first.adding(days: -rng.int(30...2000))
                                                 : today.adding(days: -rng.int(0...300))
                try out.write(entry.org, createdAt: "\(registered.iso)T\(10 + rng.int(0...6)):\(rng.int(10...59)):00Z")
            }
            summary.organisations = orgs.count
            let agreements = DemoStaffAndServices.agreements(
                count: sized(100), firstID: try DemoWriter.nextID(db, "collaboration_agreement"), orgs: orgs,
                today: today, rng: &rng)
            for a in agreements { try out.write(a) }
            summary.agreements = agreements.count

            rng = stream(4)
            let (sites, venues) = DemoVenues.generate(count: sized(300), firstVenueID: try DemoWriter.nextID(db, "venue"),
                                                      firstSiteID: try DemoWriter.nextID(db, "site"), rng: &rng)
            for s in sites { try out.write(s) }
            for v in venues { try out.write(v.venue) }
            summary.sites = sites.count
            summary.venues = venues.count

            rng = stream(5)
            let index = DemoOrgIndex(orgs)
            let allSites = ReferenceData.sites + sites
            var planner = DemoSeriesPlanner(orgs: index,
                                            siteNames: Dictionary(uniqueKeysWithValues: allSites.map { ($0.id, $0.name) }),
                                            nextSeriesID: 1)
            let series = venues.map { planner.plan($0, rng: &rng) }
            let fixed = DemoFixedEvents.plan(venues: venues,
                                             siteIDs: Dictionary(uniqueKeysWithValues: allSites.map { ($0.name, $0.id) }),
                                             orgs: index, window: window)
            rng = stream(6)
            let calendar = DemoCalendar(window: window, venues: venues, series: series, fixed: fixed, orgs: index,
                                        clerks: clerks, bookingTarget: sized(60_000))
            let counts = try calendar.run(firstBookingID: try DemoWriter.nextID(db, "booking"),
                                          firstActivityID: try DemoWriter.nextID(db, "activity"), rng: &rng,
                                          booking: { try check(); try out.write($0) },
                                          activity: { try check(); try out.write($0) })
            try check()
            rng = stream(7)
            let outdoor = try DemoOutdoorActivities.generate(
                seriesCount: sized(12), firstID: try DemoWriter.nextID(db, "activity"), window: window, rng: &rng,
                emit: out.write)
            summary.bookings = counts.bookings
            rng = stream(10)
            let closures = DemoClosures.generate(venues: venues, sites: allSites, window: window, count: sized(6),
                                                 rng: &rng)
            for c in closures { try out.write(c) }
            summary.closures = closures.count
            summary.activities = counts.activities + outdoor
            // Weekly activities as series with exceptions, as real calendars keep them (the old occurrence rows
            // only with DUGNAD_DEMO_OCCURRENCE_ROWS set, to compare the calendar's speed with them).
            if ProcessInfo.processInfo.environment["DUGNAD_DEMO_OCCURRENCE_ROWS"] == nil {
                _ = try DemoActivitySeries.fold(db)   // the summary still counts occurrences
                // And monthly meetings, as libraries and frivilligsentraler keep them ("first Tuesday").
                var monthly = stream(40)
                _ = try DemoMonthlySeries.generate(db, count: sized(24, minimum: DemoMonthlySeries.templates.count), window: window, rng: &monthly)
            }

            rng = stream(8)
            try check()
            let grants = try DemoGrantFill.fill(db, count: sized(2_500), orgs: orgs, officers: officers,
                                                intake: clerks, today: today, rng: &rng)
            summary.grantApplications = grants.applications
            summary.applicationEvents = grants.events

            rng = stream(9)
            var volunteers = DemoVolunteers.generate(count: sized(3_000), firstID: try DemoWriter.nextID(db, "volunteer"),
                                                     today: today, rng: &rng)
            let requests = DemoRequests.generate(count: sized(1_500),
                                                 firstID: try DemoWriter.nextID(db, "volunteer_request"),
                                                 firstAssignmentID: try DemoWriter.nextID(db, "assignment"),
                                                 services: services, orgs: orgs, volunteers: &volunteers, today: today,
                                                 rng: &rng)
            try check()
            try DemoVolunteerWriter(db).write(volunteers: volunteers, requests: requests, today: today)
            summary.volunteers = volunteers.count
            summary.volunteerRequests = requests.requests.count
            summary.assignments = requests.assignments.count

            // One audit line for the whole fill instead of one per row.
            try Audit.record(db, staff: database.user, action: "create", entity: "demo_data", entityID: nil,
                             details: "seed: \(seed); scale: \(scale); today: \(today.iso); \(summary)")
            return summary
        }
    }
}
