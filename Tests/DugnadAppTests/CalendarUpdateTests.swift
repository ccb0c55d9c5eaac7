import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct CalendarUpdateTests {
    /// The week view's load at 80×24: each cell's first occurrence and count for that height's time axis.
    static var slots80x24: WeekSlots {
        WeekSlots(height: Model(language: .nb, today: Fixtures.today, user: "kari", staff: nil, size: Size(width: 80, height: 24))
            .paneLayout.table.height)
    }

    static func week(_ d: CivilDate, _ f: CalendarFilter = CalendarFilter(), for m: Model? = nil) -> Command {
        .calendar(.load(CalendarQuery(from: d.startOfWeek, through: d.startOfWeek.adding(days: 6), filter: f,
                                      slots: m.map { WeekSlots(height: $0.paneLayout.table.height) } ?? slots80x24)))
    }

    @Test func viewKeysAndMovesLoadOnlyWhatIsNotYetLoaded() {
        var m = Model(language: .nb, today: Fixtures.today, user: "kari", staff: nil, size: Size(width: 80, height: 24))
        #expect(m.keyContext == .calendar)
        let first = Self.week(Fixtures.today)
        #expect(initialCommands(m).last == first)
        _ = update(&m, .calendar(.loaded(CalendarQuery(from: Fixtures.today.startOfWeek, through: Fixtures.today.startOfWeek.adding(days: 6),
                                                      filter: CalendarFilter(), slots: Self.slots80x24),
                                        CalendarSlice(occurrences: [], rules: [:]))))
        #expect(Fixtures.press([.char("l")], &m).isEmpty)          // Friday: same week, nothing to read
        #expect(m.calendar.day == Fixtures.today.adding(days: 1))
        #expect(Fixtures.press([.char("]")], &m) == [Self.week(Fixtures.today.adding(days: 8))])
        #expect(Fixtures.press([.char("m")], &m) == [.calendar(.load(CalendarQuery(
            from: CivilDate(iso: "2026-11-30")!, through: CivilDate(iso: "2027-01-10")!, filter: CalendarFilter(),
            perDay: CalendarState.monthPerDay(height: m.paneLayout.table.height))))])
        #expect(m.calendar.mode == .month)
        Fixtures.press([.char("a")], &m)
        #expect(m.calendar.mode == .agenda)
        Fixtures.press([.char("d")], &m)
        #expect(m.calendar.mode == .day)
        Fixtures.press([.char("t")], &m)
        #expect(m.calendar.day == Fixtures.today)
    }

    @Test func goingBackToAMonthOrWeekReadSinceTheLastChangeReadsNothing() {
        var m = Model(language: .nb, today: Fixtures.today, user: "kari", staff: nil, size: Size(width: 80, height: 24))
        func answer(_ commands: [Command], with occurrences: [Activity]) {
            for case .calendar(.load(let q)) in commands {
                _ = update(&m, .calendar(.loaded(q, CalendarSlice(occurrences: occurrences, rules: [:]))))
            }
        }
        let weekItem = Fixtures.calendarOneOffs[0], monthItem = Fixtures.calendarOneOffs[1]
        answer(initialCommands(m), with: [weekItem])
        answer(Fixtures.press([.char("m")], &m), with: [monthItem])
        #expect(m.calendar.occurrences == [monthItem])
        #expect(Fixtures.press([.char("w")], &m).isEmpty, "the week was read and nothing changed since")
        #expect(m.calendar.mode == .week && m.calendar.occurrences == [weekItem])
        #expect(Fixtures.press([.char("m")], &m).isEmpty)
        #expect(m.calendar.occurrences == [monthItem])
        // The agenda and day view read their window each time.
        #expect(!Fixtures.press([.char("a")], &m).isEmpty)
        // Another terminal changed something: everything is read again.
        _ = update(&m, .databaseChanged)
        #expect(Fixtures.press([.char("w")], &m) == [Self.week(Fixtures.today)])
    }

    @Test func twoHolidaysOnOneDayAreBothNamed() {
        let nb = Model(language: .nb, today: Fixtures.today, user: "kari", staff: nil, size: Size(width: 80, height: 24))
        let may17 = CivilDate(iso: "2027-05-17")!
        let name = nb.context(.calendar).holidayName(on: may17)
        #expect(name == nb.text(.holiday(.constitutionDay)) + " / " + nb.text(.holiday(.whitMonday)))
        #expect(nb.context(.calendar).holidayName(on: CivilDate(iso: "2026-05-17")!) == nb.text(.holiday(.constitutionDay)))
        #expect(nb.context(.calendar).holidayName(on: Fixtures.today) == nil)
        var m = Model(language: .nb, today: Fixtures.today, user: "kari", staff: nil, size: Size(width: 120, height: 40))
        m.calendar.day = may17
        m.calendar.mode = .day
        let load = try! #require(m.calendar.loadNeeded(visible: m.context(.calendar).paneLayout.table.height))
        _ = update(&m, .calendar(.loaded(load, CalendarSlice(occurrences: [], rules: [:]))))
        #expect(view(m, theme: .builtinDefault).text.contains(name ?? "–"), "the day's detail names both")
    }

    @Test func quickAddSavesAWeeklySeriesAtTheNamedVenue() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .calendar)
        Fixtures.press([.char("o")], &m)
        #expect(m.form?.purpose == .calendar(.quickAdd))
        _ = Fixtures.type("tor 18-20 Strikkekafé @Fjell bibliotek #seniorer #ukentlig", &m)
        let commands = Fixtures.press([.enter], &m)
        let start = CivilDateTime(date: Fixtures.today, time: CivilTime(hour: 18)!)
        let expected = Activity(title: "Strikkekafé", organiser: "", category: .sosialt, audience: .seniorer, kommunedelID: 6,
                                venueID: 2, start: start, end: CivilDateTime(ordinal: start.ordinal + 120))
        #expect(commands == [.calendar(.save(expected, rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!, seriesID: nil,
                                             scope: .wholeSeries, date: Fixtures.today))])
        let reload = update(&m, .calendar(.saved(.success("Strikkekafé"))))
        #expect(m.form == nil && m.message?.phrase == .calendar(.saved("Strikkekafé")))
        #expect(reload == [Self.week(Fixtures.today)])
    }

    @Test func aBadQuickAddLineSaysWhyAndSendsNothing() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char("o")], &m)
        _ = Fixtures.type("tor 20-18 Baklengs", &m)
        #expect(Fixtures.press([.enter], &m).isEmpty)
        #expect(m.form?.field(ActivityFormField.line)?.error == .calendar(.quickAddProblem(.badTimeRange("20-18"))))
        #expect(Phrase.calendar(.quickAddProblem(.badTimeRange("20-18"))).text(.nb).hasPrefix("Ukjent tid «20-18»"))
    }

    @Test func cancellingTheSelectedOccurrenceAsksTheStoreThenReloads() {
        var m = Fixtures.model(tab: .calendar)
        let strikk = m.calendar.selectedOccurrence!
        #expect(strikk.title == "Strikkekafé" && strikk.seriesID == 1)
        #expect(Fixtures.press([.char("x")], &m) == [.calendar(.setCancelled(strikk, true))])
        var done = strikk
        done.cancelled = true
        let commands = update(&m, .calendar(.occurrenceCancelled(.success(done))))
        #expect(m.message?.phrase == .calendar(.cancelledOne("Strikkekafé", Fixtures.today)))
        #expect(commands == [Self.week(Fixtures.today, for: m)])
    }

    @Test func theFilterFormCombinesKommunedelAndAudience() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char("f")], &m)
        _ = Fixtures.type("fjell", &m)
        Fixtures.press([.enter, .tab, .tab, .right, .right, .right, .right], &m)
        #expect(m.form?.value(ActivityFormField.audience) == "seniorer")
        let commands = Fixtures.press([.ctrl("s")], &m)
        let filter = CalendarFilter(kommunedelIDs: [6], audiences: [.seniorer])
        #expect(m.calendar.filter == filter)
        #expect(commands == [Self.week(Fixtures.today, filter, for: m)])
        #expect(m.calendar.filterSummary(lookup: m.lookup, language: .nb) == "Fjell/Danvik, seniorer")
        // Esc clears the filter and reads again.
        #expect(Fixtures.press([.escape], &m) == [Self.week(Fixtures.today, for: m)])
    }

    @Test func theSlashSearchFiltersTheCalendarByText() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char("/")], &m)
        let commands = Fixtures.type("quiz", &m)
        #expect(commands.last == Self.week(Fixtures.today, CalendarFilter(text: "quiz"), for: m))
    }

    @Test func editingASeriesOccurrenceReadsTheSeriesFirst() {
        var m = Fixtures.model(tab: .calendar)
        let o = m.calendar.selectedOccurrence!
        #expect(Fixtures.press([.char("e")], &m) == [.calendar(.loadSeries(id: 1, occurrence: o))])
        _ = update(&m, .calendar(.seriesLoaded(.success(Fixtures.calendarSeries[0]), occurrence: o)))
        #expect(m.form?.purpose == .calendar(.activity(id: 0, seriesID: 1, occurrence: Fixtures.today)))
        #expect(m.form?.value(ActivityFormField.repeats) == "weekly" && m.form?.value(ActivityFormField.scope) == "thisDate")
    }
}

