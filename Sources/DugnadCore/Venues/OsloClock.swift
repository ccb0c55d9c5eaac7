/// Europe/Oslo's UTC offset, computed from the EU rule (summer time from the
/// last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC)
/// rather than from a time zone database, so the core stays pure.
///
/// Bookings are stored as civil times; this is only needed to know how long
/// a booking really lasts on the two days a year the clock jumps (price) and
/// which civil times do not exist (02:00–03:00 on the spring day).
public enum OsloClock {
    /// The last Sunday of `month` in `year`.
    static func lastSunday(_ year: Int, _ month: Int) -> CivilDate {
        let last = CivilDate(clampingYear: year, month: month, day: 31)
        return last.adding(days: -(last.weekday % 7))
    }

    /// UTC offset in minutes (60 or 120). The repeated hour in October
    /// (02:00–03:00) counts as summer time: its first occurrence.
    public static func offsetMinutes(at t: CivilDateTime) -> Int {
        let start = CivilDateTime(date: lastSunday(t.date.year, 3), time: CivilTime(hour: 3)!)
        let end = CivilDateTime(date: lastSunday(t.date.year, 10), time: CivilTime(hour: 3)!)
        return start <= t && t < end ? 120 : 60
    }

    /// Civil times skipped when the clock jumps from 02:00 to 03:00 in March.
    public static func doesNotExist(_ t: CivilDateTime) -> Bool {
        t.date == lastSunday(t.date.year, 3) && t.time.hour == 2
    }

    /// Real minutes elapsed between two civil times.
    public static func elapsedMinutes(from start: CivilDateTime, to end: CivilDateTime) -> Int {
        (end.ordinal - start.ordinal) - (offsetMinutes(at: end) - offsetMinutes(at: start))
    }
}
