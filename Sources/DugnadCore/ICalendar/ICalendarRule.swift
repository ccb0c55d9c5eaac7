/// An RFC 5545 RRULE as written (§3.3.10), every number range-checked, and
/// its expansion into wall-clock start times of the zone the start is in.
/// This is the truth an imported series is checked against; Dugnad's own
/// `RecurrenceRule` holds the subset it can store.
public struct ICalendarRule: Sendable, Equatable {
    public enum Frequency: String, Sendable, CaseIterable { case yearly, monthly, weekly, daily, hourly, minutely, secondly }
    public enum Until: Sendable, Equatable {
        /// A DATE: the last day an occurrence may start on (inclusive).
        case date(CivilDate)
        /// A floating DATE-TIME, compared with the start's wall clock.
        case local(CivilDateTime)
        /// A UTC DATE-TIME, compared with each occurrence's UTC instant.
        case utc(CivilDateTime)
    }
    public struct Weekday: Sendable, Equatable {
        /// 0 = every such weekday in the period; ±1…53 the n-th (from the end when negative).
        public var ordinal: Int
        /// ISO weekday 1 = Monday … 7 = Sunday.
        public var weekday: Int
    }

    public var frequency: Frequency
    public var interval = 1
    public var count: Int?
    public var until: Until?
    public var byMonth: [Int] = []
    public var byWeekNo: [Int] = []
    public var byYearDay: [Int] = []
    public var byMonthDay: [Int] = []
    public var byDay: [Weekday] = []
    public var byHour: [Int] = []
    public var byMinute: [Int] = []
    public var bySetPos: [Int] = []
    /// ISO weekday the week starts on (WKST, default Monday).
    public var weekStart = 1

    /// Largest COUNT and INTERVAL read; larger values are refused as out of range.
    public static let maximumCount = 100_000, maximumInterval = 10_000

    static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// Parses `FREQ=…;…`. Unknown parts (X-names) are ignored; a bad or out-of-range value throws.
    public static func parse(_ text: String) throws(ICalendarValues.Problem) -> ICalendarRule {
        func bad(_ part: String) -> ICalendarValues.Problem { .badValue(property: "RRULE", value: part) }
        func numbers(_ v: String, _ range: ClosedRange<Int>, nonZero: Bool, part: String) throws(ICalendarValues.Problem) -> [Int] {
            var out: [Int] = []
            for piece in v.split(separator: ",", omittingEmptySubsequences: false) {
                guard let n = ICalendarValues.smallInt(piece), range.contains(abs(n)) || range.contains(n),
                      !(nonZero && n == 0) else { throw bad(part) }
                out.append(n)
            }
            return out
        }
        var rule = ICalendarRule(frequency: .daily)
        var sawFrequency = false
        for piece in text.trimmingWhitespace().split(separator: ";") where !piece.isEmpty {
            let part = String(piece)
            let kv = piece.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
            guard kv.count == 2 else { throw bad(part) }
            let key = kv[0].uppercased(), v = kv[1].uppercased()
            switch key {
            case "FREQ":
                guard let f = Frequency(rawValue: v.lowercased()) else { throw bad(part) }
                rule.frequency = f; sawFrequency = true
            case "INTERVAL":
                guard let n = ICalendarValues.smallInt(Substring(v)), (1...maximumInterval).contains(n) else { throw bad(part) }
                rule.interval = n
            case "COUNT":
                guard let n = ICalendarValues.smallInt(Substring(v)), n <= maximumCount else { throw bad(part) }
                // COUNT=-1 or 0 (Confluence writes `UNTIL=…;COUNT=-1`) means no count, as in dateutil.
                if n >= 1 { rule.count = n }
            case "RSCALE":
                // RFC 7529 calendar scales: only the Gregorian one is expanded; another would give wrong dates.
                guard v == "GREGORIAN" else { throw .unsupportedRule(part) }
            case "UNTIL":
                let (t, kind) = try ICalendarValues.wallClock(v, property: "UNTIL")
                switch kind {
                case .date: rule.until = .date(t.date)
                case .utc: rule.until = .utc(t)
                case .local: rule.until = .local(t)
                }
            case "BYMONTH": rule.byMonth = try numbers(v, 1...12, nonZero: true, part: part).filter { $0 > 0 }
            case "BYWEEKNO": rule.byWeekNo = try numbers(v, 1...53, nonZero: true, part: part)
            case "BYYEARDAY": rule.byYearDay = try numbers(v, 1...366, nonZero: true, part: part)
            case "BYMONTHDAY": rule.byMonthDay = try numbers(v, 1...31, nonZero: true, part: part)
            case "BYHOUR": rule.byHour = try numbers(v, 0...23, nonZero: false, part: part).filter { $0 >= 0 }
            case "BYMINUTE": rule.byMinute = try numbers(v, 0...59, nonZero: false, part: part).filter { $0 >= 0 }
            case "BYSECOND": _ = try numbers(v, 0...60, nonZero: false, part: part)   // Dugnad keeps minutes
            case "BYSETPOS": rule.bySetPos = try numbers(v, 1...366, nonZero: true, part: part)
            case "WKST":
                guard let i = codes.firstIndex(of: v) else { throw bad(part) }
                rule.weekStart = i + 1
            case "BYDAY":
                for code in v.split(separator: ",") {
                    let c = code.trimmingWhitespace()
                    guard c.count >= 2, let i = codes.firstIndex(of: String(c.suffix(2))) else { throw bad(part) }
                    let prefix = c.dropLast(2)
                    var ordinal = 0
                    if !prefix.isEmpty {
                        guard let n = ICalendarValues.smallInt(Substring(prefix)), n != 0, abs(n) <= 53 else { throw bad(part) }
                        ordinal = n
                    }
                    rule.byDay.append(Weekday(ordinal: ordinal, weekday: i + 1))
                }
            default: continue   // X-names and future parts: ignored, as RFC 5545 asks
            }
        }
        guard sawFrequency else { throw bad("FREQ") }
        return rule
    }

