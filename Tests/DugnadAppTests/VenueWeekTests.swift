import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct VenueWeekTests {
    static let monday = Fixtures.today.startOfWeek   // 23.11.2026; today is Thursday 26.11.

    /// Storsalen's week: today's booking 17–19 and one on Friday 10–12, closed Sunday.
    static var week: [VenueDay] {
        let friday = Booking(id: 7, venueID: 1, start: Fixtures.at(10, 0, monday.adding(days: 4)),
                             end: Fixtures.at(12, 0, monday.adding(days: 4)), bookerName: "Fjell Skolekorps", purpose: "Øving", attendees: 30)
        let closure = Closure(venueID: 1, startsOn: monday.adding(days: 6), endsOn: monday.adding(days: 6), reason: "Maling")
        return VenueDay.week(of: Fixtures.storsalen, from: monday, bookings: [Fixtures.bookings[0], friday], closures: [closure])
    }

    static func weekModel(size: Size = Size(width: 80, height: 24), language: Language = .nb) -> Model {
        var m = VenuesUpdateTests.gridModel(size: size, language: language)
        _ = update(&m, .keyPressed(.char("w")))
        _ = update(&m, .venues(.weekLoaded(1, monday, .success(week))))
        return m
    }

    @Test func wOpensTheWeekOfTheVenueUnderTheCursorAndReadsItOnce() {
        var m = VenuesUpdateTests.gridModel()
        let commands = update(&m, .keyPressed(.char("w")))
        #expect(commands == [.venues(.loadWeek(Fixtures.storsalen, monday: Self.monday))])
        #expect(m.keyContext == .venueWeek)
        #expect(m.venues.week?.row == 3 && m.venues.week?.days == [])
        // A late answer for another venue or week is dropped.
        _ = update(&m, .venues(.weekLoaded(2, Self.monday, .success(Self.week))))
        _ = update(&m, .venues(.weekLoaded(1, Self.monday.adding(days: 7), .success(Self.week))))
        #expect(m.venues.week?.days == [])
        _ = update(&m, .venues(.weekLoaded(1, Self.monday, .success(Self.week))))
        #expect(m.venues.week?.days == Self.week)
    }

    @Test func cursorMovesByCellWeeksPageAndWReturnsToTheDayUnderTheCursor() {
        var m = Self.weekModel()
        Fixtures.press([.char("j"), .char("l"), .right], &m)
        #expect(m.venues.week?.row == 4 && m.venues.column == 38)
        Fixtures.press(Array(repeating: .down, count: 5), &m)
        #expect(m.venues.week?.row == 6, "the cursor stops at Sunday")
        var commands = update(&m, .keyPressed(.char("]")))
        #expect(commands == [.venues(.loadWeek(Fixtures.storsalen, monday: Self.monday.adding(days: 7)))])
        #expect(m.venues.week?.row == 6 && m.venues.week?.days == [])
        commands = update(&m, .keyPressed(.char("[")))
        #expect(commands == [.venues(.loadWeek(Fixtures.storsalen, monday: Self.monday))])
        _ = update(&m, .venues(.weekLoaded(1, Self.monday, .success(Self.week))))
        Fixtures.press([.up], &m)                                   // Saturday 28.11.
        commands = update(&m, .keyPressed(.char("w")))
        #expect(m.venues.week == nil && m.keyContext == .venueGrid)
        #expect(m.venues.day == Self.monday.adding(days: 5) && m.venues.column == 38)
        #expect(m.venues.grid.window.cursor.selected == 0, "the same venue")
        #expect(commands == [.venues(.loadDay(Self.monday.adding(days: 5), m.venues.grid.rows.map(\.venue)))])
        // Esc clears a selection first, then leaves.
        Fixtures.press([.char("w")], &m)
        Fixtures.press([.char("v"), .right, .escape], &m)
        #expect(m.venues.week != nil && m.venues.anchor == nil)
        Fixtures.press([.escape], &m)
        #expect(m.venues.week == nil)
    }

    @Test func enterBooksFromTheWeekWithTheSameFormAndTheWeekIsReadAgain() throws {
        var m = Self.weekModel()
        #expect(update(&m, .keyPressed(.enter)).isEmpty)            // Thursday 18:00 is booked
        #expect(m.message == StatusMessage(.venues(.cellNotFree), isError: true))
        Fixtures.press([.down, .char("v"), .right, .right, .right], &m)   // Friday 18:00–20:00
        let commands = update(&m, .keyPressed(.enter))
        let form = try #require(m.form)
        let friday = Self.monday.adding(days: 4)
        #expect(form.purpose == .venues(.booking(venueID: 1)))
        #expect(form.value(BookingField.date) == "27.11.2026" && form.value(BookingField.from) == "18:00" && form.value(BookingField.to) == "20:00")
        let draft = Booking(venueID: 1, start: Fixtures.at(18, 0, friday), end: Fixtures.at(20, 0, friday),
                            bookerName: "", purpose: "", attendees: 0)
        #expect(commands == [.venues(.assess(draft))])
        var saved = draft
        saved.id = 99
        let after = update(&m, .venues(.booked(.success(saved))))
        #expect(m.form == nil && m.venues.week != nil)
        #expect(after.contains(.venues(.loadWeek(Fixtures.storsalen, monday: Self.monday))))
    }

    @Test func hintsHelpAndPaletteKnowTheWeekKeys() {
        let m = Self.weekModel(size: Size(width: 120, height: 40), language: .en)
        #expect(KeyMap.action(for: .char("w"), in: .venueGrid) == .venueWeek)
        #expect(KeyMap.reachable(in: .venueWeek).contains { $0.action == .nextWeek && $0.keys.contains(.char("]")) })
        #expect(view(m, theme: .builtinDefault).text.contains("w week ↔ day"))
    }
}

@Suite struct VenueWeekSnapshotTests {
    @Test func weekOfOneVenue() {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = VenueWeekTests.weekModel(size: size, language: language)
                Fixtures.press([.down, .char("v"), .right, .right], &m)
                SnapshotTests.check("venues-week-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
    }
}
