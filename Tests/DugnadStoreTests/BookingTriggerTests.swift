import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

@Suite struct BookingTriggerTests {
    let dir = TempDir()

    @Test func overlappingBookingIsRefusedTouchingIsAccepted() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertTestVenue()
        try db.insertTestBooking(venue: venue, start: "2026-11-26 16:00", end: "2026-11-26 18:00")
        #expect(expectStoreError(.bookingOverlap) {
            try db.insertTestBooking(venue: venue, start: "2026-11-26 17:30", end: "2026-11-26 19:00")
        })
        #expect(expectStoreError(.bookingOverlap) {
            try db.insertTestBooking(venue: venue, start: "2026-11-26 15:00", end: "2026-11-26 21:00", status: "requested")
        })
        try db.insertTestBooking(venue: venue, start: "2026-11-26 18:00", end: "2026-11-26 20:00")
        try db.insertTestBooking(venue: venue, start: "2026-11-26 14:00", end: "2026-11-26 16:00")
        // Another venue is free at the same time.
        let other = try db.insertTestVenue(name: "Fjell møterom 2")
        try db.insertTestBooking(venue: other, start: "2026-11-26 17:00", end: "2026-11-26 19:00")
        #expect(try db.bookingCount(on: CivilDate(iso: "2026-11-26")!) == 4)
        #expect(try db.bookings(on: CivilDate(iso: "2026-11-26")!, offset: 0, limit: 2).map(\.start.storageText)
                == ["2026-11-26 14:00", "2026-11-26 16:00"])
    }

    @Test func cancelledAndRejectedBookingsDoNotBlock() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertTestVenue()
        try db.insertTestBooking(venue: venue, start: "2026-11-26 16:00", end: "2026-11-26 18:00", status: "cancelled")
        try db.insertTestBooking(venue: venue, start: "2026-11-26 16:00", end: "2026-11-26 18:00", status: "rejected")
        try db.insertTestBooking(venue: venue, start: "2026-11-26 16:00", end: "2026-11-26 18:00")
        // A cancelled one cannot be revived into a clash.
        #expect(expectStoreError(.bookingOverlap) {
            try db.writeWithoutAudit { try $0.execute(sql: "UPDATE booking SET status = 'confirmed' WHERE status = 'cancelled'") }
        })
        // Cancelling itself is always possible.
        try db.writeWithoutAudit { try $0.execute(sql: "UPDATE booking SET status = 'cancelled' WHERE status = 'confirmed'") }
        try db.insertTestBooking(venue: venue, start: "2026-11-26 17:00", end: "2026-11-26 19:00")
    }

    @Test func moving_a_booking_onto_another_is_refused_and_midnight_is_handled() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertTestVenue()
        try db.insertTestBooking(venue: venue, start: "2026-11-26 22:00", end: "2026-11-27 00:00")
        try db.insertTestBooking(venue: venue, start: "2026-11-27 00:00", end: "2026-11-27 02:00")
        #expect(expectStoreError(.bookingOverlap) {
            try db.insertTestBooking(venue: venue, start: "2026-11-26 23:00", end: "2026-11-27 00:00")
        })
        #expect(expectStoreError(.bookingOverlap) {
            try db.writeWithoutAudit {
                try $0.execute(sql: "UPDATE booking SET start = '2026-11-26 23:30' WHERE start = '2026-11-27 00:00'")
            }
        })
        // Schema shape checks: no 24:00, no multi-day bookings, start before end.
        for (start, end) in [("2026-11-28 10:00", "2026-11-28 24:00"), ("2026-11-28 10:00", "2026-11-29 09:00"),
                             ("2026-11-28 10:00", "2026-11-28 09:00"), ("2026-02-30 10:00", "2026-02-30 11:00")] {
            #expect(throws: StoreError.self) { try db.insertTestBooking(venue: venue, start: start, end: end) }
        }
        let booking = try #require(try db.bookings(on: CivilDate(iso: "2026-11-26")!, offset: 0, limit: 5).first)
        #expect(booking.end.ordinal == CivilDateTime(date: CivilDate(iso: "2026-11-26")!, time: .endOfDay).ordinal)
    }

    @Test func overlapLookupUsesTheVenueStartIndex() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let plan = try db.read { d in
            try Row.fetchAll(d, sql: """
                EXPLAIN QUERY PLAN SELECT 1 FROM booking AS b WHERE b.venue_id = 1
                  AND b.start >= date('2026-11-26 18:00', '-1 day') AND b.start < '2026-11-26 20:00'
                  AND b."end" > '2026-11-26 18:00' AND b.status IN ('confirmed', 'requested')
                """).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("booking_venue_start") && $0.contains("start>? AND start<?") })
    }
}
