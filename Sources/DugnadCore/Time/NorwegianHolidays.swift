/// Norwegian public holidays (helligdager and lovbestemte høytidsdager) for
/// any Gregorian year: the fixed days and those that follow Easter.
public struct Holiday: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case newYearsDay, maundyThursday, goodFriday, easterSunday, easterMonday,
             labourDay, constitutionDay, ascensionDay, whitSunday, whitMonday,
             christmasDay, boxingDay
    }
    public let date: CivilDate
    public let kind: Kind
}

public enum NorwegianHolidays {
    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    /// Total for every year: the Gregorian Easter dates repeat every
    /// 5,700,000 years, so the computation runs on the year's place in that
    /// cycle (always positive, no overflow) and the result keeps the year.
    /// Years beyond ±1,000,000 (where date arithmetic saturates) take that year's Easter.
    public static func easterSunday(_ year: Int) -> CivilDate {
        let year = min(max(year, -1_000_000), 1_000_000)
        let cycle = 5_700_000
        let y = ((year % cycle) + cycle) % cycle
        let a = y % 19, b = y / 100, c = y % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(clampingYear: year, month: month, day: day)
    }

    public static func holidays(in year: Int) -> [Holiday] {
        let easter = easterSunday(year)
        func fixed(_ m: Int, _ d: Int, _ k: Holiday.Kind) -> Holiday {
            Holiday(date: CivilDate(clampingYear: year, month: m, day: d), kind: k)
        }
        func moving(_ offset: Int, _ k: Holiday.Kind) -> Holiday {
            Holiday(date: easter.adding(days: offset), kind: k)
        }
        return [
            fixed(1, 1, .newYearsDay),
            moving(-3, .maundyThursday), moving(-2, .goodFriday),
            moving(0, .easterSunday), moving(1, .easterMonday),
            fixed(5, 1, .labourDay), fixed(5, 17, .constitutionDay),
            moving(39, .ascensionDay), moving(49, .whitSunday), moving(50, .whitMonday),
            fixed(12, 25, .christmasDay), fixed(12, 26, .boxingDay),
        ].sorted { $0.date < $1.date }
    }

    /// The holiday on `date`, if any. Holidays per year are cached lazily by the caller if hot.
    public static func holiday(on date: CivilDate) -> Holiday? {
        holidays(in: date.year).first { $0.date == date }
    }

    /// Every holiday on `date`: usually none or one, two when they fall
    /// together (Whit Monday on 17 May in 2027).
    public static func holidays(on date: CivilDate) -> [Holiday] {
        isHoliday(date) ? holidays(in: date.year).filter { $0.date == date } : []
    }

    /// Asked for every grid row and calendar day drawn: the months without
    /// an Easter-based holiday are answered without computing the year.
    public static func isHoliday(_ date: CivilDate) -> Bool {
        switch date.month {
        case 1: return date.day == 1
        case 12: return date.day == 25 || date.day == 26
        case 3...6: return holiday(on: date) != nil   // Easter (22 March–25 April) to Whit Monday (≤ 14 June), 1 and 17 May
        default: return false
        }
    }
}
