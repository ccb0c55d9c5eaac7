import DugnadCore

public enum CalendarViewMode: String, Sendable, Equatable, CaseIterable {
    case month, week, agenda, day
}

/// The Calendar tab: a selected day, a view, a filter, and the occurrences
/// of exactly the visible range (loaded by one query, expanded by the core).
public struct CalendarState: Sendable, Equatable {
    public var day: CivilDate
    public var mode: CalendarViewMode = .week
    /// The `/` search text (part of the filter as `text`).
    public var query: String = ""
    public var filter = CalendarFilter()
    /// Occurrences of `loadedQuery`'s range, in start order.
    public var occurrences: [Activity] = []
    public var loadedQuery: CalendarQuery?
    /// The rule of every series among `occurrences`, by series id.
    public var rules: [RowID: RecurrenceRule] = [:]
    public var bookingStatus: [RowID: BookingStatus] = [:]
    /// Occurrences per day (day number) when the load was capped per day.
    public var dayCounts: [Int: Int]?
    public var closures: [VenueClosure] = []
    /// The selected item among the selected day's occurrences (agenda: among all).
    public var selected = 0
    /// Kept for the generic list plumbing (ListKey.activities); the pane no longer pages.
    public var activities = PagedList<Activity>()

    /// How many days the agenda spans.
    public static let agendaDays = 14

    public init(day: CivilDate) { self.day = day }

    /// Kept for callers of the former agenda.
    public var through: CivilDate { range.through }

    /// The days the current view shows.
    public var range: (from: CivilDate, through: CivilDate) {
        switch mode {
        case .month:
            let first = day.firstOfMonth.startOfWeek
            return (first, first.adding(days: 41))
        case .week: return (day.startOfWeek, day.startOfWeek.adding(days: 6))
        case .agenda: return (day, day.adding(days: Self.agendaDays - 1))
        case .day: return (day, day)
        }
    }

    /// What the view needs loaded now.
    public var wantedQuery: CalendarQuery {
        var f = filter
        f.text = query
        let r = range
        let perDay: Int? = switch mode {
        case .month: Self.monthPerDay
        case .week: Self.weekPerDay
        case .agenda: Self.agendaPerDay
        case .day: nil
        }
        return CalendarQuery(from: r.from, through: r.through, filter: f, perDay: perDay)
    }

    /// Titles a month cell can show; the month view reads no more (plus each day's count).
    public static let monthPerDay = 4
    /// The week and agenda views read at most this many items a day (plus each day's count): a
    /// day at scale 10 holds ~550 occurrences; the day view and filters show them all.
    public static let weekPerDay = 60
    public static let agendaPerDay = 40

    /// The load to ask for, or nil when what is loaded already covers the view.
    public var loadNeeded: CalendarQuery? {
        let want = wantedQuery
        // A capped (month) load covers only another capped view.
        if let have = loadedQuery, have.filter == want.filter, have.from <= want.from, have.through >= want.through,
           have.perDay == nil || have.perDay == want.perDay { return nil }
        return want
    }

    /// Items the selection moves through: the selected day's, or the whole agenda.
    public var selectable: ArraySlice<Activity> {
        guard loadedQuery != nil else { return [] }
        if mode == .agenda {
            let r = range
            return occurrencesIn(r.from, r.through)
        }
        return occurrencesIn(day, day)
    }

    /// Occurrences starting in `from…through` (binary search: the list is in start order).
    public func occurrencesIn(_ from: CivilDate, _ through: CivilDate) -> ArraySlice<Activity> {
        let lo = lowerBound(from.dayNumber), hi = lowerBound(through.dayNumber + 1)
        return occurrences[lo..<max(lo, hi)]
    }

    private func lowerBound(_ dayNumber: Int) -> Int {
        var lo = 0, hi = occurrences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if occurrences[mid].start.date.dayNumber < dayNumber { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// How many occurrences `date` has (all of them, also when the load was capped).
    public func count(on date: CivilDate) -> Int {
        dayCounts.map { $0[date.dayNumber] ?? 0 } ?? occurrencesIn(date, date).count
    }

    public func count(_ from: CivilDate, _ through: CivilDate) -> Int {
        guard let counts = dayCounts else { return occurrencesIn(from, through).count }
        return (from.dayNumber...max(from.dayNumber, through.dayNumber)).reduce(0) { $0 + (counts[$1] ?? 0) }
    }

    public var selectedOccurrence: Activity? {
        let items = selectable
        guard !items.isEmpty else { return nil }
        return items[items.startIndex + min(selected, items.count - 1)]
    }

    /// Short text of the active filter for the header; empty when none.
    public func filterSummary(lookup: Lookup, language: Language) -> String {
        var parts: [String] = []
        parts += filter.kommunedelIDs.sorted().map { lookup.kommunedel($0) }
        parts += filter.audiences.sorted { $0.rawValue < $1.rawValue }.map { Phrase.audience($0).text(language) }
        parts += filter.categories.sorted { $0.rawValue < $1.rawValue }.map { Phrase.activityCategory($0).text(language) }
        if !filter.organiser.isEmpty { parts.append("«\(filter.organiser)»") }
        if filter.price != .any { parts.append(Phrase.calendar(.priceChoice(filter.price)).text(language)) }
        if !query.isEmpty { parts.append("/\(query)") }
        return parts.joined(separator: ", ")
    }
}
