import Testing
@testable import DugnadCore

@Suite struct RecurrenceTests {
    static func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }
    static func at(_ s: String, _ h: Int, _ m: Int = 0) -> CivilDateTime {
        CivilDateTime(date: d(s), time: CivilTime(hour: h, minute: m)!)
    }
    static func series(_ rule: RecurrenceRule, first: String, h: Int = 18, exceptions: Set<CivilDate> = []) -> ActivitySeries {
        let a = Activity(title: "Strikkekafé", organiser: "Danvik-Fjell frivilligsentral", category: .sosialt,
                         audience: .seniorer, kommunedelID: 6, venueID: nil, start: at(first, h), end: at(first, h + 2))
        return ActivitySeries(id: 7, uid: "u7", template: a, rule: rule, exceptions: exceptions)
    }

    @Test func weeklyStaysAtWallClockTimeAcrossBothDSTWeeks() {
        let rule = RecurrenceRule(pattern: .weekly(weekdays: [7]))!  // Sundays
        let s = Self.series(rule, first: "2026-03-22")
        let occ = s.occurrences(from: Self.d("2026-03-22"), through: Self.d("2026-11-01"))
        #expect(occ.map(\.start.date).contains(Self.d("2026-03-29")))
        #expect(occ.map(\.start.date).contains(Self.d("2026-10-25")))
        #expect(occ.allSatisfy { $0.start.time.text == "18:00" && $0.end.time.text == "20:00" && $0.start.date.weekday == 7 })
        #expect(occ.count == 33)
    }

    @Test func everySecondWeekOnTwoWeekdaysUntilADate() {
        let rule = RecurrenceRule(pattern: .weekly(weekdays: [4, 2]), interval: 2, end: .until(Self.d("2026-12-31")))!
        let dates = rule.dates(first: Self.d("2026-11-26"), from: Self.d("2026-11-01"), through: Self.d("2027-01-31"))
        #expect(dates.map(\.iso) == ["2026-11-26", "2026-12-08", "2026-12-10", "2026-12-22", "2026-12-24"])
        #expect(rule.lastDate(first: Self.d("2026-11-26")) == Self.d("2026-12-24"))
    }

    @Test func expansionJumpsToTheRangeAndCountCountsFromTheStart() {
        let weekly = RecurrenceRule(pattern: .weekly(weekdays: [1]), interval: 3)!
        // Far in the future: still on the same 3-week grid.
        let dates = weekly.dates(first: Self.d("2026-01-05"), from: Self.d("2030-01-01"), through: Self.d("2030-02-28"))
        #expect(dates.allSatisfy { Self.d("2026-01-05").days(until: $0) % 21 == 0 })
        #expect(!dates.isEmpty)
        let counted = RecurrenceRule(pattern: .weekly(weekdays: [1]), end: .count(3))!
        #expect(counted.dates(first: Self.d("2026-01-05"), from: Self.d("2026-01-10"), through: Self.d("2026-12-31")).map(\.iso)
                == ["2026-01-12", "2026-01-19"])
        #expect(counted.lastDate(first: Self.d("2026-01-05")) == Self.d("2026-01-19"))
    }

    @Test func monthlyOnTheLastAndSecondWeekday() {
        let last = RecurrenceRule(pattern: .monthly(ordinal: -1, weekday: 5))!  // last Friday
        #expect(last.dates(first: Self.d("2026-01-01"), from: Self.d("2026-01-01"), through: Self.d("2026-04-30")).map(\.iso)
                == ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24"])
        let second = RecurrenceRule(pattern: .monthly(ordinal: 2, weekday: 2), interval: 2, end: .count(3))!
        #expect(second.dates(first: Self.d("2026-01-01"), from: Self.d("2026-01-01"), through: Self.d("2027-12-31")).map(\.iso)
                == ["2026-01-13", "2026-03-10", "2026-05-12"])
        #expect(RecurrenceRule(pattern: .monthly(ordinal: 5, weekday: 2)) == nil)
        #expect(RecurrenceRule(pattern: .weekly(weekdays: [])) == nil)
        #expect(RecurrenceRule(pattern: .weekly(weekdays: [1]), interval: 0) == nil)
    }

    @Test func exceptionsAreMarkedCancelledAndSeriesEdits() {
        let rule = RecurrenceRule(pattern: .weekly(weekdays: [4]))!
        let s = Self.series(rule, first: "2026-11-05", exceptions: [Self.d("2026-11-26")])
        let occ = s.occurrences(from: Self.d("2026-11-20"), through: Self.d("2026-12-06"))
        #expect(occ.map { "\($0.start.date.iso) \($0.cancelled)" } == ["2026-11-26 true", "2026-12-03 false"])
        #expect(s.activeDates(from: Self.d("2026-11-20"), through: Self.d("2026-12-06")) == [Self.d("2026-12-03")])
        // Cancel the series from 10 Dec on: the last kept occurrence is 3 Dec.
        let ended = s.ending(before: Self.d("2026-12-10"))!
        #expect(ended.rule.end == .until(Self.d("2026-12-03")))
        #expect(ended.occurrences(from: Self.d("2026-12-01"), through: Self.d("2027-01-31")).count == 1)
        #expect(s.ending(before: Self.d("2026-11-05")) == nil)
        // Change from a date on: a new series starting on the first occurrence from then.
        let rest = s.continuing(from: Self.d("2026-12-08"), uid: "u8")!
        #expect(rest.template.start == Self.at("2026-12-10", 18))
        #expect(rest.exceptions.isEmpty)
    }

    @Test func filterCombinesEveryPart() {
        let a = Self.series(RecurrenceRule(pattern: .weekly(weekdays: [4]))!, first: "2026-11-26").template
        #expect(CalendarFilter(kommunedelIDs: [6], audiences: [.seniorer]).matches(a))
        #expect(!CalendarFilter(kommunedelIDs: [7], audiences: [.seniorer]).matches(a))
        #expect(!CalendarFilter(audiences: [.barn]).matches(a))
        #expect(CalendarFilter(organiser: "DANVIK", text: "strikke").matches(a))
        #expect(!CalendarFilter(price: .paid).matches(a))
        #expect(!CalendarFilter(categories: [.idrett]).matches(a))
    }
}

