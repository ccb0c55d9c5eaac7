/// A weekly repetition: chosen weekdays, every `interval` weeks, until a
/// date or for a number of occurrences.
public struct WeeklySeries: Sendable, Hashable {
    public var firstDate: CivilDate
    /// ISO weekdays 1 = Monday … 7 = Sunday.
    public var weekdays: Set<Int>
    public var interval: Int
    public var until: CivilDate?
    public var count: Int?

    public init(firstDate: CivilDate, weekdays: Set<Int>, interval: Int = 1, until: CivilDate? = nil, count: Int? = nil) {
        self.firstDate = firstDate; self.weekdays = weekdays; self.interval = interval
        self.until = until; self.count = count
    }

    /// Longest series the front desk may create in one go (a few years of weekly use).
    public static let maximumOccurrences = 260

    /// Every date of the series in order, from `firstDate` (weeks counted
    /// from its ISO week), stopping at `until`, `count` or the maximum.
    public func dates() -> [CivilDate] {
        guard interval >= 1, !weekdays.isEmpty, weekdays.allSatisfy({ (1...7).contains($0) }) else { return [] }
        let limit = min(count ?? Self.maximumOccurrences, Self.maximumOccurrences)
        let weekStart = firstDate.startOfWeek
        var result: [CivilDate] = []
        var week = 0
        while result.count < limit {
            let monday = weekStart.adding(days: week * 7 * interval)
            if let until, monday > until { break }
            for weekday in weekdays.sorted() {
                let date = monday.adding(days: weekday - 1)
                guard date >= firstDate else { continue }
                if let until, date > until { break }
                result.append(date)
                if result.count == limit { break }
            }
            week += 1
            if until == nil && count == nil { break }
        }
        return result
    }
}
