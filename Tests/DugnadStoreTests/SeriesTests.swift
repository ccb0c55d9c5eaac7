import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

@Suite struct SeriesTests {
    let dir = TempDir()
    // Mondays from 15 March 2027: 22 March is taken, 29 March is Easter Monday.
    let series = WeeklySeries(firstDate: CivilDate(iso: "2027-03-15")!, weekdays: [1], count: 4)

    func prepared() throws -> (AppDatabase, Int64) {
        let db = try AppDatabase.open(path: dir.path("s.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        try db.book(BookingTests.booking(venue, "2027-03-22", 17, 19))
        return (db, venue)
    }

    @Test func previewShowsEveryOccurrenceWithItsConflicts() throws {
        let (db, venue) = try prepared()
        let preview = try db.assessSeries(BookingTests.booking(venue, "2027-03-15", 18, 20), series)
        #expect(preview.map(\.date.iso) == ["2027-03-15", "2027-03-22", "2027-03-29", "2027-04-05"])
        #expect(preview.map(\.conflicts.isEmpty) == [true, false, false, true])
        #expect(preview.map(\.isHoliday) == [false, false, true, false])
        #expect(preview.allSatisfy { $0.booking.start.time == CivilTime(hour: 18)! && $0.booking.end.time == CivilTime(hour: 20)! })
    }

    @Test func anUnskippedConflictRefusesTheWholeSeries() throws {
        let (db, venue) = try prepared()
        let template = BookingTests.booking(venue, "2027-03-15", 18, 20)
        #expect(throws: StoreError.self) { try db.bookSeries(template, series, skipConflicts: false, skipHolidays: true) }
        #expect(try db.bookingCount(on: CivilDate(iso: "2027-03-15")!) == 0, "nothing booked half-way")
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM booking_series_rule") } == 0)
    }

    @Test func skippingBooksTheRestInOneAuditedTransactionAndTheRestCanBeCancelled() throws {
        let (db, venue) = try prepared()
        // An older series id (the demo's have no rule row) is never reused.
        try db.writeWithoutAudit { try $0.execute(sql: "UPDATE booking SET series_id = 7") }
        let result = try db.bookSeries(BookingTests.booking(venue, "2027-03-15", 18, 20), series,
                                       skipConflicts: true, skipHolidays: true)
        #expect(result.seriesID == 8)
        #expect(result.booked.map(\.start.date.iso) == ["2027-03-15", "2027-04-05"])
        #expect(result.skipped.map(\.iso) == ["2027-03-22", "2027-03-29"])
        #expect(result.booked.allSatisfy { $0.seriesID == 8 && $0.id > 0 && $0.status == .confirmed })
        #expect(try db.auditEntries(entity: "booking_series", id: 8).first?.details.contains("skipped: 2027-03-22,2027-03-29") == true)
        #expect(try db.cancelSeries(8, from: CivilDate(iso: "2027-04-01")!) == 1)
        #expect(try db.booking(id: result.booked[1].id)?.status == .cancelled)
        #expect(try db.booking(id: result.booked[0].id)?.status == .confirmed)
        #expect(try db.booking(id: result.booked[0].id).map { _ in true } == true)
    }
}

@Suite struct BookingExportTests {
    let dir = TempDir()

    @Test func exportReadsThePeriodOfOneSiteInStartOrder() throws {
        let db = try AppDatabase.open(path: dir.path("e.sqlite"), user: "anna")
        let venue = try db.insertOpenVenue()
        try db.book(BookingTests.booking(venue, "2026-12-02", 18, 20))
        try db.book(BookingTests.booking(venue, "2026-12-01", 10, 12))
        try db.book(BookingTests.booking(venue, "2026-12-05", 10, 12))
        let rows = try db.bookingsForExport(from: CivilDate(iso: "2026-12-01")!, through: CivilDate(iso: "2026-12-02")!, siteID: 1)
        #expect(rows.map(\.booking.start.date.iso) == ["2026-12-01", "2026-12-02"])
        #expect(rows.first?.venueName == "Storsalen")
        #expect(try db.bookingsForExport(from: CivilDate(iso: "2026-12-01")!, through: CivilDate(iso: "2026-12-31")!, siteID: 2).isEmpty)
    }
}
