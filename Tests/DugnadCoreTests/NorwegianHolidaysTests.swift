import Testing
@testable import DugnadCore

/// Checked against an independent table: the official Norwegian holiday
/// dates for 2024–2030 as published in printed calendars.
@Suite struct NorwegianHolidaysTests {
    static let table: [Int: [String]] = [
        2024: ["01-01", "03-28", "03-29", "03-31", "04-01", "05-01", "05-09", "05-17", "05-19", "05-20", "12-25", "12-26"],
        2025: ["01-01", "04-17", "04-18", "04-20", "04-21", "05-01", "05-17", "05-29", "06-08", "06-09", "12-25", "12-26"],
        2026: ["01-01", "04-02", "04-03", "04-05", "04-06", "05-01", "05-14", "05-17", "05-24", "05-25", "12-25", "12-26"],
        2027: ["01-01", "03-25", "03-26", "03-28", "03-29", "05-01", "05-06", "05-16", "05-17", "05-17", "12-25", "12-26"],
        2028: ["01-01", "04-13", "04-14", "04-16", "04-17", "05-01", "05-17", "05-25", "06-04", "06-05", "12-25", "12-26"],
        2029: ["01-01", "03-29", "03-30", "04-01", "04-02", "05-01", "05-10", "05-17", "05-20", "05-21", "12-25", "12-26"],
        2030: ["01-01", "04-18", "04-19", "04-21", "04-22", "05-01", "05-17", "05-30", "06-09", "06-10", "12-25", "12-26"],
    ]

    @Test(arguments: Array(2024...2030))
    func matchesTable(_ year: Int) {
        let ours = NorwegianHolidays.holidays(in: year).map { String($0.date.iso.dropFirst(5)) }.sorted()
        #expect(ours == Self.table[year]!.sorted())
    }

    @Test func theQuickAnswerAgreesWithTheFullListOnEveryDayFrom2024To2030() {
        var day = CivilDate(year: 2024, month: 1, day: 1)!
        let last = CivilDate(year: 2030, month: 12, day: 31)!
        var count = 0
        while day <= last {
            let listed = NorwegianHolidays.holidays(in: day.year).contains { $0.date == day }
            #expect(NorwegianHolidays.isHoliday(day) == listed, "\(day.iso)")
            if listed { count += 1 }
            day = day.adding(days: 1)
        }
        // Twelve a year, but in 2027 Whit Monday falls on 17 May: 83 days.
        #expect(count == 7 * 12 - 1)
    }

    @Test func easter() {
        #expect(NorwegianHolidays.easterSunday(2026) == CivilDate(year: 2026, month: 4, day: 5))
        #expect(NorwegianHolidays.easterSunday(2038) == CivilDate(year: 2038, month: 4, day: 25))
        #expect(NorwegianHolidays.easterSunday(2285) == CivilDate(storedYear: 2285, month: 3, day: 22))  // past the supported range: still computed
    }

    @Test func constitutionDayAndOrdinaryDays() {
        #expect(NorwegianHolidays.holiday(on: CivilDate(year: 2026, month: 5, day: 17)!)?.kind == .constitutionDay)
        #expect(!NorwegianHolidays.isHoliday(CivilDate(year: 2026, month: 11, day: 26)!))
        #expect(!NorwegianHolidays.isHoliday(CivilDate(year: 2026, month: 12, day: 24)!))  // Christmas Eve is not a public holiday
    }
}