@Suite struct CalendarExportAndSeriesKeysTests {
    @Test func exportWritesWhatIsShownToTheNamedFile() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.ctrl("e")], &m)
        #expect(m.form?.value(ActivityFormField.path) == "dugnad-kalender-2026-11-23.ics")
        let commands = Fixtures.press([.ctrl("s")], &m)
        #expect(commands == [.calendar(.export(m.calendar.wantedQuery, path: "dugnad-kalender-2026-11-23.ics"))])
        _ = update(&m, .calendar(.exported(.success((path: "dugnad-kalender-2026-11-23.ics", events: 5)))))
        #expect(m.form == nil && m.message?.phrase == .calendar(.exportedTo("dugnad-kalender-2026-11-23.ics", 5)))
    }

    @Test func endingASeriesAsksForTheDateAndRefusesOneOffs() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char("X")], &m)
        #expect(m.form?.purpose == .calendar(.endSeries(id: 1, title: "Strikkekafé")))
        #expect(Fixtures.press([.ctrl("s")], &m) == [.calendar(.endSeries(id: 1, before: Fixtures.today))])
        var n = Fixtures.model(tab: .calendar)
        n.calendar.day = CivilDate(iso: "2026-12-12")!          // only the one-off Julemarked that day… and Seniortrim? no: Saturday
        n.calendar.selected = 0
        let selected = n.calendar.selectedOccurrence
        if selected?.seriesID == nil {
            Fixtures.press([.char("X")], &n)
            #expect(n.form == nil && n.message?.phrase == .calendar(.notASeries))
        }
    }

    @Test func aReadOnlyUserCannotAddButCanLook() {
        var m = Fixtures.model(tab: .calendar, staff: nil)
        Fixtures.press([.char("n")], &m)
        #expect(m.form == nil && m.message?.isError == true)
        #expect(Fixtures.press([.char("m")], &m).count <= 1)
        #expect(m.calendar.mode == .month)
    }
}

@Suite struct CalendarHelpTests {
    @Test func helpListsTheCalendarKeysAndHidesShadowedOnes() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char("?")], &m)
        let text = view(m, theme: .builtinDefault).text
        #expect(text.contains("Kalender") && text.contains("hurtigregistrering") && text.contains("forrige uke"))
        #expect(!text.contains("forrige dag\n") || !text.contains("[ PgUp             forrige dag"))
        #expect(!text.contains("[ PgUp             forrige dag"))
    }
}