@Suite struct QuickAddTests {
    let today = CivilDate(iso: "2026-11-26")!  // a Thursday

    @Test func theIssuesExample() throws {
        let q = try QuickAdd.parse("tor 18-20 Strikkekafé @Fjell bibliotek #seniorer", today: today).get()
        #expect(q.date == today && q.start?.text == "18:00" && q.end?.text == "20:00")
        #expect(q.title == "Strikkekafé" && q.place == "Fjell bibliotek" && q.audience == .seniorer)
        #expect(q.weeklyInterval == nil)
    }

    @Test func weekdaysDatesTimesAndTags() throws {
        let q = try QuickAdd.parse("man 1730 Fotball for jenter #barn #idrett #ukentlig", today: today).get()
        #expect(q.date.iso == "2026-11-30" && q.start?.text == "17:30" && q.end?.text == "18:30")
        #expect(q.category == .idrett && q.audience == .barn && q.weeklyInterval == 1)
        let r = try QuickAdd.parse("i morgen Julemarked @Bragernes torg", today: today).get()
        #expect(r.date.iso == "2026-11-27" && r.start == nil && r.title == "Julemarked" && r.place == "Bragernes torg")
        let s = try QuickAdd.parse("24.12 10:30-12 Julegudstjeneste #alle #annenhver", today: today).get()
        #expect(s.date.iso == "2026-12-24" && s.end?.text == "12:00" && s.weeklyInterval == 2)
        let t = try QuickAdd.parse("19-21 Språkkafé", today: today).get()
        #expect(t.date == today && t.title == "Språkkafé")
    }

    @Test func badInputsSayWhat() {
        #expect(QuickAdd.parse("   ", today: today) == .failure(.empty))
        #expect(QuickAdd.parse("tor 18-20", today: today) == .failure(.missingTitle))
        #expect(QuickAdd.parse("tor 20-18 Baklengs", today: today) == .failure(.badTimeRange("20-18")))
        #expect(QuickAdd.parse("tor 25 Sent", today: today) == .failure(.badTimeRange("25")))
        #expect(QuickAdd.parse("tor 18 Møte #hemmelig", today: today) == .failure(.unknownTag("#hemmelig")))
        #expect(QuickAdd.parse("tor @Fjell #seniorer", today: today) == .failure(.missingTitle))
    }
}

@Suite struct ClashRadarTests {
    @Test func sameAudienceSameKommunedelOverlappingClashes() {
        func a(_ title: String, _ h: Int, _ aud: Audience, _ k: RowID?, cancelled: Bool = false) -> Activity {
            let d = CivilDate(iso: "2026-11-26")!
            return Activity(title: title, organiser: "", category: .sosialt, audience: aud, kommunedelID: k, venueID: nil,
                            start: CivilDateTime(date: d, time: CivilTime(hour: h)!), end: CivilDateTime(date: d, time: CivilTime(hour: h + 2)!),
                            cancelled: cancelled)
        }
        let strikk = a("Strikkekafé", 10, .seniorer, 6)
        let day = [strikk, a("Seniortrim", 11, .seniorer, 6), a("Babysang", 11, .barn, 6), a("Trim", 11, .seniorer, 7),
                   a("Julemarked", 9, .alle, 6), a("Avlyst", 10, .seniorer, 6, cancelled: true), a("Senere", 12, .seniorer, 6)]
        #expect(ClashRadar.clashes(of: strikk, among: day[...]).map(\.title) == ["Seniortrim", "Julemarked"])
    }
}
