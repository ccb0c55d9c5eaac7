import DugnadCore

public enum CalendarViewMode: String, Sendable, Equatable, CaseIterable {
    case month, week, agenda, day
}

/// The Calendar tab: a selected day, a view, a filter, and what the view
/// draws: month and week the first few occurrences of each day and every
/// day's count; the day view and agenda one window of their list (keyset
/// paging, read again as the selection nears its edge) and every day's count.
public struct CalendarState: Sendable, Equatable {
    public var day: CivilDate
    public var mode: CalendarViewMode = .week
    /// The `/` search text (part of the filter as `text`).
    public var query: String = ""
    public var filter = CalendarFilter()
    /// Month/week: occurrences of `loadedQuery`'s range (the first few a day), in start order.
    /// Day view/agenda: the loaded window of the range's list, in calendar order.
    public var occurrences: [Activity] = []
    /// Day view/agenda: the list position of `occurrences[0]`, and whether the window reaches the list's ends.
    public var windowStart = 0
    public var windowAtStart = true
    public var windowAtEnd = true
    /// What is loaded changed in the store: it is read again (the day view and agenda: the window around the
    /// selection) and shown until the answer comes, rather than "loading".
    public var stale = false
    /// Week view: occurrences per cell (`WeekSlots.cell`) when only each cell's first was read.
    public var cellCounts: [Int: Int]?
    /// Which loaded occurrences clash (ClashRadar), computed when they were loaded.
    public var clashes = ClashSet()
    public var loadedQuery: CalendarQuery?
    /// The rule of every series among `occurrences`, by series id.
    public var rules: [RowID: RecurrenceRule] = [:]
    public var bookingStatus: [RowID: BookingStatus] = [:]
    /// Occurrences per day (day number) when the load was capped per day or windowed.
    public var dayCounts: [Int: Int]?
    public var closures: [VenueClosure] = []
    /// The selected item among the selected day's occurrences (day view/agenda: its position in the list).
    public var selected = 0
    /// Month and week loads read since the data last changed, newest first: switching back to one of those views
    /// (or to a week just left) shows it again without reading. Emptied whenever what is loaded goes out of date.
    public var recentLoads: [CalendarRecentLoad] = []
    public static let recentLimit = 4
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
        let perDay: Int? = mode == .month ? Self.monthPerDay : nil
        return CalendarQuery(from: r.from, through: r.through, filter: f, perDay: perDay)
    }

    /// Titles a month cell can show; the month view reads no more (plus each day's count).
    public static let monthPerDay = 4

    /// The titles a month cell of a body `height` rows tall shows (a row per week of six, less the day's number
    /// line), at least one so the day's first item can be selected.
    public static func monthPerDay(height: Int) -> Int { min(monthPerDay, max(1, (height - 1) / 6 - 1)) }
    /// The day view and agenda list their range a window at a time.
    public var isList: Bool { mode == .agenda || mode == .day }

    /// The load to ask for, or nil when what is loaded already covers the view. `visible`: the list rows on screen
    /// (a window holds three times as many and is read again when the selection comes within `visible` of its edge).
    public func loadNeeded(visible: Int) -> CalendarQuery? {
        let want = wantedQuery
        guard isList else {
            // Month: the first few a day; week: each cell's first (for this height). Only a whole-range load covers another view.
            var q = want
            if mode == .week { q.slots = WeekSlots(height: visible) }
            if mode == .month { q.perDay = Self.monthPerDay(height: visible) }
            if !stale, let have = loadedQuery, have.window == nil, have.filter == q.filter, have.from <= q.from, have.through >= q.through,
               have.isWhole || (have.perDay == q.perDay && have.slots == q.slots) { return nil }
            return q
        }
        let page = max(1, visible), limit = 3 * max(1, visible)
        var q = want
        guard let have = loadedQuery, have.window != nil, have.sameList(want) else {
            // A list shown afresh reads two pages (a day change stays cheap); scrolling reads three.
            q.window = CalendarWindowRequest(anchor: .first, limit: 2 * page, anchorPosition: -1)
            return q
        }
        // A new window keeps `page` rows on the far side of the selection, so it never asks at once to move back.
        let end = windowStart + occurrences.count
        if stale {
            // Read again around the selection (its position is kept; the store tells the window's exact position).
            let after = selected - page - 1, before = selected + page + 1
            q.window = if after >= windowStart && after < end {
                    CalendarWindowRequest(anchor: .after(occurrences[after - windowStart].occurrenceKey), limit: limit, anchorPosition: after)
                } else if before >= windowStart && before < end {
                    CalendarWindowRequest(anchor: .before(occurrences[before - windowStart].occurrenceKey), limit: limit, anchorPosition: before)
                } else { CalendarWindowRequest(anchor: .first, limit: limit, anchorPosition: -1) }
            return q
        }
        if selected + page >= end && !windowAtEnd {
            let at = selected - page - 1
            q.window = if at < 0 { CalendarWindowRequest(anchor: .first, limit: limit, anchorPosition: -1) }
                else if at >= windowStart && at < end {
                    CalendarWindowRequest(anchor: .after(occurrences[at - windowStart].occurrenceKey), limit: limit, anchorPosition: at)
                } else { CalendarWindowRequest(anchor: .last, limit: 2 * page, anchorPosition: listCount) }
            return q
        }
        if selected - page < windowStart && !windowAtStart {
            let at = selected + page + 1
            q.window = if at >= windowStart && at < end {
                    CalendarWindowRequest(anchor: .before(occurrences[at - windowStart].occurrenceKey), limit: limit, anchorPosition: at)
                } else if at >= listCount { CalendarWindowRequest(anchor: .last, limit: limit, anchorPosition: listCount) }
                else { CalendarWindowRequest(anchor: .first, limit: limit, anchorPosition: -1) }
            return q
        }
        return nil
    }

    /// Day view/agenda: how many occurrences the list has (every day's count, or the window's end once it reached it).
    public var listCount: Int {
        let r = range
        return windowAtEnd && loadedQuery?.window != nil ? windowStart + occurrences.count : count(r.from, r.through)
    }

    /// Day view/agenda: where list position `position` is in `occurrences`, when it is loaded. A whole-range load
    /// (not a window) lists from `occurrences`' first item in the range; a capped one cannot say.
    public func listIndex(_ position: Int) -> Int? {
        guard let q = loadedQuery, position >= 0 else { return nil }
        if q.window != nil {
            let i = position - windowStart
            return i < occurrences.count ? (i >= 0 ? i : nil) : nil
        }
        guard dayCounts == nil else { return nil }
        let r = range, items = occurrencesIn(r.from, r.through)
        return position < items.count ? items.startIndex + position : nil
    }

    /// Day view/agenda: the occurrence at list position `position`, when it is loaded.
    public func listItem(_ position: Int) -> Activity? { listIndex(position).map { occurrences[$0] } }

    /// How many items the selection moves through.
    public var selectableCount: Int { isList ? (loadedQuery == nil ? 0 : listCount) : selectable.count }

    /// Items the selection moves through in month and week: the selected day's loaded ones.
    public var selectable: ArraySlice<Activity> {
        guard loadedQuery != nil else { return [] }
        if isList { return occurrences[...] }
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

    /// Where the selected occurrence is in `occurrences`, if it is loaded.
    public var selectedIndex: Int? {
        if isList { return listIndex(selected) }
        let items = selectable
        guard !items.isEmpty else { return nil }
        return items.startIndex + min(selected, items.count - 1)
    }

    public var selectedOccurrence: Activity? {
        if isList { return listItem(selected) }
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
        if !filter.organiser.isEmpty { parts.append(language == .nb ? "«\(filter.organiser)»" : "“\(filter.organiser)”") }
        if filter.price != .any { parts.append(Phrase.calendar(.priceChoice(filter.price)).text(language)) }
        if !query.isEmpty { parts.append("/\(query)") }
        return parts.joined(separator: ", ")
    }
}

