/// Merges stored one-off occurrences and expanded series for a range:
/// cancelled series dates that were replaced by a stored row (a changed
/// single occurrence) give way to that row.
public enum CalendarRange {
    /// The series occurrences of `from…through` that pass `filter` and are not replaced by a stored row
    /// (`replaced`: "seriesID|YYYY-MM-DD"), unsorted.
    public static func expanded(series: [ActivitySeries], from: CivilDate, through: CivilDate, filter: CalendarFilter,
                                replaced: Set<String>) -> [Activity] {
        let matches = filter.matcher()
        return series.flatMap { s in
            s.occurrences(from: from, through: through).filter { !replaced.contains("\(s.id)|\($0.start.date.iso)") && matches($0) }
        }
    }

    public static func occurrences(oneOffs: [Activity], series: [ActivitySeries], from: CivilDate,
                                   through: CivilDate, filter: CalendarFilter) -> [Activity] {
        var replaced = Set<String>()
        for a in oneOffs { if let s = a.seriesID { replaced.insert("\(s)|\(a.start.date.iso)") } }
        let matches = filter.matcher()
        // One-offs come from the store in start order; only the (few) expanded occurrences are sorted, then merged.
        var stored = filter.isEmpty ? oneOffs : oneOffs.filter(matches)
        if zip(stored, stored.dropFirst()).contains(where: { $1.start < $0.start }) {
            stored.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        }
        var expanded: [Activity] = []
        for s in series {
            for o in s.occurrences(from: from, through: through)
            where !replaced.contains("\(s.id)|\(o.start.date.iso)") && matches(o) {
                expanded.append(o)
            }
        }
        if expanded.isEmpty { return stored }
        expanded.sort { $0.occurrenceKey < $1.occurrenceKey }
        var out: [Activity] = []
        out.reserveCapacity(stored.count + expanded.count)
        var i = 0, j = 0
        while i < stored.count || j < expanded.count {
            if j == expanded.count || (i < stored.count && stored[i].start <= expanded[j].start) {
                out.append(stored[i]); i += 1
            } else {
                out.append(expanded[j]); j += 1
            }
        }
        return out
    }
}

/// What the Calendar pane reads for one range: the occurrences in start order
/// and the rule of every series among them (for the detail panel).
public struct CalendarSlice: Sendable, Equatable {
    public var occurrences: [Activity]
    public var rules: [RowID: RecurrenceRule]
    /// The state of the linked booking of one-off activities that have one, by activity id.
    public var bookingStatus: [RowID: BookingStatus]
    /// Venue and site closures that touch the range.
    public var closures: [VenueClosure]
    /// Occurrences per day (day number) when only the first few per day were read.
    public var dayCounts: [Int: Int]?
    /// For a window of a list: no occurrence lies before / after `occurrences` (a whole range is both).
    public var atStart: Bool
    public var atEnd: Bool
    /// Week view: occurrences per cell (`WeekSlots.cell`); `occurrences` then holds each cell's first.
    public var cellCounts: [Int: Int]?
    /// For a window: how many occurrences of the list come before its first one (its list position).
    public var firstPosition: Int?
    public init(occurrences: [Activity], rules: [RowID: RecurrenceRule], bookingStatus: [RowID: BookingStatus] = [:],
                closures: [VenueClosure] = [], dayCounts: [Int: Int]? = nil, atStart: Bool = true, atEnd: Bool = true,
                cellCounts: [Int: Int]? = nil) {
        self.occurrences = occurrences; self.rules = rules; self.bookingStatus = bookingStatus; self.closures = closures
        self.dayCounts = dayCounts; self.atStart = atStart; self.atEnd = atEnd; self.cellCounts = cellCounts
    }
}

/// A closure of one venue, or of every venue of a site, from…through (inclusive).
public struct VenueClosure: Sendable, Hashable {
    /// The venues it closes (the venue itself, or every venue of the closed site).
    public var venueIDs: Set<RowID>
    public var from: CivilDate
    public var through: CivilDate
    public var reason: String
    public init(venueIDs: Set<RowID>, from: CivilDate, through: CivilDate, reason: String) {
        self.venueIDs = venueIDs; self.from = from; self.through = through; self.reason = reason
    }

    /// The closure an activity's venue sits in on its day, if any.
    public static func closing(_ a: Activity, in closures: [VenueClosure]) -> VenueClosure? {
        guard let v = a.venueID else { return nil }
        return closures.first { $0.venueIDs.contains(v) && $0.from <= a.start.date && a.start.date <= $0.through }
    }
}
