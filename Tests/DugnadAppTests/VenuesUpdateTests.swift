import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct VenuesUpdateTests {
    static func gridModel(size: Size = Size(width: 80, height: 24), language: Language = .nb) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: .venues)
        m.venues.organisations = [OrganisationChoice(id: 4, name: "Konnerud IL", registered: true)]
        return m
    }

    @Test func cursorMovesByCellAndDayPagingKeepsTheVenue() {
        var m = Self.gridModel()
        #expect(m.keyContext == .venueGrid)
        Fixtures.press([.char("j"), .char("l"), .right], &m)
        #expect(m.venues.grid.window.cursor.selected == 1)
        #expect(m.venues.column == 38)
        let commands = update(&m, .keyPressed(.char("]")))
        #expect(m.venues.day == Fixtures.today.adding(days: 1))
        #expect(m.venues.grid.window.cursor.selected == 1, "the venue under the cursor stays")
        // The venue rows stay; only the new day's bookings of those venues are read.
        let tomorrow = Fixtures.today.adding(days: 1)
        #expect(commands == [.venues(.loadDay(tomorrow, m.venues.grid.rows.map(\.venue)))])
        #expect(m.venues.grid.window.loaded)
        #expect(!view(m, theme: .builtinDefault).text.contains("[Konnerud"), "no stale bookings under the new day")
        let rows = m.venues.grid.rows.map { VenueDay(venue: $0.venue, date: tomorrow) }
        _ = update(&m, .venues(.dayLoaded(tomorrow, .success(rows))))
        #expect(m.venues.grid.rows == rows)
        // A late answer for a day no longer shown is dropped.
        Fixtures.press([.pageUp, .char("t")], &m)
        #expect(m.venues.day == Fixtures.today)
        let late = rows.map { VenueDay(venue: $0.venue, date: tomorrow, closures: [Closure(venueID: $0.id, startsOn: tomorrow, endsOn: tomorrow, reason: "x")]) }
        _ = update(&m, .venues(.dayLoaded(tomorrow, .success(late))))
        #expect(m.venues.grid.rows == rows)
    }

    @Test func aNewDayReadsTheBookingsOfTheRowsInViewOnlyHoweverFarTheGridWasScrolled() {
        var m = Self.gridModel()
        let visible = m.paneLayout.visibleRows
        let venues = (1...400).map { VenueDay(venue: Venue(id: RowID($0), name: "Rom \($0)", kind: .moterom, kommunedelID: 6,
                                                           capacity: 10), date: Fixtures.today) }
        m.venues.grid.window.cursor = ListState(selected: 150, offset: 140)
        m.venues.grid.receive(total: venues.count, offset: 120, rows: Array(venues[120..<(120 + visible * 5)]), visible: visible)
        #expect(m.venues.grid.rows.count == visible * 5)
        let commands = update(&m, .keyPressed(.char("]")))
        guard case .venues(.loadDay(let day, let read))? = commands.first, commands.count == 1 else {
            Issue.record("expected one loadDay, got \(commands.count) commands")
            return
        }
        #expect(day == Fixtures.today.adding(days: 1))
        #expect(read.map(\.id) == (141...(140 + visible * ListWindow.pagesPerFirstWindow)).map { RowID($0) },
                "the visible page and one more, not the \(visible * 5) rows loaded")
        #expect(m.venues.grid.selectedRow?.id == 151, "the venue under the cursor stays")
        #expect(m.venues.grid.window.windowStart == 140)
    }

    @Test func dayPagingReadsTheWholeWindowWhenRowsAreMissing() {
        var m = Self.gridModel()
        m.venues.grid = PagedList()
        let commands = update(&m, .keyPressed(.char("]")))
        let visible = m.paneLayout.visibleRows
        #expect(commands == [.loadPage(ListRequest(source: .venueGrid(day: Fixtures.today.adding(days: 1), filter: VenueFilter()),
                                                   offset: 0, limit: visible * ListWindow.pagesPerFirstWindow))])
    }

    @Test func wideDaysScrollToKeepTheCursorInView() {
        var m = Self.gridModel()
        let visible = VenueGridGeometry(table: m.paneLayout.table).visibleColumns
        Fixtures.press(Array(repeating: .right, count: 20), &m)
        #expect(m.venues.column == 47)
        #expect(m.venues.scrollColumn == 48 - visible)
        Fixtures.press(Array(repeating: .char("h"), count: 47), &m)
        #expect(m.venues.column == 0 && m.venues.scrollColumn == 0)
    }

    @Test func goToDateTypedTheNorwegianWay() {
        var m = Self.gridModel()
        Fixtures.press([.char("g")], &m)
        #expect(m.venues.dateInput != nil)
        _ = Fixtures.type("17.5", &m)
        let commands = update(&m, .keyPressed(.enter))
        #expect(m.venues.day == CivilDate(year: 2027, month: 5, day: 17)! || m.venues.day == CivilDate(year: 2026, month: 5, day: 17)!)
        #expect(commands.count == 1)
        Fixtures.press([.char("g")], &m)
        _ = Fixtures.type("32.13", &m)
        #expect(update(&m, .keyPressed(.enter)).isEmpty)
        #expect(m.message == StatusMessage(.badDate, isError: true))
    }

    @Test func selectingARangeAndEnterOpensAPrefilledFormThatAssessesTheDraft() throws {
        var m = Self.gridModel()
        // Storsalen (row 0) is booked 17–19; 19:00–21:00 is free.
        Fixtures.press([.right, .right], &m)                    // 19:00
        Fixtures.press([.char("v"), .right, .right, .right], &m) // through 20:30
        #expect(m.venues.selection == 38...41)
        let commands = update(&m, .keyPressed(.enter))
        let form = try #require(m.form)
        #expect(form.purpose == .venues(.booking(venueID: 1)))
        #expect(form.value(BookingField.date) == "26.11.2026" && form.value(BookingField.from) == "19:00" && form.value(BookingField.to) == "21:00")
        let draft = Booking(venueID: 1, start: Fixtures.at(19), end: Fixtures.at(21), bookerName: "", purpose: "", attendees: 0)
        #expect(commands == [.venues(.assess(draft))])
        // The store's answer shows as price and conflicts under the fields.
        _ = update(&m, .venues(.bookingAssessed(draft, .success(BookingCheck(
            conflicts: [.overCapacity(capacity: 80)], price: Money(ore: 125_000), status: .confirmed)))))
        #expect(m.form?.notes == [FormNote(.venues(.price(Money(ore: 125_000)))),
                                  FormNote(.venues(.conflict(.overCapacity(capacity: 80))), isError: true)])
        #expect(view(m, theme: .builtinDefault).text.contains("Pris: kr 1 250,00"))
    }

    @Test func savingSendsOneBookCommandAndALostRaceSaysSoAndRefreshes() throws {
        var m = Self.gridModel()
        Fixtures.press([.right, .right, .enter], &m)   // 19:00, one free cell
        _ = Fixtures.type("konn", &m)
        Fixtures.press([.enter, .tab, .tab, .tab], &m)
        _ = Fixtures.type("Styremøte", &m)
        Fixtures.press([.tab], &m)
        _ = Fixtures.type("12", &m)
        let commands = update(&m, .keyPressed(.ctrl("s")))
        let expected = Booking(venueID: 1, start: Fixtures.at(19), end: Fixtures.at(19, 30), organisationID: 4,
                               bookerName: "Konnerud IL", purpose: "Styremøte", attendees: 12)
        #expect(commands == [.venues(.book(expected))])
        #expect(m.form?.saving == true)
        let after = update(&m, .venues(.booked(.failure(.bookingOverlap))))
        #expect(m.form?.formError == .venues(.takenMeanwhile))
        #expect(after.contains { if case .loadPage = $0 { true } else { false } }, "the grid is read again")
        #expect(after.contains(.venues(.assess(expected))))
        var saved = expected
        saved.id = 99
        _ = update(&m, .venues(.booked(.success(saved))))
        #expect(m.form == nil)
        #expect(m.message == StatusMessage(.frontDesk(.booked(venue: "Storsalen, Knutepunkt Fjell", saved))))
    }

    @Test func enterOnABookedCellExplainsAndReadOnlyUsersCannotBook() {
        var m = Self.gridModel()
        #expect(update(&m, .keyPressed(.enter)).isEmpty)   // 18:00 in Storsalen is booked
        #expect(m.message == StatusMessage(.venues(.cellNotFree), isError: true))
        var r = Fixtures.model(tab: .venues, staff: nil)
        Fixtures.press([.right, .right], &r)
        #expect(update(&r, .keyPressed(.enter)).isEmpty)
        #expect(r.form == nil)
        #expect(r.message == StatusMessage(.notStaff(user: "kari"), isError: true))
    }

    @Test func filterDialogNarrowsTheGrid() {
        var m = Self.gridModel()
        Fixtures.press([.char("f"), .tab, .tab, .tab], &m)
        _ = Fixtures.type("20", &m)
        let commands = update(&m, .keyPressed(.ctrl("s")))
        #expect(m.venues.filter.minimumCapacity == 20)
        #expect(m.form == nil)
        #expect(commands == [.loadPage(ListRequest(source: .venueGrid(day: Fixtures.today, filter: VenueFilter(minimumCapacity: 20)),
                                                   offset: 0, limit: m.paneLayout.visibleRows * ListWindow.pagesPerFirstWindow))])
    }
}
