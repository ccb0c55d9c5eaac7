import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// Issue 12 item 8: the week view readable. Cells give their room to the title, rows are labelled with their
/// own start, the agenda names the venue, and `?` explains every mark the calendar draws.
@Suite struct CalendarWeekReadingTests {
    /// Week 52 (21.–27.12.2026) with the fixtures plus an early (07:30) and an off-row (10:45) activity.
    static func week(_ size: Size, _ language: Language = .nb) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: .calendar)
        func at(_ day: String, _ h: Int, _ min: Int) -> CivilDateTime {
            CivilDateTime(date: CivilDate(iso: day)!, time: CivilTime(hour: h, minute: min)!)
        }
        let extra = [
            Activity(id: 91, title: "Morgentrim", organiser: "Fjell frivilligsentral", category: .idrett, audience: .seniorer,
                     kommunedelID: 6, venueID: 1, start: at("2026-12-21", 7, 30), end: at("2026-12-21", 8, 30)),
            Activity(id: 92, title: "Babysang", organiser: "Fjell bibliotek", category: .kultur, audience: .barn,
                     kommunedelID: 6, venueID: nil, start: at("2026-12-23", 10, 45), end: at("2026-12-23", 11, 30),
                     location: "Fjell kirke"),
        ]
        let from = CivilDate(iso: "2026-10-01")!, through = CivilDate(iso: "2027-01-31")!
        let slice = CalendarSlice(
            occurrences: CalendarRange.occurrences(oneOffs: Fixtures.calendarOneOffs + extra, series: Fixtures.calendarSeries,
                                                   from: from, through: through, filter: CalendarFilter()),
            rules: Dictionary(uniqueKeysWithValues: Fixtures.calendarSeries.map { ($0.id, $0.rule) }))
        m.calendar.apply(CalendarQuery(from: from, through: through, filter: CalendarFilter()), slice)
        m.calendar.mode = .week
        m.calendar.day = CivilDate(iso: "2026-12-24")!
        return m
    }

    static func lines(_ m: Model) -> [String] { view(m, theme: .builtinDefault).text.components(separatedBy: "\n") }

    @Test(arguments: SnapshotTests.sizes)
    func cellsGiveTheirRoomToTheTitle(_ size: Size) {
        let lines = Self.lines(Self.week(size))
        // Strikkekafé (Thursday 10:00) is the first in its row: the row says 10:00, the cell the title only.
        let row = lines.first { $0.hasPrefix("10:00") }
        #expect(row?.contains("Strikkeka") == true, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("10 Strikk") || $0.contains("11 Senior") })
    }

    @Test(arguments: SnapshotTests.sizes)
    func anEarlyActivityIsInARowLabelledWithItsTime(_ size: Size) {
        let lines = Self.lines(Self.week(size))
        let row = lines.first { $0.contains("Morgentr") }
        #expect(row?.hasPrefix("07:30") == true, "\(lines.joined(separator: "\n"))")
        // Rows stay in order: every label after 07:30 is later than the one before.
        let labels = lines.compactMap { line -> Int? in
            let t = line.prefix(5)
            guard t.count == 5, t.dropFirst(2).first == ":", let h = Int(t.prefix(2)), let mm = Int(t.suffix(2)) else { return nil }
            return h * 60 + mm
        }
        #expect(labels.first == 7 * 60 + 30)
        #expect(zip(labels, labels.dropFirst()).allSatisfy { $0 < $1 }, "\(labels)")
    }

    @Test func aLaterStartInARowIsNamedInTheCellWhenTheTitleKeepsRoom() {
        // 80×24: 90-minute rows, so Wednesday's Babysang 10:45 shares the row Thursday's Strikkekafé labels 10:00;
        // a 9-column cell gives its room to the title, a wide one names the start.
        let narrow = Self.lines(Self.week(Size(width: 80, height: 24))).first { $0.hasPrefix("10:00") }
        #expect(narrow?.contains("Babysang") == true && narrow?.contains("10:45") == false, "\(narrow ?? "")")
        let wide = Self.lines(Self.week(Size(width: 240, height: 24)))
        let row = wide.first { $0.hasPrefix("10:00") }
        #expect(row?.contains("10:45 Babysang") == true, "\(wide.joined(separator: "\n"))")
    }

    @Test(arguments: Language.allCases)
    func theAgendaNamesTheVenueOrLocation(_ language: Language) {
        for size in SnapshotTests.sizes {
            var m = Self.week(size, language)
            m.calendar.mode = .agenda
            m.calendar.day = CivilDate(iso: "2026-12-23")!
            let text = view(m, theme: .builtinDefault).text
            #expect(text.contains("· Møterom 2, Fjell bibliotek"), "\(text)")
            #expect(text.contains("Babysang  · Fjell kirke"), "\(text)")
        }
    }

    @Test(arguments: Language.allCases)
    func helpExplainsEveryMarkTheCalendarDraws(_ language: Language) {
        for size in SnapshotTests.sizes {
            var m = Self.week(size, language)
            Fixtures.press([.char("?")], &m)
            let text = view(m, theme: .builtinDefault).text
            #expect(text.contains(language == .nb ? "Tegnforklaring for kalenderen" : "Calendar legend"), "\(text)")
            for mark in ["!", "+2", "(5)", "25*", language == .nb ? "(avlyst)" : "(cancelled)", "10:30"] {
                #expect(text.contains(mark), "\(mark)")
            }
            // Whole at 80×24 too (the legend's texts fit the help's description column).
            #expect(text.contains(language == .nb ? "samme målgruppe og kommunedel" : "same audience and district"), "\(text)")
            #expect(text.contains(language == .nb ? "i dag (helger og helligdager har egne farger)" : "today (weekends and holidays are coloured)"))
            SnapshotTests.check("calendar-help-\(size.width)x\(size.height)-\(language.rawValue)", m)
        }
    }
}