    /// Start times (wall clock of the start's zone) from `start` on, in order,
    /// through `through`, at most `limit`. `isPastUntil` tells whether a
    /// candidate is after UNTIL (the caller knows the zone for a UTC UNTIL).
    /// The start itself is always the first occurrence (RFC 5545 §3.8.5.3).
    /// Bounded: stops after `maximumPeriods` periods however sparse the rule.
    /// `startCounts: false` (one of several RRULEs) counts the start towards COUNT only when the rule gives it.
    public func expand(start: CivilDateTime, allDay: Bool, through: CivilDateTime, limit: Int, startCounts: Bool = true,
                       isPastUntil: (CivilDateTime) -> Bool) -> [CivilDateTime] {
        var out: [CivilDateTime] = [start]
        if isPastUntil(start) || start > through { return [] }
        var counted = startCounts || (candidates(period: 0, start: start, allDay: allDay)?.contains(start) ?? false) ? 1 : 0
        if let count, counted >= count { return out }
        let maximumPeriods = 50_000
        for period in 0..<maximumPeriods {
            guard let candidates = self.candidates(period: period, start: start, allDay: allDay) else { break }
            for c in candidates where c > start {
                if c > through || isPastUntil(c) || out.count >= limit { return out }
                out.append(c)
                counted += 1
                if let count, counted >= count { return out }
            }
            if let first = candidates.first, first > through { break }
        }
        return out
    }

    /// The sorted start times of the `period`-th period (BYSETPOS applied); nil past the supported range.
    func candidates(period: Int, start: CivilDateTime, allDay: Bool) -> [CivilDateTime]? {
        let s = start.date
        let step = interval * period
        var days: [CivilDate]
        var times: [CivilTime] = [start.time]
        switch frequency {
        case .yearly:
            let year = s.year + step
            guard year <= ICalendarValues.years.upperBound, let jan1 = CivilDate(year: year, month: 1, day: 1) else { return nil }
            if !byMonth.isEmpty, byWeekNo.isEmpty, byYearDay.isEmpty {
                // Only the months asked for (a VTIMEZONE's yearly rule looks at one month, not 365 days).
                days = byMonth.sorted().flatMap { m in
                    (1...CivilDate.daysIn(month: m, year: year)).map { CivilDate(year: year, month: m, day: $0)! }
                }
            } else {
                let n = CivilDate.isLeap(year) ? 366 : 365
                days = (0..<n).map { jan1.adding(days: $0) }
            }
        case .monthly:
            let total = s.year * 12 + (s.month - 1) + step
            let year = total / 12, month = total % 12 + 1
            guard year <= ICalendarValues.years.upperBound, let first = CivilDate(year: year, month: month, day: 1) else { return nil }
            days = (0..<CivilDate.daysIn(month: month, year: year)).map { first.adding(days: $0) }
        case .weekly:
            let weekBegins = s.adding(days: -((s.weekday - weekStart + 7) % 7)).adding(days: 7 * step)
            guard weekBegins.year <= ICalendarValues.years.upperBound else { return nil }
            days = (0..<7).map { weekBegins.adding(days: $0) }
        case .daily:
            let d = s.adding(days: step)
            guard d.year <= ICalendarValues.years.upperBound else { return nil }
            days = [d]
        case .hourly, .minutely, .secondly:
            let minutes = frequency == .hourly ? 60 * step : step
            let t = CivilDateTime(ordinal: start.ordinal + minutes)
            guard t.date.year <= ICalendarValues.years.upperBound else { return nil }
            guard byHour.isEmpty || byHour.contains(t.time.hour), byMinute.isEmpty || byMinute.contains(t.time.minute),
                  matches(t.date, start: s) else { return [] }
            return [t]
        }
        days = days.filter { matches($0, start: s) }
        if !allDay {
            let hours = byHour.isEmpty ? [start.time.hour] : byHour.sorted()
            let minutes = byMinute.isEmpty ? [start.time.minute] : byMinute.sorted()
            times = hours.flatMap { h in minutes.compactMap { CivilTime(hour: h, minute: $0) } }
        }
        var set = days.flatMap { d in times.map { CivilDateTime(date: d, time: $0) } }
        if !bySetPos.isEmpty {
            let n = set.count
            let picked = Set(bySetPos.compactMap { p -> Int? in
                let i = p > 0 ? p - 1 : n + p
                return (0..<n).contains(i) ? i : nil
            })
            set = picked.sorted().map { set[$0] }
        }
        return set
    }

