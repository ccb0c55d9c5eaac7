/// The calendar's one total order of occurrences: by start, a stored row
/// before a series occurrence at the same start, then by row id (stored) or
/// series id (expanded). Lists are read a window at a time by this key
/// (keyset paging), so stored rows and series occurrences interleave alike
/// in every window.
public struct OccurrenceKey: Sendable, Hashable, Comparable {
    public var start: CivilDateTime
    /// false: a stored row (`id` is its row id); true: a series occurrence (`id` is the series id).
    public var expanded: Bool
    public var id: RowID

    public init(start: CivilDateTime, expanded: Bool, id: RowID) {
        self.start = start; self.expanded = expanded; self.id = id
    }

    public static func < (a: OccurrenceKey, b: OccurrenceKey) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.expanded != b.expanded { return !a.expanded }
        return a.id < b.id
    }
}

extension Activity {
    /// This occurrence's place in the calendar order.
    public var occurrenceKey: OccurrenceKey {
        id > 0 || seriesID == nil ? OccurrenceKey(start: start, expanded: false, id: id)
            : OccurrenceKey(start: start, expanded: true, id: seriesID ?? 0)
    }
}

/// Where a window of a calendar list starts: at either end, or just after / before a known occurrence.
public enum WindowAnchor: Sendable, Hashable {
    case first, last
    case after(OccurrenceKey)
    case before(OccurrenceKey)

    public var forward: Bool {
        switch self {
        case .first, .after: return true
        case .last, .before: return false
        }
    }
}

/// Merges one window of stored rows with the series occurrences of the same list range.
public enum OccurrenceWindow {
    /// `stored`: up to `limit` stored rows past the anchor in the anchor's direction (nearest first).
    /// `expanded`: every series occurrence of the list range (any order). Returns the window in calendar order and
    /// whether it reaches the list's far end in the anchor's direction.
    /// `expandedUnknownPast`: set when `expanded` holds only the first series occurrences past the anchor (read a
    /// window at a time from the store's occurrence table): the key of the farthest one read, past which series
    /// occurrences are unknown (as stored rows past the last one read).
    public static func merge(stored: [Activity], expanded: [Activity], anchor: WindowAnchor, limit: Int,
                             expandedUnknownPast: OccurrenceKey? = nil) -> (items: [Activity], reachesEnd: Bool) {
        let inDirection: (OccurrenceKey) -> Bool = switch anchor {
        case .first, .last: { _ in true }
        case .after(let k): { $0 > k }
        case .before(let k): { $0 < k }
        }
        let near: (OccurrenceKey, OccurrenceKey) -> Bool = anchor.forward ? { $0 < $1 } : { $0 > $1 }
        var merged = stored + expanded.filter { inDirection($0.occurrenceKey) }
        merged.sort { near($0.occurrenceKey, $1.occurrenceKey) }
        let storedFull = stored.count >= limit
        // Stored rows beyond the last one read are unknown: series occurrences past it wait for the next window.
        if storedFull, let last = stored.last?.occurrenceKey {
            merged = merged.filter { !near(last, $0.occurrenceKey) }
        }
        if let last = expandedUnknownPast {
            merged = merged.filter { !near(last, $0.occurrenceKey) }
        }
        let reachesEnd = !storedFull && expandedUnknownPast == nil && merged.count <= limit
        var items = Array(merged.prefix(limit))
        if !anchor.forward { items.reverse() }
        return (items, reachesEnd)
    }
}
