import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The day view and agenda read their list a window at a time: the exact loads asked for as the selection moves.
@Suite struct CalendarWindowUpdateTests {
    static let day = Fixtures.today
    /// Item `i` of a day with `total` items, one a minute from 08:00 (list position = i).
    static func item(_ i: Int) -> Activity {
        let start = CivilDateTime(date: day, time: CivilTime(minutes: 8 * 60 + i)!)
        return Activity(id: RowID(i + 1), title: "Aktivitet \(i)", organiser: "Fjell IL", category: .idrett, audience: .barn,
                        kommunedelID: RowID(100 + i), venueID: nil, start: start, end: CivilDateTime(ordinal: start.ordinal + 30))
    }

    static func answer(_ m: inout Model, _ command: Command?, total: Int) -> [Command] {
        guard case .calendar(.load(let q))? = command, let w = q.window else { Issue.record("no window load: \(String(describing: command))"); return [] }
        let positions: [Int] = switch w.anchor {
        case .first: Array(0..<min(total, w.limit))
        case .after: Array(w.anchorPosition + 1..<min(total, w.anchorPosition + 1 + w.limit))
        case .before: Array(max(0, w.anchorPosition - w.limit)..<w.anchorPosition)
        case .last: Array(max(0, total - w.limit)..<total)
        }
        var slice = CalendarSlice(occurrences: positions.map(item), rules: [:], dayCounts: [day.dayNumber: total],
                                  atStart: positions.first == 0, atEnd: positions.last.map { $0 == total - 1 } ?? true)
        slice.firstPosition = positions.first
        return update(&m, .calendar(.loaded(q, slice)))
    }

