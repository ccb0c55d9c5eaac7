import Testing
@testable import DugnadCore

@Suite struct ICalendarImportTests {
    static func ics(_ body: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n" + body + "END:VCALENDAR\r\n"
    }

    @Test func readsTZIDUTCFloatingDateAndDuration() {
        let text = Self.ics("""
            BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART;TZID=Europe/Oslo:20261126T180000\r\nDTEND;TZID=Europe/Oslo:20261126T200000\r\nSUMMARY:Strikke\\, kafé\r\nDESCRIPTION:Linje 1\\nLinje 2\r\nLOCATION:Fjell bibliotek\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART:20260701T160000Z\r\nDURATION:PT1H30M\r\nSUMMARY:Sommer\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:c@x\r\nDTSTART:20261201T170000Z\r\nDTEND:20261201T180000Z\r\nSUMMARY:Vinter\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:d@x\r\nDTSTART;VALUE=DATE:20261224\r\nSUMMARY:Julaften\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:e@x\r\nDTSTART:20261127T100000\r\nDTEND:20261127T110000\r\nSUMMARY:Flytende\r\nEND:VEVENT\r\n
            """)
        let r = ActivityICalendarImport.read(text)
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(r.events.count == 5)
        #expect(r.events[0].activity.title == "Strikke, kafé" && r.events[0].activity.description == "Linje 1\nLinje 2")
        #expect(r.events[0].activity.start.storageText == "2026-11-26 18:00" && r.events[0].activity.location == "Fjell bibliotek")
        #expect(r.events[1].activity.start.storageText == "2026-07-01 18:00" && r.events[1].activity.end.storageText == "2026-07-01 19:30")
        #expect(r.events[2].activity.start.storageText == "2026-12-01 18:00")
        #expect(r.events[3].activity.allDay && r.events[3].activity.end.storageText == "2026-12-25 00:00")
        #expect(r.events[4].activity.start.storageText == "2026-11-27 10:00")
    }

    @Test func foldedLinesRulesAndExdates() {
        let text = Self.ics("""
            BEGIN:VEVENT\r\nUID:w@x\r\nDTSTART;TZID=Europe/Oslo:20261105T180000\r\nDTEND;TZID=Europe/Oslo:2026110\r
             5T200000\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20261231T225959Z\r\nEXDATE;TZID=Europe/Oslo:20261203T180000\r\nSUMMARY:Annenhver\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:m@x\r\nDTSTART;TZID=Europe/Oslo:20260130T190000\r\nDTEND;TZID=Europe/Oslo:20260130T220000\r\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=6\r\nSUMMARY:Siste fredag\r\nEND:VEVENT\r\n
            """)
        let r = ActivityICalendarImport.read(text)
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(r.events[0].rule == RecurrenceRule(pattern: .weekly(weekdays: [4]), interval: 2, end: .until(CivilDate(iso: "2026-12-31")!)))
        #expect(r.events[0].exceptions == [CivilDate(iso: "2026-12-03")!])
        #expect(r.events[0].activity.end.storageText == "2026-11-05 20:00")
        #expect(r.events[1].rule == RecurrenceRule(pattern: .monthly(ordinal: -1, weekday: 5), end: .count(6)))
    }

    @Test func whatItCannotTakeIsReportedPerItem() {
        let text = Self.ics("""
            BEGIN:VTODO\r\nUID:t@x\r\nSUMMARY:Rydde\r\nEND:VTODO\r
            BEGIN:VEVENT\r\nUID:y@x\r\nDTSTART:20261126T180000\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Årlig\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:z@x\r\nDTSTART;TZID=America/New_York:20261126T180000\r\nSUMMARY:NY\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:n@x\r\nSUMMARY:Uten start\r\nEND:VEVENT\r
            this is not a line\r
            BEGIN:VEVENT\r\nUID:bad@x\r\nDTSTART:2026-11-26\r\nSUMMARY:Feil dato\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:ok@x\r\nDTSTART:20261126T180000\r\nRRULE:FREQ=WEEKLY;BYMONTH=1\r\nSUMMARY:x\r\nEND:VEVENT\r\n
            """)
        let r = ActivityICalendarImport.read(text)
        // A yearly rule and BYMONTH are read now: stored as single occurrences (a note, not a skip); New York is in the
        // tz database, which this core-only read is not given.
        #expect(Set(r.events.compactMap(\.expandedFrom)) == ["y@x", "ok@x"])
        #expect(r.problems.map(\.reason) == [
            .unsupportedComponent("VTODO"), .unsupportedRule("RRULE"), .unknownTimeZone("America/New_York"),
            .missingStart, .badLine("this is not a line"), .badValue(property: "DTSTART", value: "2026-11-26"),
            .unsupportedRule("RRULE"),
        ])
        #expect(r.problems.map(\.skipped) == [true, false, true, true, true, true, false])
        #expect(ActivityICalendarImport.read("hello").problems.last?.reason == .notACalendar)
    }

    @Test func utcToOsloAroundBothDSTSwitches() {
        func utc(_ s: String) -> String {
            OsloTime.civil(fromUTC: CivilDateTime(storageText: s)!).storageText
        }
        #expect(utc("2026-03-29 00:59") == "2026-03-29 01:59")
        #expect(utc("2026-03-29 01:00") == "2026-03-29 03:00")
        #expect(utc("2026-10-25 00:59") == "2026-10-25 02:59")
        #expect(utc("2026-10-25 01:00") == "2026-10-25 02:00")
        #expect(OsloTime.utc(fromCivil: CivilDateTime(storageText: "2026-07-01 18:00")!).storageText == "2026-07-01 16:00")
    }

    @Test func exportThenReadGivesTheSameSeries() {
        let a = Activity(title: "Seniordans; med, tegn", organiser: "Fjell frivilligsentral", category: .kultur, audience: .seniorer,
                         kommunedelID: 6, venueID: nil, start: CivilDateTime(storageText: "2026-11-05 18:00")!,
                         end: CivilDateTime(storageText: "2026-11-05 20:00")!, description: "Ta med\ninnesko", location: "Fjell")
        let s = ActivitySeries(id: 1, uid: "s1@dugnad", template: a,
                               rule: RecurrenceRule(pattern: .weekly(weekdays: [2, 4]), interval: 2, end: .until(CivilDate(iso: "2027-03-30")!))!,
                               exceptions: [CivilDate(iso: "2026-12-01")!])
        let text = ActivityICalendarExport.ics(oneOffs: [], series: [s], names: .init(kommunedel: [6: "Fjell/Danvik"], venue: [:]),
                                               stamp: CivilDateTime(storageText: "2026-11-26 12:00")!, calendarName: "Dugnad")
        let r = ActivityICalendarImport.read(text)
        #expect(r.problems.isEmpty, "\(r.problems)")
        let e = r.events[0]
        #expect(e.uid == "s1@dugnad" && e.rule == s.rule && e.exceptions == s.exceptions && e.kommunedelName == "Fjell/Danvik")
        #expect(e.activity.title == a.title && e.activity.description == a.description && e.activity.audience == .seniorer)
        #expect(e.activity.start == a.start && e.activity.end == a.end && e.activity.category == .kultur)
    }
}
