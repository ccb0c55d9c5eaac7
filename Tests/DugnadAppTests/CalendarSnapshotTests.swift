import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// Month, week and agenda at both sizes in both languages (Snapshots/calendar-*).
@Suite struct CalendarSnapshotTests {
    @Test(arguments: [CalendarViewMode.month, .week, .agenda, .day])
    func everyViewAtBothSizesInBothLanguages(_ mode: CalendarViewMode) {
        for size in SnapshotTests.sizes {
            for language in Language.allCases {
                var m = Fixtures.model(size: size, language: language, tab: .calendar)
                m.calendar.mode = mode
                // December shows Christmas; the week of 21.12 has two holidays and a cancelled Thursday.
                m.calendar.day = mode == .agenda || mode == .day ? Fixtures.today : CivilDate(iso: "2026-12-24")!
                SnapshotTests.check("calendar-\(mode.rawValue)-\(size.width)x\(size.height)-\(language.rawValue)", m)
            }
        }
    }

    @Test func filteredWeekShowsTheFilterInTheHeader() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .calendar)
        m.calendar.filter = CalendarFilter(kommunedelIDs: [6], audiences: [.seniorer])
        Fixtures.fillCalendar(&m)
        m.calendar.loadedQuery = CalendarQuery(from: CivilDate(iso: "2026-10-01")!, through: CivilDate(iso: "2027-01-31")!,
                                               filter: m.calendar.filter)
        m.calendar.occurrences = m.calendar.occurrences.filter(m.calendar.filter.matches)
        let text = view(m, theme: .builtinDefault).text
        #expect(text.contains("Filter: Fjell/Danvik, seniorer"))
        #expect(text.contains("Strikkekafé") && !text.contains("Leksehjelp"))
    }
}
