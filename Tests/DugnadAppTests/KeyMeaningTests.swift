import Testing
import TerminalKit
@testable import DugnadApp

/// Issue 12 item 4: in every pane's main screens a key does the same kind of thing.
@Suite struct KeyMeaningTests {
    /// The screens a user lands on from the tab bar (sub-screens keep their own short vocabularies).
    static let mainContexts: [KeyContext] = [.calendar, .calendarMonth, .calendarDay, .venueGrid, .venueWeek, .directory,
                                             .grantsInbox, .volunteerTriage, .volunteerLists, .volunteerRequestList]

    /// Each shared key and the one kind of thing it may do.
    static let meanings: [(Key, Set<Action>)] = [
        (.char("["), [.previousDay, .previousWeek, .previousMonth, .previousYear]),
        (.char("]"), [.nextDay, .nextWeek, .nextMonth, .nextYear]),
        (.pageUp, [.previousDay, .previousWeek, .previousMonth, .pageUp]),
        (.pageDown, [.nextDay, .nextWeek, .nextMonth, .pageDown]),
        (.char("{"), [.previousWeek, .previousMonth]),
        (.char("}"), [.nextWeek, .nextMonth]),
        (.char("/"), [.search]),
        (.char("f"), [.filterCalendar, .filterVenues]),
        (.char("g"), [.goToDate, .first]),
        (.char("n"), [.newOrganisation, .newActivity, .registerVolunteer, .newRequest]),
        (.char("e"), [.editOrganisation, .editActivity, .editBooking, .editRequest]),
        (.char("x"), [.cancelOccurrence, .cancelBooking]),
        (.char("s"), [.cycleSort]),
        (.char("a"), [.calendarAgenda]),
        (.char("d"), [.calendarDay]),
        (.char("u"), [.undoCancel, .undoBulk]),
        (.char("E"), [.editVenue]),
        (.char("-"), [.rejectRequest]),
        (.char("+"), [.approveRequest]),
    ]

    @Test(arguments: meanings.indices)
    func aKeyHasOneMeaningInEveryMainScreen(_ index: Int) {
        let (key, allowed) = Self.meanings[index]
        for context in Self.mainContexts {
            guard let action = KeyMap.action(for: key, in: context) else { continue }
            #expect(allowed.contains(action), "\(KeyMap.name(of: key)) is \(action) in \(context)")
        }
    }

    @Test func theCalendarStepsByThePeriodItShows() {
        #expect(KeyMap.action(for: .char("["), in: .calendarMonth) == .previousMonth)
        #expect(KeyMap.action(for: .pageDown, in: .calendarMonth) == .nextMonth)
        #expect(KeyMap.action(for: .char("["), in: .calendar) == .previousWeek)
        #expect(KeyMap.action(for: .char("]"), in: .calendarDay) == .nextDay)
        #expect(KeyMap.action(for: .char("}"), in: .calendarDay) == .nextWeek)
        #expect(KeyMap.action(for: .char("["), in: .venueGrid) == .previousDay)
        #expect(KeyMap.action(for: .char("["), in: .venueWeek) == .previousWeek)
    }

    @Test func theMonthViewsHintLineNamesItsStep() {
        var m = Fixtures.model(size: Size(width: 120, height: 40), tab: .calendar)
        Fixtures.press([.char("m")], &m)
        #expect(m.keyContext == .calendarMonth)
        let last = view(m, theme: .builtinDefault).text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("[ ] forrige/neste måned"), "\(last)")
        Fixtures.press([.char("]")], &m)
        #expect(m.calendar.day == Fixtures.today.adding(months: 1))
    }

    @Test func thePaletteListsWhatWorksHereFirstAndNamesOtherTabs() {
        var m = Fixtures.model(size: Size(width: 120, height: 40), tab: .venues)
        Fixtures.press([.char(":")], &m)
        guard case .palette(let state) = m.overlay else { Issue.record("palette not open"); return }
        let entries = paletteEntries(state, language: .nb, context: m.paneKeyContext)
        // Empty query: the Venues grid's own commands first, with their keys here.
        let firstOther = entries.firstIndex { $0.tab != nil } ?? entries.count
        #expect(entries.prefix(firstOther).contains { $0.action == .quickBook && $0.keys == "b" })
        #expect(entries.prefix(firstOther).contains { $0.action == .previousDay && $0.keys == "[ PgUp" })
        #expect(!entries.prefix(firstOther).contains { $0.action == .calendarAgenda })
        #expect(entries.contains { $0.action == .exportCalendar && $0.tab == .calendar && $0.keys == "Ctrl-E" })
        let text = view(m, theme: .builtinDefault).text
        #expect(text.contains("book et rom"), "\(text)")
        // A command of another tab: named with its tab, and run there.
        _ = Fixtures.type("agenda", &m)
        #expect(view(m, theme: .builtinDefault).text.contains("Kalender · a"), "\(view(m, theme: .builtinDefault).text)")
        Fixtures.press([.enter], &m)
        #expect(m.tab == .calendar && m.calendar.mode == .agenda)
    }
}
