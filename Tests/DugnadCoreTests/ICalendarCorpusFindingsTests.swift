import Testing
@testable import DugnadCore

/// What the real-world corpus (ICalendarCorpusTests) found wrong, each as a
/// small file: the regression test for each fix.
@Suite struct ICalendarCorpusFindingsTests {
    static let options = ICalendarImportOptions(zones: nil, window: CivilDate(year: 2019, month: 1, day: 1)!...CivilDate(year: 2024, month: 12, day: 31)!)
    static func read(_ event: String) -> ICalendarImportResult {
        ActivityICalendarImport.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + event + "END:VEVENT\r\nEND:VCALENDAR\r\n", options: options)
    }

    /// calendarlabs.com (Germany_Holidays.ics) writes `RRULE:` with nothing after it on every holiday: a one-off event.
    @Test func emptyRRuleIsNoRule() {
        let r = Self.read("UID:h\r\nSUMMARY:New Year's Day\r\nDTSTART;VALUE=DATE:20190101\r\nDTEND;VALUE=DATE:20190102\r\nRRULE:\r\n")
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(r.events.count == 1 && r.events[0].rule == nil && r.events[0].activity.start.date.iso == "2019-01-01")
    }

    /// Confluence (issue_128_only_first_event.ics): `UNTIL=…;COUNT=-1` — the count means nothing, UNTIL ends it.
    @Test func negativeCountIsIgnored() {
        let r = Self.read("UID:c\r\nDTSTART;VALUE=DATE:20231002\r\nDTEND;VALUE=DATE:20231009\r\nRRULE:FREQ=WEEKLY;UNTIL=20240331;COUNT=-1;INTERVAL=4;BYDAY=MO\r\n")
        #expect(r.problems.allSatisfy { !$0.skipped }, "\(r.problems)")
        let e = try? #require(r.events.first)
        #expect(e?.rule?.end == .until(CivilDate(year: 2024, month: 3, day: 31)!))
    }

    /// Two RRULEs (multiple_rrule.ics): every occurrence of both, not only the first rule's.
    @Test func severalRRulesGiveTheUnion() {
        let r = Self.read("UID:m\r\nDTSTART;TZID=Europe/Oslo:20230102T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=13;COUNT=2\r\n")
        #expect(r.problems.allSatisfy { !$0.skipped }, "\(r.problems)")
        #expect(r.events.map(\.activity.start.date.iso) == ["2023-01-02", "2023-01-09", "2023-01-13", "2023-01-16", "2023-02-13"])
    }

    /// RFC 7529 (rfc_7529.ics): `RSCALE=CHINESE` counts months of another calendar; read as Gregorian every date would be
    /// wrong, so the series is refused with its reason. `RSCALE=GREGORIAN` is the ordinary rule.
    @Test func otherCalendarScalesAreRefused() {
        let r = Self.read("UID:cny\r\nDTSTART;VALUE=DATE:20130210\r\nRRULE:RSCALE=CHINESE;FREQ=YEARLY\r\n")
        #expect(r.events.isEmpty)
        #expect(r.problems.first?.cause == .unsupportedRule("RSCALE=CHINESE"))
        let g = Self.read("UID:g\r\nDTSTART;VALUE=DATE:20200101\r\nRRULE:RSCALE=GREGORIAN;FREQ=DAILY;COUNT=2\r\n")
        #expect(g.problems.allSatisfy { !$0.skipped }, "\(g.problems)")
        #expect(!g.events.isEmpty)
    }

    /// A DATE in the RDATE of a timed series (issue_1633_rdate_with_dates.ics) is that day in the START's zone at
    /// its time of day: 23:30 UTC on 5 January is 00:30 on the 6th in Oslo (not the 5th, as it was read).
    @Test func dateRDateTakesTheStartsTimeInTheStartsZone() {
        let r = Self.read("UID:rd\r\nDTSTART:20200101T233000Z\r\nRDATE;VALUE=DATE:20200105\r\n")
        #expect(r.events.map(\.activity.start.storageText) == ["2020-01-02 00:30", "2020-01-06 00:30"])
    }
}
