import Testing
@testable import DugnadCore

@Suite struct CivilDateTests {
    @Test func dayNumberRoundTrips() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    }

    @Test func weekdays() {
        #expect(CivilDate(year: 2026, month: 11, day: 26)!.weekday == 4)   // Thursday
        #expect(CivilDate(year: 2024, month: 2, day: 29)!.weekday == 4)
        #expect(CivilDate(year: 2000, month: 1, day: 1)!.weekday == 6)     // Saturday
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        #expect(CivilDate(iso: "2026-1-01") == nil)
    }

    /// The byte-wise reader takes exactly yyyy-mm-dd: no signs, spaces, other digits or separators.
    @Test func isoTextIsExactlyTenASCIIBytes() {
        #expect(CivilDate(iso: "2026-12-03") == CivilDate(year: 2026, month: 12, day: 3))
        #expect(CivilDate(storedISO: "0042-01-31") == CivilDate(storedYear: 42, month: 1, day: 31))
        for bad in ["2026-12-3", "2026-12-033", " 2026-12-03", "2026-12-03 ", "2026/12/03", "2026-12-0a", "+026-12-03",
                    "2026-+1-03", "２０２６-12-03", "2026-12-٠٣", "2026-00-10", "2026-02-30", "", "2026-12-03T10:00"] {
            #expect(CivilDate(storedISO: bad) == nil, "\(bad)")
            #expect(!CivilDate.isCalendarDateText(bad), "\(bad)")
        }
    }

    @Test func isoWeeks() {
        #expect(CivilDate(year: 2026, month: 11, day: 26)!.isoWeek == 48)
        #expect(CivilDate(year: 2021, month: 1, day: 3)!.isoWeek == 53)
        #expect(CivilDate(year: 2026, month: 1, day: 1)!.isoWeek == 1)
    }

    @Test func monthArithmeticClamps() {
        #expect(CivilDate(year: 2026, month: 1, day: 31)!.adding(months: 1) == CivilDate(year: 2026, month: 2, day: 28))
        #expect(CivilDate(year: 2026, month: 12, day: 15)!.adding(months: 1) == CivilDate(year: 2027, month: 1, day: 15))
    }

    @Test func dateTimeStorageText() {
        let t = CivilDateTime(storageText: "2026-03-29 02:30")!
        #expect(t.storageText == "2026-03-29 02:30")
        #expect(CivilDateTime(ordinal: t.ordinal) == t)
        #expect(CivilDateTime(storageText: "2026-03-29 25:00") == nil)
    }
}

@Suite struct DateInputTests {
    let today = CivilDate(year: 2026, month: 11, day: 26)!

    @Test(arguments: [
        ("26.11.2026", "2026-11-26"), ("1.12", "2026-12-01"), ("1.12.", "2026-12-01"), ("2027-01-05", "2027-01-05"),
        ("i dag", "2026-11-26"), ("today", "2026-11-26"), ("+3", "2026-11-29"), ("-1", "2026-11-25"),
        ("i morgen", "2026-11-27"), ("05.06.27", "2027-06-05"),
    ])
    func parsesDates(_ input: String, _ expected: String) {
        #expect(DateInput.parseDate(input, today: today)?.iso == expected)
    }

    @Test(arguments: ["", "31.2", "32.1.2026", "abc", "1.2.3.4", "+", "2026-13-01", "1.1.123"])
    func rejectsBadDates(_ input: String) {
        #expect(DateInput.parseDate(input, today: today) == nil)
    }

    @Test(arguments: [("18", "18:00"), ("1800", "18:00"), ("18:00", "18:00"), ("9", "09:00"), ("930", "09:30"),
                      ("18.30", "18:30"), ("24", "24:00")])
    func parsesTimes(_ input: String, _ expected: String) {
        #expect(DateInput.parseTime(input)?.text == expected)
    }

    @Test(arguments: ["25", "1860", "18:6", "x", "18:000", "-1"])
    func rejectsBadTimes(_ input: String) {
        #expect(DateInput.parseTime(input) == nil)
    }
}
