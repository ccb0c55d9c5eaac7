/// A repeating activity: the first occurrence as a template, the rule, and
/// the dates on which it is cancelled (EXDATE). Occurrences are never
/// stored; they are expanded for the range on screen.
public struct ActivitySeries: Sendable, Hashable, Identifiable {
    public var id: RowID
    /// iCalendar UID, stable across exports; re-importing it updates this series.
    public var uid: String
    /// The first occurrence: its start, end, title, audience, … (id unused).
    public var template: Activity
    public var rule: RecurrenceRule
    /// Dates on which the occurrence is cancelled (shown as cancelled, exported as EXDATE).
    public var exceptions: Set<CivilDate>

    public init(id: RowID = 0, uid: String, template: Activity, rule: RecurrenceRule, exceptions: Set<CivilDate> = []) {
        self.id = id; self.uid = uid; self.template = template; self.rule = rule; self.exceptions = exceptions
    }

    public var firstDate: CivilDate { template.start.date }

    /// The day of the last occurrence; nil for a series without end.
    public var lastDate: CivilDate? { rule.lastDate(first: firstDate) }

    /// The occurrences starting in `from…through`, cancelled ones included
    /// (marked), in start order.
    public func occurrences(from: CivilDate, through: CivilDate) -> [Activity] {
        rule.dates(first: firstDate, from: from, through: through).map(occurrence(on:))
    }

    /// The occurrence on `date` (a date of the rule; not checked), cancelled when `date` is an exception.
    public func occurrence(on date: CivilDate) -> Activity {
        var a = template
        a.id = 0
        a.seriesID = id
        a.start = CivilDateTime(date: date, time: template.start.time)
        a.end = CivilDateTime(ordinal: a.start.ordinal + template.durationMinutes)
        a.cancelled = template.cancelled || exceptions.contains(date)
        return a
    }

    /// The occurrence dates that are not cancelled, in `from…through`.
    public func activeDates(from: CivilDate, through: CivilDate) -> [CivilDate] {
        rule.dates(first: firstDate, from: from, through: through).filter { !exceptions.contains($0) }
    }

    /// Ends the series before `date` ("cancel the series from this date on").
    /// Returns nil when `date` is on or before the first occurrence: then the
    /// whole series goes.
    public func ending(before date: CivilDate) -> ActivitySeries? {
        guard date > firstDate else { return nil }
        var copy = self
        let lastKept = rule.dates(first: firstDate, from: firstDate, through: date.adding(days: -1)).last ?? firstDate
        copy.rule.end = .until(lastKept)
        copy.exceptions = exceptions.filter { $0 <= lastKept }
        return copy
    }

    /// The part of the series from `date` on as a new series (for "change the
    /// series from this date on"): same rule and remaining count, new start.
    public func continuing(from date: CivilDate, uid newUID: String) -> ActivitySeries? {
        guard let firstNew = rule.dates(first: firstDate, from: date, through: date.adding(days: 3660)).first else { return nil }
        var copy = self
        copy.id = 0
        copy.uid = newUID
        let duration = template.durationMinutes
        copy.template.start = CivilDateTime(date: firstNew, time: template.start.time)
        copy.template.end = CivilDateTime(ordinal: copy.template.start.ordinal + duration)
        if case .count(let n) = rule.end {
            let before = rule.dates(first: firstDate, from: firstDate, through: firstNew.adding(days: -1)).count
            guard n - before > 0, let end = RecurrenceRule(pattern: rule.pattern, interval: rule.interval,
                                                            end: .count(n - before)) else { return nil }
            copy.rule = end
        }
        // Weekly with an interval: keep the same weeks as the original.
        copy.exceptions = exceptions.filter { $0 >= firstNew }
        return copy
    }
}
