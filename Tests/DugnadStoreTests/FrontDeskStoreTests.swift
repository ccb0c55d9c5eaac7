import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

/// The front desk's reads and undo, on a real SQLite file.
@Suite struct FrontDeskStoreTests {
    let dir = TempDir()
    static let day = CivilDate(iso: "2026-12-01")!

    func setUp() throws -> (AppDatabase, venue: Int64, club: Organisation, booking: Booking) {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue(name: "Flerbrukshall A", capacity: 200)
        let club = try db.saveOrganisation(Organisation(name: "Fjell Volleyballklubb", inFrivillighetsregisteret: true,
                                                        category: .idrett, kommunedelID: 6, contactName: "Per Hansen",
                                                        phone: "911 22 333"))
        var b = BookingTests.booking(venue, "2026-12-01", 18, 20)
        b.organisationID = club.id
        b.bookerName = "Per Hansen"
        let saved = try db.book(b)
        return (db, venue, club, saved)
    }

    @Test func gridRowsCarryTheirBookingsOrganisations() throws {
        let (db, _, club, booking) = try setUp()
        let rows = try db.venueDays(on: Self.day, filter: VenueFilter(), offset: 0, limit: 10)
        let row = try #require(rows.first { !$0.bookings.isEmpty })
        #expect(row.party(of: booking) == BookingParty(id: club.id, name: "Fjell Volleyballklubb", contactName: "Per Hansen",
                                                       phone: "911 22 333"))
        let week = try db.venueWeek(of: row.venue, from: Self.day.startOfWeek)
        #expect(week.contains { $0.parties[club.id]?.shortName == "Fjell VBK" })
    }

    @Test func anOrganisationsComingBookingsAndCtrlFFindBookingsByOrganisationBookerAndVenue() throws {
        let (db, venue, club, booking) = try setUp()
        var later = BookingTests.booking(venue, "2026-12-08", 18, 20)
        later.organisationID = club.id
        try db.book(later)
        try db.book(BookingTests.booking(venue, "2026-11-24", 18, 20))   // past, not the club's
        let coming = try db.upcomingBookings(organisationID: club.id, from: Self.day, limit: 1)
        #expect(coming.map(\.id) == [booking.id] && coming[0].place == "Flerbrukshall A, Knutepunkt Fjell")
        #expect(try db.upcomingBookingCount(organisationID: club.id, from: Self.day) == 2)
        for needle in ["volleyball", "per hansen", "flerbrukshall"] {
            let hits = try db.search(needle, today: Self.day, limitPerKind: 8).filter { $0.kind == .booking }
            #expect(hits.first?.booking?.id == booking.id, "\(needle)")
        }
        let byClub = try db.search("Fjell Volley", today: Self.day, limitPerKind: 8).filter { $0.kind == .booking }
        #expect(byClub.count == 2 && byClub[0].booking?.party?.name == "Fjell Volleyballklubb")
        // Venue hits carry their site; codes come as values for the app to translate.
        let venueHit = try #require(try db.search("flerbruks", today: Self.day, limitPerKind: 8).first { $0.kind == .venue })
        #expect(venueHit.title == "Flerbrukshall A" && venueHit.details.first == .text("Knutepunkt Fjell"))
        #expect(venueHit.details.contains(.venueKind(.forsamlingslokale)))
        let orgHit = try #require(try db.search("volleyball", today: Self.day, limitPerKind: 8).first { $0.kind == .organisation })
        #expect(orgHit.details.contains(.organisationCategory(.idrett)))
    }

    @Test func aCancellationCanBeTakenBackWithItsStatusAuditedAndNotOverATakenTime() throws {
        let (db, venue, _, booking) = try setUp()
        #expect(expectStoreError(.notFound) { try db.restoreBooking(id: booking.id) }, "not cancelled")
        try db.cancelBooking(id: booking.id)
        let restored = try db.restoreBooking(id: booking.id)
        #expect(restored.status == .confirmed)
        #expect(try db.auditEntries(entity: "booking", id: booking.id).map(\.action).prefix(2) == ["restore", "cancel"])
        // Cancelled again, and the time taken meanwhile: refused, nothing changed.
        try db.cancelBooking(id: booking.id)
        let blocker = try db.book(BookingTests.booking(venue, "2026-12-01", 19, 21))
        #expect(throws: StoreError.self) { try db.restoreBooking(id: booking.id) }
        #expect(try db.bookingListing(id: booking.id)?.booking.status == .cancelled)
        // More than a day after the cancellation: too late (the log is append-only, so a
        // cancellation of long ago is appended as the latest line).
        try db.writeWithoutAudit { d in
            try d.execute(sql: """
                INSERT INTO audit_log (at, staff, action, entity, entity_id, details)
                VALUES ('2020-01-01T00:00:00Z', 'anna', 'cancel', 'booking', ?, 'status: confirmed → cancelled')
                """, arguments: [booking.id])
        }
        try db.cancelBooking(id: blocker.id)   // the time is free again: only the age refuses
        #expect(expectStoreError(.notFound) { try db.restoreBooking(id: booking.id) })
    }

    @Test func theFreeSlotSearchTakesALargerLimitForQuickBooking() throws {
        let (db, _, _, _) = try setUp()
        for i in 0..<3 { _ = try db.insertOpenVenue(name: "Rom \(i)") }
        let q = FreeSlotQuery(from: Self.day, through: Self.day, windowStart: 18 * 60, windowEnd: 20 * 60, duration: 120)
        #expect(try db.freeSlots(q, limit: 2).count == 2)
        #expect(try db.freeSlots(q, limit: 100).count == 3, "the booked hall is not free")
    }
}
