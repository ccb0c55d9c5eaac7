import Testing
@testable import DugnadCore

/// The cases issue 11 found, each as a user meets it.
@Suite struct ICalendarRealWorldTests {
    static func ics(_ body: String, calendar: String = "") -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n" + calendar + body + "END:VCALENDAR\r\n"
    }
    static let options = ICalendarImportOptions(zones: nil, window: CivilDate(year: 1997, month: 1, day: 1)!...CivilDate(year: 1999, month: 1, day: 1)!)

    @Test func hugeDurationIsReportedNotACrash() {
        let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T100000Z\r\nDURATION:P999999999999999999W\r\nEND:VEVENT\r\n"))
        #expect(r.events.isEmpty)
        #expect(r.problems.map(\.cause) == [.badValue(property: "DURATION", value: "P999999999999999999W")])
    }

    @Test func utcStartRepeatsInUTC() {
        // 20:00 UTC is 22:00 in Oslo in summer and 21:00 in winter: not one Oslo time, so single occurrences, each right.
        let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:u\r\nDTSTART:19970701T200000Z\r\nRRULE:FREQ=WEEKLY;COUNT=20\r\nEND:VEVENT\r\n"),
                                             options: Self.options)
        let starts = r.events.map(\.activity.start.storageText)
        #expect(starts.count == 20)
        #expect(starts.first == "1997-07-01 22:00")
        #expect(starts.last == "1997-11-11 21:00")
        #expect(r.problems.count == 1 && !r.problems[0].skipped)
    }

    @Test func floatingTimesUseXWRTimezone() {
        let zone: ICalendarZoneResolver = { $0 == "US/Eastern" ? FixedZone(minutes: -300) : nil }
        let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:f\r\nDTSTART:20260115T120000\r\nEND:VEVENT\r\n",
                                                      calendar: "X-WR-TIMEZONE:US/Eastern\r\n"),
                                             options: ICalendarImportOptions(zones: zone, window: Self.options.window))
        #expect(r.events.first?.activity.start.storageText == "2026-01-15 18:00")
    }

    @Test func allDayUntilInUTCIsInclusiveOfThatDayOnly() {
        let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=DAILY;UNTIL=20260110T235959Z\r\nEND:VEVENT\r\n"))
        #expect(r.events.first?.rule?.end == .until(CivilDate(year: 2026, month: 1, day: 10)!))
    }

    @Test func eventsAfterStrayEndAndMisspeltEndAreKeptAndReported() {
        let text = Self.ics("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260101T100000Z\r\nEND:VTOOD\r\n") + "BEGIN:VEVENT\r\nUID:2\r\nDTSTART:20260102T100000Z\r\nEND:VEVENT\r\ntrailing text\r\n"
        let r = ActivityICalendarImport.read(text)
        #expect(r.events.map(\.uid) == ["1", "2"])
        #expect(r.problems.map(\.cause) == [.mismatchedEnd(found: "VTOOD", open: "VEVENT"), .strayText("trailing text", lines: 1)])
    }

    @Test func lowercaseNamesCROnlyLinesNoVersion() {
        let r = ActivityICalendarImport.read("begin:vcalendar\rbegin:vevent\ruid:x\rdtstart;tzid=Europe/Oslo:20260101T100000\rsummary:Hei\rend:vevent\rend:vcalendar\r")
        #expect(r.events.first?.activity.title == "Hei")
        #expect(r.problems.isEmpty)
    }

    @Test func rulesEveryCalendarWritesAreRead() {
        // YEARLY, BYMONTHDAY, BYSETPOS, WKST=SU: stored as occurrences when Dugnad's series cannot hold them.
        for rule in ["FREQ=YEARLY;COUNT=3", "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=4", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3",
                     "FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=TU,SU;COUNT=4"] {
            let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:r\r\nDTSTART;TZID=Europe/Oslo:19970902T090000\r\nRRULE:\(rule)\r\nEND:VEVENT\r\n"),
                                                 options: Self.options)
            #expect(r.problems.allSatisfy { !$0.skipped }, "\(rule): \(r.problems)")
            #expect(!r.events.isEmpty)
        }
        // RFC 5545 §3.8.5.3: every other week on Tuesday and Sunday, 4 times; WKST=SU gives 5, 17, 19, 31 August 1997.
        let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:w\r\nDTSTART;TZID=Europe/Oslo:19970805T090000\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU\r\nEND:VEVENT\r\n"),
                                             options: Self.options)
        #expect(r.events.map(\.activity.start.date.iso) == ["1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"])
        let m = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:w\r\nDTSTART;TZID=Europe/Oslo:19970805T090000\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO\r\nEND:VEVENT\r\n"),
                                             options: Self.options)
        #expect(m.events.first?.rule != nil)   // WKST=MO: Dugnad's own series
    }

    @Test func vtimezoneOnlyZoneIsEvaluated() {
        let zone = "BEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
        let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:z\r\nDTSTART;TZID=Custom:20260115T120000\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:y\r\nDTSTART;TZID=Custom:20260715T120000\r\nEND:VEVENT\r\n" + zone))
        #expect(r.events.map(\.activity.start.storageText) == ["2026-01-15 18:00", "2026-07-15 18:00"])
    }

    @Test func controlCharactersAreDropped() {
        let r = ActivityICalendarImport.read(Self.ics("BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20260101T100000Z\r\nSUMMARY:Evil\u{1B}]0;X\u{07}name\r\nDESCRIPTION:a\\nb\tc\u{1B}[2J\r\nEND:VEVENT\r\n"))
        #expect(r.events.first?.activity.title == "Evil]0;Xname")
        #expect(r.events.first?.activity.description == "a\nb\tc[2J")
    }

    @Test func windowsZoneNamesMap() {
        #expect(WindowsZones.iana("W. Europe Standard Time") == "Europe/Berlin")
        #expect(WindowsZones.iana("pacific standard time") == "America/Los_Angeles")
    }
}