extension CalendarState {
    /// Forgets what is loaded (a save, a cancellation, another user's change) so the view reads it again; the day
    /// view and agenda keep their place and read the window around the selection.
    public mutating func invalidate(keepSelection: Bool) {
        if loadedQuery != nil { stale = true }
        recentLoads = []
        if !keepSelection { selected = 0 }
    }

    /// Takes in a load's answer: the occurrences (a window's list positions from its request), the counts, and the
    /// clash set, computed here once rather than per drawn line.
    public mutating func apply(_ query: CalendarQuery, _ slice: CalendarSlice) {
        occurrences = slice.occurrences
        rules = slice.rules
        bookingStatus = slice.bookingStatus
        closures = slice.closures
        dayCounts = slice.dayCounts
        cellCounts = slice.cellCounts
        loadedQuery = query
        clashes = ClashSet(slice.occurrences)
        if query.window == nil {
            recentLoads.removeAll { $0.query == query }
            recentLoads.insert(CalendarRecentLoad(query: query, slice: slice), at: 0)
            if recentLoads.count > Self.recentLimit { recentLoads.removeLast() }
        }
        windowAtStart = slice.atStart
        windowAtEnd = slice.atEnd
        guard let w = query.window else {
            windowStart = 0
            stale = false
            selected = min(selected, max(0, selectable.count - 1))
            return
        }
        let n = slice.occurrences.count
        let total = (slice.dayCounts ?? [:]).values.reduce(0, +)
        windowStart = switch w.anchor {
        case .first: 0
        case .after: w.anchorPosition + 1
        case .before: w.anchorPosition - n
        case .last: total - n
        }
        if let p = slice.firstPosition { windowStart = p }
        if slice.atStart || windowStart < 0 { windowStart = 0 }
        stale = false
        // The selection stays inside what was read (counts and rows can disagree while others write).
        selected = n == 0 ? 0 : min(max(selected, windowStart), windowStart + n - 1)
    }
}

/// A month or week load kept for going back to it (see `CalendarState.recentLoads`).
public struct CalendarRecentLoad: Sendable, Equatable {
    public var query: CalendarQuery
    public var slice: CalendarSlice
}

extension CalendarState {
    /// What was read for `query` since the data last changed, if it was a month or week load.
    public func recentSlice(for query: CalendarQuery) -> CalendarSlice? {
        guard !stale, query.window == nil else { return nil }
        return recentLoads.first { $0.query == query }?.slice
    }
}
