import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// `e` (change) and `r` (repeat weekly) on a booked cell of the grid: the
/// forms, the exact store commands they ask for, and what the answers do.
@Suite struct BookingEditUpdateTests {
    /// Storsalen's booking at 17–19 under the cursor (the grid opens at 18:00).
    static func grid(size: Size = Size(width: 80, height: 24), language: Language = .nb, series: RowID? = nil) -> Model {
        var m = VenuesUpdateTests.gridModel(size: size, language: language)
        m.venues.grid.rows[0].bookings[0].seriesID = series
        return m
    }

    /// The booking as the edit form reads it back (no price or code: the store sets those).
    static func draft(end: Int = 19, series: RowID? = nil) -> Booking {
        Booking(id: 1, venueID: 1, start: Fixtures.at(17), end: Fixtures.at(end), organisationID: 4,
                bookerName: "Konnerud IL", purpose: "Styremøte", attendees: 12, seriesID: series)
    }

    static func retype(_ text: String, _ m: inout Model) -> [Command] {
        Fixtures.press(Array(repeating: .backspace, count: 10), &m)
        return Fixtures.type(text, &m)
    }

    @Test func eOpensTheBookingFilledInAndSavingChangesThatDate() {
        var m = Self.grid()
        let opened = update(&m, .keyPressed(.char("e")))
        #expect(opened == [.venues(.assess(Self.draft()))])
        let form = try! #require(m.form)
        #expect(form.fields.map(\.currentValue).prefix(8) == ["26.11.2026", "17:00", "19:00", "4", "Konnerud IL", "",
                                                             "Styremøte", "12"])
        #expect(form.field(BookingField.scope) == nil, "a single booking has no series to ask about")
        Fixtures.press([.tab, .tab], &m)
        #expect(Self.retype("20:00", &m).last == .venues(.assess(Self.draft(end: 20))))
        #expect(update(&m, .keyPressed(.ctrl("s"))) == [.venues(.editBookings(Self.draft(end: 20), .thisDate))])
        #expect(m.form?.saving == true)
        let reloaded = update(&m, .venues(.bookingsEdited(.success(1), .thisDate)))
        #expect(m.form == nil)
        #expect(m.message == StatusMessage(.venues(.series(.edited(count: 1)))))
        #expect(reloaded.contains(where: { if case .loadPage = $0 { true } else { false } }), "the grid is read again")
    }

    @Test func inASeriesTheFormAsksForTheScopeAndPreviewsEveryDateItChanges() {
        var m = Self.grid(series: 5)
        _ = update(&m, .keyPressed(.char("e")))
        #expect(m.form?.field(BookingField.scope)?.value == BookingEditScope.thisDate.rawValue)
        while m.form?.fields[m.form!.focus].key != BookingField.scope.name { Fixtures.press([.tab], &m) }
        let draft = Self.draft(series: 5)
        #expect(update(&m, .keyPressed(.right)) == [.venues(.assessEdit(draft, .fromThisDate))])
        let later = Fixtures.today.adding(days: 7)
        var moved = draft
        moved.start = Fixtures.at(17, 0, later); moved.end = Fixtures.at(19, 0, later)
        let clash = BookingConflict.overlaps(bookerName: "Fjell kor", start: CivilTime(hour: 18)!, end: CivilTime(hour: 20)!)
        _ = update(&m, .venues(.editAssessed(draft, .fromThisDate, .success([
            SeriesOccurrence(booking: draft, conflicts: [], isHoliday: false),
            SeriesOccurrence(booking: moved, conflicts: [clash], isHoliday: false),
        ]))))
        #expect(m.form?.notes == [
            FormNote(.venues(.series(.editSummary(count: 2, first: Fixtures.today, last: later))), isError: true),
            FormNote(.venues(.series(.occurrenceRefused(later, reason: clash))), isError: true),
        ])
        #expect(view(m, theme: .builtinDefault).text.contains("3.12.2026 stopper serien"))
        #expect(update(&m, .keyPressed(.ctrl("s"))) == [.venues(.editBookings(draft, .fromThisDate))])
        // Refused by the store: the form stays, says why and checks again.
        let again = update(&m, .venues(.bookingsEdited(.failure(.bookingRefused([clash])), .fromThisDate)))
        #expect(m.form?.saving == false)
        #expect(m.form?.formError == .venues(.takenMeanwhile))
        #expect(again.contains(.venues(.assessEdit(draft, .fromThisDate))))
    }

    @Test func rRepeatsASingleBookingFromItsOwnWeekdayAndRefusesABookingInASeries() {
        var inSeries = Self.grid(series: 5)
        #expect(update(&inSeries, .keyPressed(.char("r"))).isEmpty)
        #expect(inSeries.message == StatusMessage(.venues(.series(.alreadyInSeries)), isError: true))
        #expect(inSeries.form == nil)

        var m = Self.grid()
        let original = m.venues.grid.rows[0].bookings[0]
        #expect(update(&m, .keyPressed(.char("r"))).isEmpty)
        #expect(m.form?.purpose == .venues(.repeatBooking(original)))
        #expect(m.form?.value(SeriesField.weekdays) == "tor", "26 November 2026 is a Thursday")
        #expect(m.form?.fields[m.form!.focus].key == SeriesField.until.name)
        let series = WeeklySeries(firstDate: Fixtures.today, weekdays: [4], count: 6)
        #expect(Fixtures.type("6", &m).last == .venues(.assessSeries(original, series, .holidays)))
        let occurrences = Array(series.bookings(of: original).dropFirst()).map {
            SeriesOccurrence(booking: $0, conflicts: [], isHoliday: false)
        }
        _ = update(&m, .venues(.seriesAssessed(original, series, .holidays, .success(occurrences))))
        #expect(m.form?.notes.first == FormNote(.venues(.series(.repeating(original)))))
        #expect(m.form?.notes.dropFirst().first == FormNote(.venues(.series(.repeatSummary(total: 6, booked: 5, skipped: 0)))),
                "six times as typed: this booking and five new")
        #expect(update(&m, .keyPressed(.ctrl("s"))) == [.venues(.repeatBooking(1, series, .holidays))])
        _ = update(&m, .venues(.seriesBooked(.success(SeriesBooked(venueID: 1, booked: 5, skipped: 0)))))
        #expect(m.form == nil)
        #expect(m.message == StatusMessage(.venues(.series(.booked(count: 5, skipped: 0)))))
    }

    @Test func aRepeatWithoutWeekdaysIsMarkedAndNothingIsSaved() {
        var m = Self.grid()
        _ = update(&m, .keyPressed(.char("r")))
        #expect(update(&m, .keyPressed(.ctrl("s"))).isEmpty)
        #expect(m.form?.field(SeriesField.until)?.error == .fieldRequired, "until a date or a count is required")
        _ = Fixtures.type("4", &m)
        Fixtures.press([.backTab, .backTab], &m)
        _ = Self.retype("hver dag", &m)
        #expect(update(&m, .keyPressed(.ctrl("s"))).isEmpty)
        #expect(m.form?.field(SeriesField.weekdays)?.error == .venues(.series(.badWeekdays)))
        #expect(m.form?.saving == false)
    }

    @Test func aFreeCellHasNothingToChange() {
        var m = Self.grid()
        Fixtures.press([.right, .right, .right, .right], &m)
        #expect(update(&m, .keyPressed(.char("e"))).isEmpty)
        #expect(m.form == nil && m.message == StatusMessage(.nothingSelected, isError: true))
    }

    @Test func theFormsOnScreen() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = Self.grid(size: size, language: language, series: 5)
                _ = update(&m, .keyPressed(.char("e")))
                SnapshotTests.check("booking-edit-\(size.width)x\(size.height)-\(language.rawValue)", m)
                var r = Self.grid(size: size, language: language)
                _ = update(&r, .keyPressed(.char("r")))
                _ = Fixtures.type("18.02.2027", &r)
                SnapshotTests.check("booking-repeat-\(size.width)x\(size.height)-\(language.rawValue)", r)
            }
        }
    }
}
