/// UTC instants to Europe/Oslo civil time with the EU rule in force since
/// 1996 (summer time from the last Sunday of March 01:00 UTC to the last
/// Sunday of October 01:00 UTC). Done by hand so the core stays free of
/// Foundation and of the host's time-zone database.
public enum OsloTime {
    /// The civil Oslo time of a UTC date-time.
    public static func civil(fromUTC utc: CivilDateTime) -> CivilDateTime {
        CivilDateTime(ordinal: utc.ordinal + offsetMinutes(atUTC: utc))
    }

    /// The UTC time of an Oslo civil time (the later offset in the repeated autumn hour).
    public static func utc(fromCivil local: CivilDateTime) -> CivilDateTime {
        let guess = CivilDateTime(ordinal: local.ordinal - 60)
        return CivilDateTime(ordinal: local.ordinal - offsetMinutes(atUTC: guess))
    }

    /// +60 in winter, +120 in summer.
    public static func offsetMinutes(atUTC utc: CivilDateTime) -> Int {
        let year = utc.date.year
        let start = CivilDateTime(date: lastSunday(month: 3, year: year), time: CivilTime(hour: 1)!)
        let end = CivilDateTime(date: lastSunday(month: 10, year: year), time: CivilTime(hour: 1)!)
        return utc >= start && utc < end ? 120 : 60
    }

    static func lastSunday(month: Int, year: Int) -> CivilDate {
        RecurrenceRule.nthWeekday(-1, 7, in: CivilDate(clampingYear: year, month: month, day: 1))!
    }
}
