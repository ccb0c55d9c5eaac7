import DugnadCore
import GRDB

extension AppDatabase {
    /// Occurrences per day (day number) of `from…through` that pass `filter`, series occurrences included.
    /// Without a filter the stored rows' counts come from `activity_day_count` (one key read a day).
    public func calendarCounts(from: CivilDate, through: CivilDate, filter: CalendarFilter) throws(StoreError) -> [Int: Int] {
        try read { db in try Self.dayCounts(db, from: from, through: through, filter: filter) }
    }

    /// One window of the occurrences starting `from…through` that pass `filter` (keyset paging on
    /// (start, id); series occurrences of the range merged in by `OccurrenceKey`), with every day's count
    /// (`dayCounts`) and the range's closures: the day view and the agenda read no more.
    public func calendarWindow(from: CivilDate, through: CivilDate, filter: CalendarFilter, anchor: WindowAnchor,
                               limit: Int) throws(StoreError) -> CalendarSlice {
        try read { db in
            // Series occurrences: the first `limit` past the anchor from their rows (and any past the rows' horizon).
            let window = try Self.seriesWindow(db, from: from, through: through, filter: filter, anchor: anchor, limit: limit)
            let read = try Self.occurrences(db, at: window)
            let tail = try Self.tailOccurrences(db, from: from, through: through, filter: filter)
            let series = read.series + tail.series
            let expanded = read.occurrences + tail.occurrences
            let unknownPast: OccurrenceKey? = window.count < limit ? nil : read.occurrences.last?.occurrenceKey
            var w = Self.oneOffWhere(from: from, through: through, filter: filter)
            switch anchor {
            case .first, .last: break
            case .after(let k):
                w.sql += k.expanded ? " AND start > ?" : " AND (start > ? OR (start = ? AND id > ?))"
                w.arguments += k.expanded ? [k.start.storageText] : [k.start.storageText, k.start.storageText, k.id]
            case .before(let k):
                w.sql += k.expanded ? " AND start <= ?" : " AND (start < ? OR (start = ? AND id < ?))"
                w.arguments += k.expanded ? [k.start.storageText] : [k.start.storageText, k.start.storageText, k.id]
            }
            let order = anchor.forward ? "start, id" : "start DESC, id DESC"
            let stored = try ActivityColumns.fetch(db.cachedStatement(sql: "SELECT \(ActivityColumns.select) FROM activity WHERE \(w.sql) ORDER BY \(order) LIMIT ?"),
                                                   w.arguments + [limit])
            let merged = OccurrenceWindow.merge(stored: stored, expanded: expanded, anchor: anchor, limit: limit,
                                                expandedUnknownPast: unknownPast)
            var rules: [RowID: RecurrenceRule] = [:]
            for s in series { rules[s.id] = s.rule }
            let ids = merged.items.filter { $0.id > 0 && $0.bookingID != nil }.map(\.id)
            let counts = try Self.dayCounts(db, from: from, through: through, filter: filter)
            var slice = CalendarSlice(occurrences: merged.items, rules: rules,
                                      bookingStatus: try Self.bookingStatus(db, activityIDs: ids),
                                      closures: try Self.closures(db, from: from, through: through), dayCounts: counts,
                                      atStart: anchor == .first || (!anchor.forward && merged.reachesEnd),
                                      atEnd: anchor == .last || (anchor.forward && merged.reachesEnd))
            if let first = merged.items.first?.occurrenceKey {
                slice.firstPosition = try Self.position(db, of: first, from: from, counts: counts, filter: filter, expanded: tail.occurrences)
            }
            return slice
        }
    }

