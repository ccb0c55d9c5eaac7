/// Merges stored one-off occurrences and expanded series for a range:
/// cancelled series dates that were replaced by a stored row (a changed
/// single occurrence) give way to that row.
public enum CalendarRange {
    public static func occurrences(oneOffs: [Activity], series: [ActivitySeries], from: CivilDate,
                                   through: CivilDate, filter: CalendarFilter) -> [Activity] {
        var replaced = Set<String>()
        for a in oneOffs { if let s = a.seriesID { replaced.insert("\(s)|\(a.start.date.iso)") } }
        var out = oneOffs.filter(filter.matches)
        for s in series {
            for o in s.occurrences(from: from, through: through)
            where !replaced.contains("\(s.id)|\(o.start.date.iso)") && filter.matches(o) {
                out.append(o)
            }
        }
        out.sort { ($0.start, $0.title, $0.id, $0.seriesID ?? 0) < ($1.start, $1.title, $1.id, $1.seriesID ?? 0) }
        return out
    }
}

/// What the Calendar pane reads for one range: the occurrences in start order
/// and the rule of every series among them (for the detail panel).
public struct CalendarSlice: Sendable, Equatable {
    public var occurrences: [Activity]
    public var rules: [RowID: RecurrenceRule]
    public init(occurrences: [Activity], rules: [RowID: RecurrenceRule]) {
        self.occurrences = occurrences; self.rules = rules
    }
}
