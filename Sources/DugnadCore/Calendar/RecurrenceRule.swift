/// How an activity repeats: the subset of RFC 5545 RRULE the municipality
/// uses (and the Calendar issue asks for) — weekly on chosen weekdays every
/// n-th week, or monthly on the n-th (or last) weekday; until a date or for a
/// count. Dates are civil, so a weekly 18:00 stays 18:00 across DST.
public struct RecurrenceRule: Sendable, Hashable {
    public enum Pattern: Sendable, Hashable {
        /// ISO weekdays 1 = Monday … 7 = Sunday, sorted, at least one.
        case weekly(weekdays: [Int])
        /// `ordinal` 1…4 or -1 (last) of `weekday` in the month.
        case monthly(ordinal: Int, weekday: Int)
    }

    public enum End: Sendable, Hashable {
        case never
        /// The last day an occurrence may start on (inclusive).
        case until(CivilDate)
        /// Occurrences in total, counted before exceptions (as RFC 5545 COUNT).
        case count(Int)
    }

    public var pattern: Pattern
    public var interval: Int
    public var end: End

    /// Largest COUNT accepted; keeps expansion of count-limited series bounded.
    public static let maximumCount = 1000

    public init?(pattern: Pattern, interval: Int = 1, end: End = .never) {
        guard (1...52).contains(interval) else { return nil }
        switch pattern {
        case .weekly(let days):
            let set = Set(days)
            guard !set.isEmpty, set.allSatisfy({ (1...7).contains($0) }) else { return nil }
            self.pattern = .weekly(weekdays: set.sorted())
        case .monthly(let ordinal, let weekday):
            guard [1, 2, 3, 4, -1].contains(ordinal), (1...7).contains(weekday) else { return nil }
            self.pattern = pattern
        }
        if case .count(let n) = end, !(1...Self.maximumCount).contains(n) { return nil }
        self.interval = interval
        self.end = end
    }

    /// Occurrence dates of a series whose first start is on `first`, that fall
    /// in `from…through` (inclusive). Work is proportional to the range (and,
    /// for COUNT, to the count), never to the years since `first`.
    public func dates(first: CivilDate, from: CivilDate, through: CivilDate) -> [CivilDate] {
        let lower = max(from, first)
        var upper = through
        if case .until(let u) = end { upper = min(upper, u) }
        guard lower <= upper else { return [] }
        if case .count(let n) = end {
            // Count from the start: the n-th occurrence decides the end.
            var out: [CivilDate] = []
            var seen = 0
            for date in Generator(rule: self, first: first, startingAt: first) {
                seen += 1
                if seen > n || date > upper { break }
                if date >= lower { out.append(date) }
            }
            return out
        }
        var out: [CivilDate] = []
        for date in Generator(rule: self, first: first, startingAt: lower) {
            if date > upper { break }
            if date >= lower { out.append(date) }
        }
        return out
    }

    /// The day of the last occurrence, or nil when the series never ends.
    public func lastDate(first: CivilDate) -> CivilDate? {
        switch end {
        case .never: return nil
        case .until(let u):
            return dates(first: first, from: max(first, u.adding(days: -400)), through: u).last ?? first
        case .count(let n):
            var last = first
            for (i, d) in Generator(rule: self, first: first, startingAt: first).enumerated() {
                last = d
                if i + 1 >= n { break }
            }
            return last
        }
    }

    /// Whether `date` is an occurrence of the pattern (ignoring the end).
    public func matches(_ date: CivilDate, first: CivilDate) -> Bool {
        dates(first: first, from: date, through: date).first == date
    }

    /// Walks occurrence dates in order from the period containing `startingAt`.
    struct Generator: Sequence, IteratorProtocol {
        let rule: RecurrenceRule
        let first: CivilDate
        var period: Int
        var buffer: [CivilDate] = []
        var guardSteps = 0

        init(rule: RecurrenceRule, first: CivilDate, startingAt: CivilDate) {
            self.rule = rule
            self.first = first
            // Jump straight to the first period (of `interval` weeks or months) at or after `startingAt`.
            switch rule.pattern {
            case .weekly:
                let weeks = first.startOfWeek.days(until: startingAt.startOfWeek) / 7
                period = Swift.max(0, weeks / rule.interval)
            case .monthly:
                let months = (startingAt.year - first.year) * 12 + startingAt.month - first.month
                period = Swift.max(0, months / rule.interval)
            }
        }

        mutating func next() -> CivilDate? {
            while buffer.isEmpty {
                guardSteps += 1
                if guardSteps > 20_000 { return nil }
                buffer = datesOfPeriod(period).filter { $0 >= first }
                period += 1
            }
            return buffer.removeFirst()
        }

        private func datesOfPeriod(_ p: Int) -> [CivilDate] {
            switch rule.pattern {
            case .weekly(let weekdays):
                let monday = first.startOfWeek.adding(days: 7 * rule.interval * p)
                return weekdays.map { monday.adding(days: $0 - 1) }
            case .monthly(let ordinal, let weekday):
                let month = first.firstOfMonth.adding(months: rule.interval * p)
                return RecurrenceRule.nthWeekday(ordinal, weekday, in: month).map { [$0] } ?? []
            }
        }
    }

    /// The `ordinal`-th `weekday` of the month of `month` (-1 = last), if it exists.
    public static func nthWeekday(_ ordinal: Int, _ weekday: Int, in month: CivilDate) -> CivilDate? {
        let firstDay = month.firstOfMonth
        if ordinal > 0 {
            let offset = (weekday - firstDay.weekday + 7) % 7
            let d = firstDay.adding(days: offset + 7 * (ordinal - 1))
            return d.month == firstDay.month ? d : nil
        }
        let last = firstDay.lastOfMonth
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }
}
