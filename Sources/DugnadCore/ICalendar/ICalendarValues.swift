/// Reading iCalendar value types (RFC 5545 §3.3): DATE, DATE-TIME (UTC `Z`,
/// with TZID, or floating), DURATION, PERIOD, and the mapping of an RRULE to
/// the subset Dugnad stores as a series. Every number is range-checked: no
/// value in a file can overflow or trap.
public enum ICalendarValues {
    public enum Problem: Sendable, Equatable, Error {
        case badValue(property: String, value: String)
        case unknownTimeZone(String)
        case unsupportedRule(String)
    }

    /// Years a value may have (the Gregorian calendar; VTIMEZONEs start in 1601).
    public static let years = 1583...2999
    /// Years an imported activity may start in.
    public static let activityYears = 1900...2200
    /// Longest DURATION read: ten years in minutes.
    public static let maximumDurationMinutes = 3660 * 1440

    public enum Kind: Sendable, Equatable { case date, utc, local }

    /// An integer of at most nine digits with an optional sign, else nil (no overflow).
    static func smallInt(_ text: Substring) -> Int? {
        var s = text
        var sign = 1
        if s.first == "+" { s = s.dropFirst() } else if s.first == "-" { sign = -1; s = s.dropFirst() }
        guard !s.isEmpty, s.count <= 9, s.allSatisfy(\.isASCIIDigit) else { return nil }
        return sign * Int(s)!
    }

    /// `20260101`, `20260101T180000`, `20260101T170000Z` as written (no zone applied).
    public static func wallClock(_ value: String, property: String, isDate: Bool = false) throws(Problem) -> (CivilDateTime, Kind) {
        if let common = ICalendarBytes.commonWallClock(value, isDate: isDate) { return common }
        let v = value.trimmingWhitespace()
        if isDate || (v.count == 8 && !v.contains("T")) {
            // VALUE=DATE with a date-time written (seen in the wild): the date part.
            guard v.count >= 8, let d = date(String(v.prefix(8))), v.count == 8 || (isDate && v.dropFirst(8).first == "T")
            else { throw .badValue(property: property, value: value) }
            return (CivilDateTime(date: d, time: .midnight), .date)
        }
        let utc = v.hasSuffix("Z") || v.hasSuffix("z")
        let body = utc ? v.dropLast() : Substring(v)
        let parts = body.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let d = date(String(parts[0])), parts[1].count == 6 || parts[1].count == 4,
              parts[1].allSatisfy(\.isASCIIDigit),
              let h = Int(parts[1].prefix(2)), let m = Int(parts[1].dropFirst(2).prefix(2)), h < 24, m < 60,
              parts[1].count == 4 || Int(parts[1].suffix(2))! <= 60, let t = CivilTime(hour: h, minute: m) else {
            throw .badValue(property: property, value: value)
        }
        return (CivilDateTime(date: d, time: t), utc ? .utc : .local)
    }

    static func date(_ text: String) -> CivilDate? {
        guard text.count == 8, text.allSatisfy(\.isASCIIDigit),
              let y = Int(text.prefix(4)), years.contains(y),
              let m = Int(text.dropFirst(4).prefix(2)), let d = Int(text.suffix(2)) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// `PT2H`, `PT1H30M`, `P1D`, `P1W`, `-PT15M`, `P1DT2H` → minutes; nil when not a
    /// duration or longer than `maximumDurationMinutes` (so `P999999999999999999W` is refused, not a crash).
    public static func durationMinutes(_ text: String) -> Int? {
        var s = Substring(text.trimmingWhitespace().uppercased())
        var sign = 1
        if s.first == "+" { s = s.dropFirst() } else if s.first == "-" { sign = -1; s = s.dropFirst() }
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var total = 0, number = Substring(), inTime = false, any = false
        for c in s {
            if c.isASCIIDigit { number.append(c); continue }
            if c == "T" { guard number.isEmpty, !inTime else { return nil }; inTime = true; continue }
            guard let n = smallInt(number), n >= 0 else { return nil }
            number = ""
            any = true
            switch (c, inTime) {
            case ("W", false): total += n * 7 * 1440
            case ("D", false): total += n * 1440
            case ("H", true): total += n * 60
            case ("M", true): total += n
            case ("S", true): total += n / 60
            default: return nil
            }
            guard total <= maximumDurationMinutes else { return nil }
        }
        guard number.isEmpty, any else { return nil }
        return sign * total
    }

    static let weekdayCodes = ICalendarRule.codes

    /// Dugnad's stored series for an RFC rule, when it has one: WEEKLY on
    /// weekdays every n-th week (WKST Monday, or any WKST with INTERVAL 1),
    /// DAILY every day, MONTHLY on the n-th or last weekday; COUNT or UNTIL.
    /// nil when the series model cannot hold it: the importer then stores the occurrences.
    public static func storableRule(_ r: ICalendarRule, start: CivilDateTime, untilDay: CivilDate?) -> RecurrenceRule? {
        guard r.byHour.isEmpty, r.byMinute.isEmpty, r.byWeekNo.isEmpty, r.byYearDay.isEmpty, r.byMonth.isEmpty,
              r.byMonthDay.isEmpty else { return nil }
        var end = RecurrenceRule.End.never
        if let c = r.count {
            guard c <= RecurrenceRule.maximumCount, r.until == nil else { return nil }
            end = .count(c)
        } else if let untilDay { end = .until(untilDay) }
        let pattern: RecurrenceRule.Pattern
        switch r.frequency {
        case .weekly:
            guard r.bySetPos.isEmpty, r.byDay.allSatisfy({ $0.ordinal == 0 }), r.weekStart == 1 || r.interval == 1 else { return nil }
            pattern = .weekly(weekdays: r.byDay.isEmpty ? [start.date.weekday] : r.byDay.map(\.weekday))
        case .daily:
            guard r.interval == 1, r.byDay.isEmpty, r.bySetPos.isEmpty else { return nil }
            pattern = .weekly(weekdays: Array(1...7))
        case .monthly:
            guard r.byDay.count == 1, let w = r.byDay.first else { return nil }
            var ordinal = w.ordinal
            if ordinal == 0 {
                guard r.bySetPos.count == 1 else { return nil }
                ordinal = r.bySetPos[0]
            } else if !r.bySetPos.isEmpty { return nil }
            guard [1, 2, 3, 4, -1].contains(ordinal) else { return nil }
            pattern = .monthly(ordinal: ordinal, weekday: w.weekday)
        default: return nil
        }
        return RecurrenceRule(pattern: pattern, interval: r.interval, end: end)
    }
}
