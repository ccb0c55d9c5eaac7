import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

/// Changing bookings after the fact: one date, a series from a date on, and
/// turning a single booking into a weekly series — on a real database file.
@Suite struct BookingEditTests {
    let dir = TempDir()

    func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// The bookings of the venue as "date from-to" lines, in order, held ones only.
    func held(_ db: AppDatabase, _ venue: Int64) throws -> [String] {
        try db.read { db in
            try String.fetchAll(db, sql: """
                SELECT substr(start, 1, 10) || ' ' || substr(start, 12) || '-' || substr("end", 12) FROM booking
                WHERE venue_id = ? AND status IN ('confirmed', 'requested') ORDER BY start
                """, arguments: [venue])
        }
    }

    /// Mondays 4, 11, 18 and 25 January 2027, 18–20, as one series.
    func mondaySeries(_ db: AppDatabase, _ venue: Int64) throws -> SeriesResult {
        try db.bookSeries(BookingTests.booking(venue, "2027-01-04", 18, 20),
                          WeeklySeries(firstDate: day("2027-01-04"), weekdays: [1], count: 4),
                          skipConflicts: false, skipHolidays: true)
    }

    @Test func oneBookingIsMovedRepricedAndAudited() throws {
        let db = try AppDatabase.open(path: dir.path("one.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        let saved = try db.book(BookingTests.booking(venue, "2027-01-05", 18, 20))
        #expect(saved.price == Money(ore: 50_000))
        var edited = BookingTests.booking(venue, "2027-01-06", 17, 20)
        edited.id = saved.id
        edited.purpose = "Konsert"
        #expect(try db.updateBookings(edited, scope: .thisDate) == 1)
        let after = try #require(try db.booking(id: saved.id))
        #expect(after.start == CivilDateTime(date: day("2027-01-06"), time: CivilTime(hour: 17)!))
        #expect(after.purpose == "Konsert")
        #expect(after.price == Money(ore: 75_000), "three hours at kr 250")
        let audit = try #require(try db.auditEntries(entity: "booking", id: saved.id).first { $0.action == "update" })
        #expect(audit.details.contains("start: 2027-01-05 18:00 → 2027-01-06 17:00"))
        #expect(audit.details.contains("purpose: Øving → Konsert"))
    }

    @Test func anEditIntoAnotherBookingIsRefusedAndChangesNothing() throws {
        let db = try AppDatabase.open(path: dir.path("clash.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        let first = try db.book(BookingTests.booking(venue, "2027-01-05", 10, 12))
        try db.book(BookingTests.booking(venue, "2027-01-05", 18, 20))
        var edited = BookingTests.booking(venue, "2027-01-05", 17, 19)
        edited.id = first.id
        let check = try db.assessEdit(edited, scope: .thisDate)
        #expect(check.count == 1 && !check[0].conflicts.isEmpty)
        #expect(throws: StoreError.self) { try db.updateBookings(edited, scope: .thisDate) }
        #expect(try held(db, venue) == ["2027-01-05 10:00-12:00", "2027-01-05 18:00-20:00"])
    }

    @Test func aSeriesChangesFromTheChosenDateOnAndKeepsEarlierDates() throws {
        let db = try AppDatabase.open(path: dir.path("from.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        let series = try mondaySeries(db, venue)
        var edited = BookingTests.booking(venue, "2027-01-11", 19, 21)
        edited.id = series.booked[1].id
        #expect(try db.assessEdit(edited, scope: .fromThisDate).map(\.date.iso) == ["2027-01-11", "2027-01-18", "2027-01-25"])
        #expect(try db.updateBookings(edited, scope: .fromThisDate) == 3)
        #expect(try held(db, venue) == ["2027-01-04 18:00-20:00", "2027-01-11 19:00-21:00",
                                        "2027-01-18 19:00-21:00", "2027-01-25 19:00-21:00"])
        let audit = try #require(try db.auditEntries(entity: "booking", id: series.booked[3].id).first { $0.action == "update" })
        #expect(audit.details.contains("series \(series.seriesID) from 2027-01-11"))
    }

    @Test func aSeriesMovedAWeekOnTakesTheTimesItIsLeaving() throws {
        let db = try AppDatabase.open(path: dir.path("week.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        let series = try mondaySeries(db, venue)
        // 11 → 18 January: each occurrence moves onto the next one's old slot.
        var edited = BookingTests.booking(venue, "2027-01-18", 18, 20)
        edited.id = series.booked[1].id
        #expect(try db.assessEdit(edited, scope: .fromThisDate).allSatisfy { $0.conflicts.isEmpty })
        #expect(try db.updateBookings(edited, scope: .fromThisDate) == 3)
        #expect(try held(db, venue) == ["2027-01-04 18:00-20:00", "2027-01-18 18:00-20:00",
                                        "2027-01-25 18:00-20:00", "2027-02-01 18:00-20:00"])
    }

    @Test func oneConflictingDateRefusesTheWholeSeriesEdit() throws {
        let db = try AppDatabase.open(path: dir.path("refuse.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        let series = try mondaySeries(db, venue)
        try db.book(BookingTests.booking(venue, "2027-01-19", 19, 20))   // a Tuesday
        // Monday → Tuesday from 11 January: the 19th is taken.
        var edited = BookingTests.booking(venue, "2027-01-12", 18, 20)
        edited.id = series.booked[1].id
        let preview = try db.assessEdit(edited, scope: .fromThisDate)
        #expect(preview.map(\.date.iso) == ["2027-01-12", "2027-01-19", "2027-01-26"])
        #expect(preview.map { $0.conflicts.isEmpty } == [true, false, true])
        #expect(throws: StoreError.self) { try db.updateBookings(edited, scope: .fromThisDate) }
        #expect(try held(db, venue) == ["2027-01-04 18:00-20:00", "2027-01-11 18:00-20:00", "2027-01-18 18:00-20:00",
                                        "2027-01-19 19:00-20:00", "2027-01-25 18:00-20:00"])
    }

    @Test func aSingleBookingBecomesTheFirstOfAWeeklySeries() throws {
        let db = try AppDatabase.open(path: dir.path("repeat.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        let original = try db.book(BookingTests.booking(venue, "2027-01-05", 18, 20))
        try db.book(BookingTests.booking(venue, "2027-01-19", 19, 21))
        let rule = WeeklySeries(firstDate: day("2027-01-05"), weekdays: [2], until: day("2027-01-26"))
        let preview = try db.assessSeries(original, rule)
        #expect(preview.map(\.date.iso) == ["2027-01-12", "2027-01-19", "2027-01-26"], "its own date is not booked again")
        #expect(preview.map { $0.conflicts.isEmpty } == [true, false, true])
        let result = try db.repeatBooking(id: original.id, rule, skipConflicts: true, skipHolidays: true)
        #expect(result.booked.map(\.start.date.iso) == ["2027-01-12", "2027-01-26"])
        #expect(result.skipped.map(\.iso) == ["2027-01-19"])
        #expect(try db.booking(id: original.id)?.seriesID == result.seriesID)
        #expect(try db.auditEntries(entity: "booking", id: original.id).contains { $0.details.contains("series_id") })
        #expect(throws: StoreError.alreadyInSeries) {
            try db.repeatBooking(id: original.id, rule, skipConflicts: true, skipHolidays: true)
        }
        // The whole series can now be changed from a date on.
        var edited = BookingTests.booking(venue, "2027-01-12", 17, 19)
        edited.id = result.booked[0].id
        #expect(try db.updateBookings(edited, scope: .fromThisDate) == 2)
    }
}