    /// Whether a day of the period is in the rule (the BYxxx parts, or the start's day when none is given).
    func matches(_ d: CivilDate, start s: CivilDate) -> Bool {
        if !byMonth.isEmpty, !byMonth.contains(d.month) { return false }
        let yearly = frequency == .yearly
        if yearly, !byWeekNo.isEmpty {
            let (week, weeks) = Self.weekNumber(d, weekStart: weekStart)
            if !byWeekNo.contains(where: { $0 > 0 ? $0 == week : weeks + 1 + $0 == week }) { return false }
        }
        if !byYearDay.isEmpty {
            let yday = d.dayNumber - CivilDate(year: d.year, month: 1, day: 1)!.dayNumber + 1
            let n = CivilDate.isLeap(d.year) ? 366 : 365
            if !byYearDay.contains(where: { $0 > 0 ? $0 == yday : n + 1 + $0 == yday }) { return false }
        }
        if !byMonthDay.isEmpty {
            let n = CivilDate.daysIn(month: d.month, year: d.year)
            if !byMonthDay.contains(where: { $0 > 0 ? $0 == d.day : n + 1 + $0 == d.day }) { return false }
        }
        if !byDay.isEmpty {
            let inMonth = frequency == .monthly || (yearly && !byMonth.isEmpty)
            let ok = byDay.contains { w in
                guard w.weekday == d.weekday else { return false }
                guard w.ordinal != 0, frequency == .monthly || yearly else { return true }
                let (index, total): (Int, Int)
                if inMonth {
                    index = d.day
                    total = CivilDate.daysIn(month: d.month, year: d.year)
                } else {
                    index = d.dayNumber - CivilDate(year: d.year, month: 1, day: 1)!.dayNumber + 1
                    total = CivilDate.isLeap(d.year) ? 366 : 365
                }
                let n = w.ordinal > 0 ? (index - 1) / 7 + 1 : -((total - index) / 7 + 1)
                return n == w.ordinal
            }
            if !ok { return false }
        }
        // No day part given: the start's day decides (its weekday, day of month, or date).
        if byWeekNo.isEmpty || !yearly, byYearDay.isEmpty, byMonthDay.isEmpty, byDay.isEmpty {
            switch frequency {
            case .yearly: return (byMonth.isEmpty ? d.month == s.month : true) && d.day == s.day
            case .monthly: return d.day == s.day
            case .weekly: return d.weekday == s.weekday
            default: return true
            }
        }
        if yearly, !byWeekNo.isEmpty, byDay.isEmpty, byYearDay.isEmpty, byMonthDay.isEmpty { return d.weekday == s.weekday }
        return true
    }

    /// The week number of `d` in its year for weeks starting on `weekStart`
    /// (week 1 has at least four days of the year), and the year's weeks.
    static func weekNumber(_ d: CivilDate, weekStart: Int) -> (week: Int, weeks: Int) {
        func firstWeek(_ year: Int) -> CivilDate {
            let jan1 = CivilDate(year: year, month: 1, day: 1)!
            let offset = (jan1.weekday - weekStart + 7) % 7
            let begins = jan1.adding(days: -offset)
            return 7 - offset >= 4 ? begins : begins.adding(days: 7)
        }
        let this = firstWeek(d.year), next = firstWeek(d.year + 1)
        let weeks = this.days(until: next) / 7
        if d < this { return (0, weeks) }
        return (this.days(until: d) / 7 + 1, weeks)
    }
}