    /// How many occurrences of the list come before `key`: the whole days before its day (from `counts`) plus
    /// those of its day before it (an index count within one day, and the day's series occurrences).
    static func position(_ db: Database, of key: OccurrenceKey, from: CivilDate, counts: [Int: Int], filter: CalendarFilter,
                         expanded: [Activity]) throws -> Int {
        let day = key.start.date
        var n = counts.filter { $0.key >= from.dayNumber && $0.key < day.dayNumber }.values.reduce(0, +)
        var w = oneOffWhere(from: day, through: day, filter: filter)
        w.sql += key.expanded ? " AND start <= ?" : " AND (start < ? OR (start = ? AND id < ?))"
        w.arguments += key.expanded ? [key.start.storageText] : [key.start.storageText, key.start.storageText, key.id]
        n += try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM activity WHERE \(w.sql)"), arguments: w.arguments) ?? 0
        let sf = occurrenceFilter(filter)
        let before = key.expanded ? " AND (o.start < ? OR (o.start = ? AND o.series_id < ?))" : " AND o.start < ?"
        let beforeArgs: StatementArguments = key.expanded ? [key.start.storageText, key.start.storageText, key.id] : [key.start.storageText]
        n += try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM \(sf.source) WHERE o.start >= ? AND o.start < ?\(sf.sql)\(before)"),
                              arguments: [day.iso, StoredForms.dayAfter(day)] + sf.arguments + beforeArgs) ?? 0
        n += expanded.filter { $0.start.date == day && $0.occurrenceKey < key }.count
        return n
    }

    /// The keys (start, series id) of the first `limit` shown series occurrences of the range past `anchor` in its
    /// direction, nearest first (keyset paging on the occurrence rows, in `OccurrenceKey` order).
    static func seriesWindow(_ db: Database, from: CivilDate, through: CivilDate, filter: CalendarFilter, anchor: WindowAnchor,
                             limit: Int) throws -> [(start: String, seriesID: RowID)] {
        let sf = occurrenceFilter(filter)
        // One bound per side, the anchor's when it is the tighter: the scan of the start index begins at the anchor.
        var lower = (sql: "o.start >= ?", value: from.iso), upper = (sql: "o.start < ?", value: StoredForms.dayAfter(through))
        var tie = "", tieArgs: StatementArguments = []
        switch anchor {
        case .first, .last: break
        case .after(let k):
            // A series occurrence comes after a stored row of the same start, and after the series ids before its own.
            if k.start.storageText >= lower.value { lower.value = k.start.storageText }
            if k.expanded { tie = " AND (o.start > ? OR o.series_id > ?)"; tieArgs = [k.start.storageText, k.id] }
        case .before(let k):
            if k.start.storageText < upper.value {
                upper = k.expanded ? ("o.start <= ?", k.start.storageText) : ("o.start < ?", k.start.storageText)
            }
            if k.expanded { tie = " AND (o.start < ? OR o.series_id < ?)"; tieArgs = [k.start.storageText, k.id] }
        }
        var sql = "SELECT o.start, o.series_id FROM \(sf.source) WHERE \(lower.sql) AND \(upper.sql)\(sf.sql)\(tie)"
        let args: StatementArguments = [lower.value, upper.value] + sf.arguments + tieArgs
        sql += anchor.forward ? " ORDER BY o.start, o.series_id LIMIT ?" : " ORDER BY o.start DESC, o.series_id DESC LIMIT ?"
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: args + [limit])
        var out: [(start: String, seriesID: RowID)] = []
        while let row = try rows.next() { out.append((row[0], row[1])) }
        return out
    }

    static func dayCounts(_ db: Database, from: CivilDate, through: CivilDate, filter: CalendarFilter) throws -> [Int: Int] {
        var counts: [Int: Int] = [:]
        let rows: RowCursor
        if filter.isEmpty {
            rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT day, n FROM activity_day_count WHERE day >= ? AND day <= ? AND n > 0"),
                                       arguments: [from.iso, through.iso])
        } else {
            let w = oneOffWhere(from: from, through: through, filter: filter)
            rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT substr(start, 1, 10), count(*) FROM activity WHERE \(w.sql) GROUP BY 1"),
                                       arguments: w.arguments)
        }
        while let row = try rows.next() { counts[try StoredForms.date(row[0] as String).dayNumber] = row[1] }
        // Series occurrences from their kept counts (or their rows, with a filter), and any past the rows' horizon.
        for (day, n) in try seriesDayCounts(db, from: from, through: through, filter: filter) { counts[day, default: 0] += n }
        for o in try tailOccurrences(db, from: from, through: through, filter: filter).occurrences {
            counts[o.start.date.dayNumber, default: 0] += 1
        }
        return counts
    }

    /// "seriesID|YYYY-MM-DD" of the series' dates in the range that a stored row replaces (a changed single date).
    static func replacedDates(_ db: Database, series: [ActivitySeries], from: CivilDate, through: CivilDate) throws -> Set<String> {
        guard !series.isEmpty else { return [] }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT series_id, substr(start, 1, 10) FROM activity
            WHERE series_id IN (\(series.map { _ in "?" }.joined(separator: ","))) AND start >= ? AND start < ?
            """, arguments: StatementArguments(series.map(\.id)) + [from.iso, StoredForms.dayAfter(through)])
        var out = Set<String>()
        while let row = try rows.next() { out.insert("\(row[0] as RowID)|\(row[1] as String)") }
        return out
    }

    /// Row ids as a JSON array, for one cached `IN (SELECT value FROM json_each(?))` statement whatever their number.
    static func jsonIDs(_ ids: [RowID]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    /// `check`: days and start minutes whose kept count (or first row) differs from the rows that start then.
    static func dayCountProblems(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT coalesce(a.start, c.start) FROM (SELECT start, count(*) AS n, min(id) AS first_id FROM activity GROUP BY start) a
              LEFT JOIN activity_start_count c ON c.start = a.start
            WHERE c.start IS NULL OR c.n <> a.n OR c.first_id <> a.first_id
            UNION ALL
            SELECT c.start FROM activity_start_count c WHERE NOT EXISTS (SELECT 1 FROM activity WHERE start = c.start)
            """).map { "activity_start_count: \($0[0] as String) does not match the rows starting then" }
        + Row.fetchAll(db, sql: """
            SELECT day, sum(r), sum(c) FROM (SELECT substr(start, 1, 10) AS day, 1 AS r, 0 AS c FROM activity
                                             UNION ALL SELECT day, 0, n FROM activity_day_count)
            GROUP BY day HAVING sum(r) <> sum(c)
            """).map { "activity_day_count: \($0[0] as String) says \($0[2] as Int), \($0[1] as Int) rows start that day" }
    }
}
