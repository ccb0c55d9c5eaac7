import DugnadCore

/// The stretch of time the demo covers (about ten months back to two months
/// ahead of `today`) and how busy each day of it is, so the screens a demo
/// opens on — this week and the next — are the fullest.
struct DemoWindow: Sendable {
    let today: CivilDate
    let first: CivilDate
    let last: CivilDate
    private let holidayDays: Set<Int>

    init(today: CivilDate) {
        self.today = today
        first = today.adding(months: -10).startOfWeek
        last = today.adding(months: 2)
        var days = Set<Int>()
        for year in first.year...last.year {
            for holiday in NorwegianHolidays.holidays(in: year) { days.insert(holiday.date.dayNumber) }
        }
        holidayDays = days
    }

    var days: [CivilDate] {
        (first.dayNumber...last.dayNumber).map(CivilDate.init(dayNumber:))
    }

    func isHoliday(_ date: CivilDate) -> Bool { holidayDays.contains(date.dayNumber) }

    /// Christmas and New Year week, when clubs and courses pause.
    static func isChristmasBreak(_ date: CivilDate) -> Bool {
        (date.month == 12 && date.day >= 21) || (date.month == 1 && date.day <= 3)
    }

    /// Fellesferie and the rest of the school summer holiday.
    static func isSummerBreak(_ date: CivilDate) -> Bool {
        date.month == 7 || (date.month == 6 && date.day >= 22) || (date.month == 8 && date.day < 15)
    }

    /// Relative amount of one-off bookings on `date`: highest this week and
    /// next, thinning out into the future (not booked yet) and in summer.
    func adHocWeight(_ date: CivilDate) -> Double {
        let weekStart = today.startOfWeek
        let offset = weekStart.days(until: date)
        var weight: Double
        if (0..<14).contains(offset) {
            weight = 4.0
        } else if offset >= 14 {
            weight = max(0.25, 1.0 - Double(offset - 14) / 60.0)
        } else {
            weight = 1.0
        }
        if Self.isSummerBreak(date) { weight *= 0.35 }
        if Self.isChristmasBreak(date) { weight *= 0.5 }
        if isHoliday(date) { weight *= 0.2 }
        return weight
    }

    /// Booking creation is never after today: a date that far back and no later.
    func createdAt(for start: CivilDateTime, leadDays: Int, minute: Int) -> String {
        var day = start.date.adding(days: -leadDays)
        if day > today { day = today }
        if day < first.adding(days: -60) { day = first.adding(days: -60) }
        let clock = 7 * 60 + minute % (12 * 60)   // office hours, 07:00–19:00 local ≈ UTC+1/2
        return "\(day.iso)T\(pad(clock / 60 - 1)):\(pad(clock % 60)):00Z"
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
