import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// Another terminal committed (`.databaseChanged`, sent by the change
/// watcher): every view on screen asks for its data again, by construction of
/// the pane interface, and the views out of sight are read when shown.
@Suite struct OutsideChangeTests {
    static func gridRead(_ m: Model) -> Command {
        .loadPage(ListRequest(source: .venueGrid(day: m.venues.day, filter: m.venues.effectiveFilter), offset: 0,
                              limit: m.paneLayout.visibleRows * ListWindow.pagesPerFirstWindow))
    }

    @Test func theVenueGridIsReadAgainKeepingTheCursor() {
        var m = VenuesUpdateTests.gridModel()
        Fixtures.press([.char("j")], &m)
        let commands = update(&m, .databaseChanged)
        #expect(commands.contains { if case .loadPage(let r) = $0 { r.source == .venueGrid(day: Fixtures.today, filter: VenueFilter()) } else { false } })
        #expect(m.venues.grid.window.cursor.selected == 1, "the cursor stays on its venue")
    }

    @Test func theWeekOfAVenueIsReadAgain() {
        var m = VenueWeekTests.weekModel()
        let commands = update(&m, .databaseChanged)
        #expect(commands.contains(.venues(.loadWeek(Fixtures.storsalen, monday: VenueWeekTests.monday))))
    }

    @Test func theApprovalQueueIsReadAgain() {
        var m = VenuesUpdateTests.gridModel()
        _ = update(&m, .keyPressed(.char("A")))
        _ = update(&m, .venues(.requestsLoaded(.success(ApprovalQueueTests.requests))))
        #expect(update(&m, .databaseChanged).contains(.venues(.loadRequests)))
    }

    @Test func theFreeSlotsAreSearchedAgain() {
        var m = FreeSlotTests.listModel()
        #expect(update(&m, .databaseChanged).contains(.venues(.findFreeSlots(FreeSlotTests.query))))
    }

    @Test func freeSlotsOverTheWeekReadBoth() {
        var m = VenueWeekTests.weekModel()
        m.venues.freeSlots = FreeSlotListState(query: FreeSlotTests.query)   // as the palette's "find a free slot" opens it
        #expect(m.keyContext == .freeSlots && m.venues.screens.count == 2)
        let commands = update(&m, .databaseChanged)
        #expect(commands.contains(.venues(.loadWeek(Fixtures.storsalen, monday: VenueWeekTests.monday))))
        #expect(commands.contains(.venues(.findFreeSlots(FreeSlotTests.query))))
    }

    @Test func theClosureListIsReadAgain() {
        var m = VenuesUpdateTests.gridModel()
        _ = update(&m, .keyPressed(.char("c")))
        #expect(m.keyContext == .closureList)
        #expect(update(&m, .databaseChanged).contains(.venueAdmin(.loadClosures)))
    }

    @Test func theCalendarViewShownIsReadAgain() {
        var m = Fixtures.model(tab: .calendar)
        let commands = update(&m, .databaseChanged)
        #expect(commands.contains { if case .calendar(.load) = $0 { true } else { false } })
    }

    @Test func theOrganisationDetailIsReadAgain() {
        var m = Fixtures.model(tab: .directory)
        m.directory.detail = OrganisationDetail(organisationID: 4, history: [], agreements: [])
        let commands = update(&m, .databaseChanged)
        #expect(commands.contains(.directory(.loadOrganisationDetail(4))))
    }

    /// A pane out of sight asks for nothing now, and reads when it is shown.
    @Test func panesOutOfSightReadWhenShown() {
        var m = Fixtures.model(tab: .directory)
        let commands = update(&m, .databaseChanged)
        #expect(!commands.contains { if case .venues = $0 { true } else { false } })
        #expect(!commands.contains { if case .calendar = $0 { true } else { false } })
        let shown = update(&m, .keyPressed(.char("2")))
        #expect(shown.contains { if case .loadPage(let r) = $0 { if case .venueGrid = r.source { true } else { false } } else { false } })
        let calendar = update(&m, .keyPressed(.char("1")))
        #expect(calendar.contains { if case .calendar(.load) = $0 { true } else { false } })
    }

    /// Lookup names and the staff member's role are read again too (a colleague may have changed them).
    @Test func namesAndRolesAreReadAgain() {
        var m = Fixtures.model()
        let commands = update(&m, .databaseChanged)
        #expect(commands.prefix(2) == [.loadLookup, .reloadStaff])
    }
}

/// The date is a message: at midnight today moves on while the app runs
/// (the terminal's clock tick sends `.dateChanged`; here the clock is the test).
@Suite struct DateChangeTests {
    @Test func midnightMovesTodayAndTheViewsLeftOnToday() {
        var m = VenuesUpdateTests.gridModel(size: Size(width: 120, height: 40))
        m.calendar.day = Fixtures.today
        let tomorrow = Fixtures.today.adding(days: 1)
        let commands = update(&m, .dateChanged(tomorrow))
        #expect(m.today == tomorrow)
        #expect(m.venues.day == tomorrow && m.calendar.day == tomorrow, "a view left on today follows it")
        #expect(commands.contains { if case .loadPage(let r) = $0 { r.source == .venueGrid(day: tomorrow, filter: VenueFilter()) } else { false } })
        #expect(view(m, theme: .builtinDefault).text.contains(tomorrow.norwegian))
    }

    @Test func aViewOnAnotherDayStaysThere() {
        var m = VenuesUpdateTests.gridModel()
        Fixtures.press([.char("]"), .char("]")], &m)
        let shown = m.venues.day
        _ = update(&m, .dateChanged(Fixtures.today.adding(days: 1)))
        #expect(m.venues.day == shown)
        // `t` goes to the new today.
        Fixtures.press([.char("t")], &m)
        #expect(m.venues.day == Fixtures.today.adding(days: 1))
    }

    @Test func theSameDateChangesNothing() {
        var m = VenuesUpdateTests.gridModel()
        #expect(update(&m, .dateChanged(Fixtures.today)).isEmpty)
    }
}
