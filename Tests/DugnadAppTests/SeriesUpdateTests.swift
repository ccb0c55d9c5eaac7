import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct SeriesUpdateTests {
    /// The booking form at 19:00 in Storsalen, filled in up to the repeat section.
    static func formAtRepeat() -> Model {
        var m = VenuesUpdateTests.gridModel(size: Size(width: 120, height: 40))
        Fixtures.press([.right, .right, .enter], &m)
        _ = Fixtures.type("konn", &m)
        Fixtures.press([.enter, .tab, .tab, .tab], &m)
        _ = Fixtures.type("Korøvelse", &m)
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("30", &m)
        Fixtures.press([.tab, .tab], &m)   // past "public" to "repeat"
        return m
    }

    static let template = Booking(venueID: 1, start: Fixtures.at(19), end: Fixtures.at(19, 30), organisationID: 4,
                                  bookerName: "Konnerud IL", purpose: "Korøvelse", attendees: 30)

    @Test func weekdaysParseInBothLanguagesAndDigits() {
        #expect(SeriesInput.weekdays("ti to") == [2, 4])
        #expect(SeriesInput.weekdays("man, ons") == [1, 3])
        #expect(SeriesInput.weekdays("tue thu") == [2, 4])
        #expect(SeriesInput.weekdays("1 5") == [1, 5])
        #expect(SeriesInput.weekdays("lørdag") == [6])
        #expect(SeriesInput.weekdays("xyz") == nil)
    }

    @Test func typingARepeatPreviewsTheSeriesAndSavingBooksItInOneCommand() throws {
        var m = Self.formAtRepeat()
        #expect(m.form?.fields[m.form!.focus].key == "repeat")
        _ = Fixtures.type("to", &m)
        Fixtures.press([.tab, .tab], &m)
        let typed = Fixtures.type("4", &m)
        let series = WeeklySeries(firstDate: Fixtures.today, weekdays: [4], count: 4)
        #expect(typed.last == .venues(.assessSeries(Self.template, series, .holidays)))
        // The preview lists every date: free ones, and the one that stops the series.
        let days = series.dates()
        var occurrences = series.bookings(of: Self.template).map { SeriesOccurrence(booking: $0, conflicts: [], isHoliday: false) }
        occurrences[2].conflicts = [.overlaps(bookerName: "Fjell kor", start: CivilTime(hour: 18)!, end: CivilTime(hour: 20)!)]
        _ = update(&m, .venues(.seriesAssessed(Self.template, series, .holidays, .success(occurrences))))
        #expect(m.form?.notes == [
            FormNote(.venues(.series(.summary(total: 4, booked: 3, skipped: 0))), isError: true),
            FormNote(.venues(.series(.occurrenceRefused(days[2], reason: .overlaps(bookerName: "Fjell kor", start: CivilTime(hour: 18)!, end: CivilTime(hour: 20)!)))), isError: true),
            FormNote(.venues(.series(.occurrenceFree([days[0], days[1], days[3]])))),
        ])
        #expect(view(m, theme: .builtinDefault).text.contains("10.12.2026 stopper serien"))
        // Skipping conflicts too re-reads the preview; saving books the series.
        Fixtures.press([.tab], &m)
        let cycled = update(&m, .keyPressed(.right))
        #expect(cycled == [.venues(.assessSeries(Self.template, series, .conflicts))])
        #expect(update(&m, .keyPressed(.ctrl("s"))) == [.venues(.bookSeries(Self.template, series, .conflicts))])
        _ = update(&m, .venues(.seriesBooked(.success(SeriesBooked(venueID: 1, booked: 3, skipped: 1)))))
        #expect(m.form == nil)
        #expect(m.message == StatusMessage(.venues(.series(.booked(count: 3, skipped: 1)))))
    }

    @Test func aWrongRepeatIsMarkedAndNothingIsSaved() {
        var m = Self.formAtRepeat()
        _ = Fixtures.type("hver dag", &m)
        #expect(update(&m, .keyPressed(.ctrl("s"))).isEmpty)
        #expect(m.form?.fields.first { $0.key == "repeat" }?.error == .venues(.series(.badWeekdays)))
    }
}

@Suite struct CancelFromGridTests {
    @Test func xCancelsTheBookingUnderTheCursorAndXTheRestOfItsSeriesAfterAsking() {
        var m = VenuesUpdateTests.gridModel()
        // 18:00 in Storsalen is booked (not in a series).
        #expect(update(&m, .keyPressed(.char("X"))).isEmpty)
        #expect(m.message == StatusMessage(.venues(.series(.notInSeries)), isError: true))
        let id = m.venues.grid.rows[0].bookings[0].id
        _ = update(&m, .keyPressed(.char("x")))
        guard case .confirm(.venues(.cancelBooking(let named)), yes: false)? = m.overlay else {
            Issue.record("no cancel question: \(String(describing: m.overlay))"); return
        }
        #expect(named.id == id && named.venueName == "Storsalen")
        // No letter answers it (j is also "down"); Enter on the highlighted "no" does nothing.
        #expect(Fixtures.press([.char("j"), .char("y")], &m).isEmpty && m.overlay != nil)
        _ = update(&m, .keyPressed(.right))
        #expect(update(&m, .keyPressed(.enter)) == [.venues(.cancelBooking(id))])
        _ = update(&m, .venues(.cancelled(.success(1), rest: false)))
        #expect(m.message == StatusMessage(.frontDesk(.cancelledOne(named))))
        // u right after gives it back.
        #expect(update(&m, .keyPressed(.char("u"))) == [.venues(.restoreBooking(id))])
        // In a series, X asks about the rest of it from that date on.
        m.venues.grid.rows[0].bookings[0].seriesID = 5
        _ = update(&m, .keyPressed(.char("X")))
        guard case .confirm(.venues(.cancelSeries(let rest)), _)? = m.overlay else {
            Issue.record("no series question"); return
        }
        #expect(rest.booking.seriesID == 5 && rest.booking.start.date == Fixtures.today)
        #expect(update(&m, .keyPressed(.escape)).isEmpty && m.overlay == nil)
        // A free cell has nothing to cancel.
        Fixtures.press([.right, .right, .right, .right], &m)
        _ = update(&m, .keyPressed(.char("x")))
        #expect(m.overlay == nil && m.message == StatusMessage(.nothingSelected, isError: true))
    }
}
