import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

@Suite struct VenueWeekStoreTests {
    let dir = TempDir()

    @Test func weekReadsOneVenuesBookingsMondayToMondayAndItsClosures() throws {
        let db = try AppDatabase.open(path: dir.path("w.sqlite"), user: "anna")
        let id = try db.insertOpenVenue()
        let other = try db.insertOpenVenue(name: "Lillesalen")
        // Sunday before, Monday, Thursday, Sunday, next Monday: only the middle three are in week 48.
        for day in ["2026-11-22", "2026-11-23", "2026-11-26", "2026-11-29", "2026-11-30"] {
            _ = try db.book(BookingTests.booking(id, day, 18, 20))
        }
        _ = try db.book(BookingTests.booking(other, "2026-11-24", 18, 20))
        try db.writeWithoutAudit {
            try $0.execute(sql: "INSERT INTO closure (site_id, starts_on, ends_on, reason) VALUES (1, '2026-11-27', '2026-11-28', 'Valg')")
            try $0.execute(sql: "INSERT INTO closure (venue_id, starts_on, ends_on, reason) VALUES (?, '2026-11-24', '2026-11-24', 'Maling')",
                           arguments: [other])
        }
        let venue = try #require(try db.venue(id: id))
        let monday = CivilDate(iso: "2026-11-23")!
        let week = try db.venueWeek(of: venue, from: monday)
        #expect(week.map(\.date) == (0..<7).map { monday.adding(days: $0) })
        #expect(week.map(\.bookings.count) == [1, 0, 0, 1, 0, 0, 1])
        #expect(week.map(\.isClosed) == [false, false, false, false, true, true, false])
        #expect(week[3].state(ofColumn: 36) == .booked(week[3].bookings[0].id))
        #expect(week[4].state(ofColumn: 36) == .closed)
    }

    @Test func weekBookingsQueryUsesTheVenueStartIndex() throws {
        let db = try AppDatabase.open(path: dir.path("p.sqlite"), user: "anna")
        let plan = try db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM booking WHERE venue_id = ? AND start >= ? AND start < ? ORDER BY start, id",
                             arguments: [1, "2026-11-23", "2026-11-30"]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING INDEX") && $0.contains("start>?") }, "\(plan)")
    }
}

@Suite struct FreeSlotStoreTests {
    let dir = TempDir()

    @Test func freeSlotsFitCapacityAndAvoidBookings() throws {
        let db = try AppDatabase.open(path: dir.path("f.sqlite"), user: "anna")
        let small = try db.insertOpenVenue(name: "Lite rom", capacity: 10)
        let big = try db.insertOpenVenue(name: "Storsalen", capacity: 40)
        _ = try db.book(BookingTests.booking(big, "2026-11-26", 18, 20))
        var filter = VenueFilter()
        filter.minimumCapacity = 20
        let q = FreeSlotQuery(filter: filter, from: CivilDate(iso: "2026-11-26")!, through: CivilDate(iso: "2026-11-27")!,
                              windowStart: 17 * 60, windowEnd: 22 * 60, duration: 120)
        let found = try db.freeSlots(q)
        #expect(!found.contains { $0.venue.id == small })
        #expect(found.map { "\($0.start.date.iso) \($0.start.time.text)" } == ["2026-11-26 20:00", "2026-11-27 17:00", "2026-11-27 19:00"])
        #expect(found.allSatisfy { $0.venue.id == big })
    }
}