    @Test func theDayViewReadsAWindowAndTheNextAsTheSelectionNearsItsEdge() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .calendar)
        m.calendar.day = Self.day
        let visible = m.paneLayout.table.height
        let commands = Fixtures.press([.char("d")], &m)
        let first = CalendarQuery(from: Self.day, through: Self.day, filter: CalendarFilter(),
                                  window: CalendarWindowRequest(anchor: .first, limit: 2 * visible, anchorPosition: -1))
        #expect(commands == [.calendar(.load(first))])
        #expect(Self.answer(&m, commands.first, total: 500).isEmpty)
        #expect(m.calendar.windowStart == 0 && m.calendar.occurrences.count == 2 * visible && m.calendar.listCount == 500)
        // Inside the window nothing is read; within `visible` of its end the next window is, kept a page behind
        // the selection (keyset: after a known item).
        var again: [Command] = [], presses = 0
        while again.isEmpty { again = Fixtures.press([.down], &m); presses += 1 }
        // A fresh list read two pages; a page from its end it reads three from the start (no item a page back yet).
        #expect(presses == visible && m.calendar.selected == visible)
        #expect(again == [.calendar(.load(CalendarQuery(from: Self.day, through: Self.day, filter: CalendarFilter(),
            window: CalendarWindowRequest(anchor: .first, limit: 3 * visible, anchorPosition: -1))))])
        #expect(Self.answer(&m, again.first, total: 500).isEmpty)
        again = []
        presses = 0
        while again.isEmpty { again = Fixtures.press([.down], &m); presses += 1 }
        #expect(presses == visible && m.calendar.selected == 2 * visible)
        let at = m.calendar.selected - visible - 1
        #expect(again == [.calendar(.load(CalendarQuery(from: Self.day, through: Self.day, filter: CalendarFilter(),
            window: CalendarWindowRequest(anchor: .after(Self.item(at).occurrenceKey), limit: 3 * visible, anchorPosition: at))))])
        #expect(Self.answer(&m, again.first, total: 500).isEmpty)
        #expect(m.calendar.windowStart == at + 1 && m.calendar.selectedOccurrence == Self.item(2 * visible))
        // Back up: a window before a known item.
        var up = [Command]()
        while up.isEmpty && m.calendar.selected > 0 { up = Fixtures.press([.up], &m) }
        guard case .calendar(.load(let back))? = up.first, case .before(let key)? = back.window?.anchor else {
            Issue.record("expected a window before a known item: \(up)"); return
        }
        #expect(key == Self.item(m.calendar.selected + visible + 1).occurrenceKey)
        #expect(Self.answer(&m, up.first, total: 500).isEmpty)
        #expect(m.calendar.selectedOccurrence == Self.item(m.calendar.selected))
        // G: the last window, read backwards from the end; the selection is the last item.
        let end = Fixtures.press([.char("G")], &m)
        var anchor: WindowAnchor?
        if case .calendar(.load(let q))? = end.first { anchor = q.window?.anchor }
        #expect(anchor == WindowAnchor.last)
        #expect(Self.answer(&m, end.first, total: 500).isEmpty)
        #expect(m.calendar.selected == 499 && m.calendar.selectedOccurrence == Self.item(499) && m.calendar.windowAtEnd)
        // The screen shows the selected item.
        #expect(view(m, theme: .builtinDefault).text.contains("Aktivitet 499"))
    }

    @Test func theClashSetIsComputedOnceWhenLoaded() {
        var m = Fixtures.model(size: Size(width: 120, height: 40), tab: .calendar)
        m.calendar.day = Self.day
        let load = Fixtures.press([.char("a")], &m).first
        guard case .calendar(.load(let q))? = load else { Issue.record("no load"); return }
        var a = Self.item(0), b = Self.item(10), c = Self.item(100)
        a.kommunedelID = 6; b.kommunedelID = 6; c.kommunedelID = 6   // a and b overlap; c is later
        _ = update(&m, .calendar(.loaded(q, CalendarSlice(occurrences: [a, b, c], rules: [:], dayCounts: [Self.day.dayNumber: 3]))))
        #expect(m.calendar.clashes.partners(of: 0) == [1] && m.calendar.clashes.partners(of: 1) == [0] && !m.calendar.clashes.clashes(2))
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.contains(" ! 08:00–08:30") && screen.contains(" ! 08:10–08:40") && !screen.contains("! 09:40"), "\(screen)")
    }

    @Test func aChangeReadsTheWindowAroundTheSelectionAgainNotTheTop() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .calendar)
        m.calendar.day = Self.day
        let visible = m.paneLayout.table.height
        _ = Self.answer(&m, Fixtures.press([.char("d")], &m).first, total: 500)
        for _ in 0..<(5 * visible) {
            if let c = Fixtures.press([.down], &m).first { _ = Self.answer(&m, c, total: 500) }
        }
        let selected = m.calendar.selected
        #expect(selected == 5 * visible && m.calendar.selectedOccurrence == Self.item(selected))
        // Cancelling the selected date: the store is asked, then the window around it is read again.
        let commands = update(&m, .calendar(.occurrenceCancelled(.success(Self.item(selected)))))
        // The loaded window starts a page above the selection, so it is read back from a page below it.
        #expect(m.calendar.windowStart == selected - visible)
        let at = selected + visible + 1
        #expect(commands == [.calendar(.load(CalendarQuery(from: Self.day, through: Self.day, filter: CalendarFilter(),
            window: CalendarWindowRequest(anchor: .before(Self.item(at).occurrenceKey), limit: 3 * visible, anchorPosition: at))))])
        #expect(Self.answer(&m, commands.first, total: 500).isEmpty)
        #expect(m.calendar.selected == selected && m.calendar.selectedOccurrence == Self.item(selected) && !m.calendar.stale)
    }

    @Test func theWeekDrawsEachCellsFirstWithTheStoredCountOfTheRest() {
        var m = Fixtures.model(size: Size(width: 120, height: 40), tab: .calendar)
        m.calendar.day = Self.day
        m.calendar.loadedQuery = nil   // not the fixtures' whole range: the week as the runner reads it
        let load = Fixtures.press([.char("w")], &m).first
        guard case .calendar(.load(let q))? = load, let slots = q.slots else { Issue.record("no week load: \(String(describing: load))"); return }
        #expect(slots == WeekSlots(height: m.paneLayout.table.height))
        // Thursday: the 18:00 cell's first of 143, and an all-day item with two more.
        var evening = Self.item(0)
        evening.title = "Åpen hall"
        evening.start = CivilDateTime(date: Self.day, time: CivilTime(hour: 18)!)
        evening.end = CivilDateTime(date: Self.day, time: CivilTime(hour: 20)!)
        var allDay = Self.item(1)
        allDay.title = "Julemarked"
        allDay.allDay = true
        allDay.start = CivilDateTime(date: Self.day, time: .midnight)
        allDay.end = CivilDateTime(date: Self.day.adding(days: 1), time: .midnight)
        let cells = [slots.cell(of: evening): 143, slots.cell(of: allDay): 3]
        _ = update(&m, .calendar(.loaded(q, CalendarSlice(occurrences: [allDay, evening], rules: [:], dayCounts: [Self.day.dayNumber: 146],
                                                           cellCounts: cells))))
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.components(separatedBy: "\n").contains { $0.hasPrefix("18:00") && $0.contains("Åpen +142") }, "\(screen)")
        #expect(screen.contains("Julemar+2"), "\(screen)")
        #expect(screen.contains("146 aktiviteter"), "\(screen)")
        // ↓ moves from the all-day item to the evening cell's.
        Fixtures.press([.down], &m)
        #expect(m.calendar.selectedOccurrence?.title == "Åpen hall")
    }
}
