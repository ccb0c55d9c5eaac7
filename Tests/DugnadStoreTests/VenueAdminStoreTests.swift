import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

@Suite struct VenueAdminStoreTests {
    let dir = TempDir()
    let today = CivilDate(iso: "2026-11-26")!

    func hours(_ text: String) -> OpeningHours {
        OpeningHours(days: (1...7).map { _ in try! OpeningHoursText.parse(text, slotMinutes: 30).get() })
    }

    func storsalen() -> Venue {
        Venue(name: "  Storsalen ", kind: .forsamlingslokale, siteID: 1, kommunedelID: 6, capacity: 80,
              openingHours: hours("08-16, 18-22"), pricePolicy: .freeForVoluntary, hourlyRate: Money(kroner: 450),
              accessMethod: .codeLock, hearingLoop: true, equipment: ["projektor", " Projektor", "kjøkken"])
    }

    @Test func createEditAndDeactivateAreAuditedAndKeepHistory() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let saved = try db.saveVenue(storsalen())
        #expect(saved.id > 0 && saved.name == "Storsalen" && saved.equipment == ["projektor", "kjøkken"])
        let read = try #require(try db.venue(id: saved.id))
        #expect(read == saved)
        #expect(read.openingHours.intervals(on: 3).map(\.end.text) == ["16:00", "22:00"])

        var changed = saved
        changed.capacity = 60
        changed.openingHours.days[6] = []   // closed on Sundays
        try db.saveVenue(changed)
        #expect(try db.venue(id: saved.id)?.openingHours.intervals(on: 7) == [])
        let history = try db.auditEntries(entity: "venue", id: saved.id)
        #expect(history.map(\.action) == ["update", "create"])
        #expect(history[0].details.hasPrefix("capacity: 80 → 60; opening_hours: "))
        #expect(history[0].details.hasSuffix("| 08-16, 18-22 | 08-16, 18-22 → 08-16, 18-22 | " +
                                             "08-16, 18-22 | 08-16, 18-22 | 08-16, 18-22 | 08-16, 18-22 | 08-16, 18-22 | "))
        #expect(history[1].details.contains("hourly_rate_ore: 45000"))
        // Saving without changes writes nothing.
        try db.saveVenue(changed)
        #expect(try db.auditEntries(entity: "venue", id: saved.id).count == 2)

        try db.insertTestBooking(venue: saved.id, start: "2026-12-01 18:00", end: "2026-12-01 20:00")
        try db.insertTestBooking(venue: saved.id, start: "2026-11-20 18:00", end: "2026-11-20 20:00")
        let result = try db.setVenueActive(id: saved.id, false, today: today)
        #expect(result.venue.active == false && result.upcoming == 1)
        #expect(try db.venueDayCount(filter: VenueFilter()) == 0)      // gone from the grid
        #expect(try db.venueCount() == 1)                              // still in the directory
        #expect(try db.auditEntries(entity: "venue", id: saved.id).first?.details == "active: true → false")
        #expect(try db.setVenueActive(id: saved.id, true, today: today).venue.active)
        #expect(try db.venueDayCount(filter: VenueFilter()) == 1)
    }

    @Test func invalidVenueIsRefusedAndNothingIsWritten() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        var bad = storsalen()
        bad.name = " "
        bad.capacity = 0
        bad.openingHours.days[0] = [OpeningHours.Interval(start: CivilTime(hour: 8)!, end: CivilTime(hour: 12)!),
                                    OpeningHours.Interval(start: CivilTime(hour: 11)!, end: CivilTime(hour: 14)!)]
        bad.pricePolicy = .hourly
        bad.hourlyRate = .zero
        #expect(expectStoreError(.invalidVenue([
            VenueIssue(.name, .nameMissing), VenueIssue(.capacity, .capacityOutOfRange(1...10_000)),
            VenueIssue(.hours(weekday: 1), .hours(.overlap)), VenueIssue(.hourlyRate, .rateRequired),
        ])) { try db.saveVenue(bad) })
        #expect(try db.venueCount() == 0)
        #expect(try db.auditEntries(offset: 0, limit: 50).allSatisfy { $0.entity != "venue" })
    }

    @Test func onlyAdministratorsMayChangeVenuesAndClosures() throws {
        let admin = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        try admin.addStaff(username: "ola", displayName: "Ola", role: .frontdesk)
        let venue = try admin.saveVenue(storsalen())
        let desk = try AppDatabase.open(path: dir.path("d.sqlite"), user: "ola")
        #expect(expectStoreError(.forbidden(user: "ola", role: .frontdesk)) { try desk.saveVenue(storsalen()) })
        #expect(expectStoreError(.forbidden(user: "ola", role: .frontdesk)) {
            _ = try desk.setVenueActive(id: venue.id, false, today: today)
        })
        let closure = Closure(venueID: venue.id, startsOn: today, endsOn: today, reason: "Valg")
        #expect(expectStoreError(.forbidden(user: "ola", role: .frontdesk)) { _ = try desk.saveClosure(closure) })
        #expect(try desk.venueCount() == 1 && desk.closures(today: today).isEmpty)
        #expect(try desk.venue(id: venue.id)?.active == true)
    }
}
