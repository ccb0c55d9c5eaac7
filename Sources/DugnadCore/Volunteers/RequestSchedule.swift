/// When a request's task happens: once (one date) or weekly on some weekdays
/// between a first and an optional last date, always at the same wall-clock
/// time (Europe/Oslo). A one-off task is a weekly pattern of one date.
public struct RequestSchedule: Sendable, Hashable {
    public var firstDate: CivilDate
    /// The last date it can occur; nil = weekly without an end.
    public var lastDate: CivilDate?
    /// Bit (weekday − 1) for each weekday it occurs on.
    public var weekdayMask: Int
    public var start: CivilTime
    public var end: CivilTime
    public var isWeekly: Bool

    public static func once(_ date: CivilDate, from start: CivilTime, to end: CivilTime) -> RequestSchedule {
        RequestSchedule(firstDate: date, lastDate: date, weekdayMask: 1 << (date.weekday - 1), start: start, end: end,
                        isWeekly: false)
    }

    public static func weekly(_ weekdays: [Int], from start: CivilTime, to end: CivilTime, starting first: CivilDate,
                              until last: CivilDate? = nil) -> RequestSchedule {
        RequestSchedule(firstDate: first, lastDate: last,
                        weekdayMask: weekdays.filter { (1...7).contains($0) }.reduce(0) { $0 | 1 << ($1 - 1) },
                        start: start, end: end, isWeekly: true)
    }

    public init(firstDate: CivilDate, lastDate: CivilDate?, weekdayMask: Int, start: CivilTime, end: CivilTime,
                isWeekly: Bool) {
        self.firstDate = firstDate; self.lastDate = lastDate; self.weekdayMask = weekdayMask & 0x7F
        self.start = start; self.end = end; self.isWeekly = isWeekly
    }

    public var weekdays: [Int] { (1...7).filter { weekdayMask & (1 << ($0 - 1)) != 0 } }

    /// Something a form must refuse: no weekday, an end before the start, a last date before the first.
    public var isValid: Bool {
        weekdayMask != 0 && start < end && (lastDate.map { $0 >= firstDate } ?? isWeekly)
            && (isWeekly || weekdayMask == 1 << (firstDate.weekday - 1))
    }

    public var minutesPerOccurrence: Int { max(0, end.minutes - start.minutes) }

    /// Expected minutes per month: a weekly task about 4.35 times per weekday, a one-off task once.
    public var minutesPerMonth: Int {
        isWeekly ? minutesPerOccurrence * weekdayMask.nonzeroBitCount * 435 / 100 : minutesPerOccurrence
    }

    /// The weekday × day-part slots the task needs.
    public var slots: WeeklyAvailability {
        var a = WeeklyAvailability()
        for weekday in weekdays { for part in DayPart.parts(from: start, to: end) { a.set(weekday: weekday, part: part) } }
        return a
    }

    /// Whether the task still has dates on or after `day`.
    public func runs(onOrAfter day: CivilDate) -> Bool { (lastDate ?? day) >= day }

    /// Whether it occurs on `day`.
    public func occurs(on day: CivilDate) -> Bool {
        day >= firstDate && (lastDate.map { day <= $0 } ?? true) && weekdayMask & (1 << (day.weekday - 1)) != 0
    }

    /// True when the two tasks meet on some date at overlapping times.
    public func clashes(with other: RequestSchedule) -> Bool {
        guard start < other.end, other.start < end else { return false }
        let common = weekdayMask & other.weekdayMask
        guard common != 0 else { return false }
        let from = max(firstDate.dayNumber, other.firstDate.dayNumber)
        let ends = [lastDate?.dayNumber, other.lastDate?.dayNumber].compactMap { $0 }
        let through = ends.min() ?? from + 6
        guard from <= through else { return false }
        // Within a week of the first shared date every common weekday has come round.
        for day in from...min(through, from + 6) where common & (1 << (CivilDate(dayNumber: day).weekday - 1)) != 0 {
            return true
        }
        return false
    }
}
