import DugnadCore
import GRDB

// The series occurrences the Calendar reads as rows (`activity_series_occurrence`, see SeriesOccurrenceMigration):
// written here when a series is saved, read a window, a day's first few or a count at a time; only the series of
// the occurrences shown are read whole. A series that goes on past its rows' horizon (`activity_series_tail`) is
// expanded by the core for the dates after it, as before.
extension AppDatabase {
    /// How far after its first day a series' occurrences are kept as rows.
    static let occurrenceHorizonDays = 3652

    /// Writes the occurrence rows (and the tail row) of `series` afresh from its rule, in the caller's transaction:
    /// every save of a series calls it. A date with a stored row of the series is marked replaced.
    static func materialiseOccurrences(_ db: Database, _ series: ActivitySeries) throws {
        // Cached: an import saves thousands of series in one transaction, and compiling these was most of the cost.
        try db.cachedStatement(sql: "DELETE FROM activity_series_occurrence WHERE series_id = ?").execute(arguments: [series.id])
        try db.cachedStatement(sql: "DELETE FROM activity_series_tail WHERE series_id = ?").execute(arguments: [series.id])
        var replaced: [String: Int] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT substr(start, 1, 10) FROM activity WHERE series_id = ?"),
                                       arguments: [series.id])
        while let row = try rows.next() { replaced[row[0] as String, default: 0] += 1 }
        let horizon = series.firstDate.adding(days: occurrenceHorizonDays)
        let last = series.lastDate
        let through = min(last ?? horizon, horizon)
        let insert = try db.cachedStatement(sql: "INSERT INTO activity_series_occurrence (start, series_id, replaced) VALUES (?, ?, ?)")
        for date in series.rule.dates(first: series.firstDate, from: series.firstDate, through: through) {
            try insert.execute(arguments: [StoredForms.dateTime(CivilDateTime(date: date, time: series.template.start.time)),
                                           series.id, replaced[date.iso] ?? 0])
        }
        if last.map({ $0 > horizon }) ?? true {
            try db.cachedStatement(sql: "INSERT INTO activity_series_tail (series_id, after) VALUES (?, ?)")
                .execute(arguments: [series.id, horizon.iso])
        }
    }

    /// The FROM and the WHERE conditions past the start range (" AND …") of the shown series occurrences whose
    /// series pass `filter` (the series' row is joined only when there is a filter); `o` is the occurrence.
    static func occurrenceFilter(_ filter: CalendarFilter) -> (source: String, sql: String, arguments: StatementArguments) {
        let f = filterClauses(filter, table: "s")
        let sql = " AND o.replaced = 0" + f.clauses.map { " AND " + $0 }.joined()
        let source = f.clauses.isEmpty ? "activity_series_occurrence o"
            : "activity_series_occurrence o JOIN activity_series s ON s.id = o.series_id"
        return (source, sql, f.arguments)
    }

    /// The occurrences at `keys` (start text, series id), built from their series. Only the exceptions on the keys'
    /// days are read (a series can have dozens), so the series returned carry only those (their rules are whole).
    static func occurrences(_ db: Database, at keys: [(start: String, seriesID: RowID)]) throws -> (occurrences: [Activity], series: [ActivitySeries]) {
        guard let first = keys.map(\.start).min(), let last = keys.map(\.start).max() else { return ([], []) }
        let ids = jsonIDs(Array(Set(keys.map(\.seriesID))).sorted())
        var exceptions: [RowID: Set<CivilDate>] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT series_id, on_date FROM activity_series_exception
            WHERE series_id IN (SELECT value FROM json_each(?)) AND on_date >= ? AND on_date <= ?
            """), arguments: [ids, String(first.prefix(10)), String(last.prefix(10))])
        while let row = try rows.next() { exceptions[row[0], default: []].insert(try StoredForms.date(row[1] as String)) }
        let series = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM activity_series WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """), arguments: [ids]).map { try SeriesRows.series($0, exceptions: exceptions[$0["id"]] ?? []) }
        let byID = Dictionary(series.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let out = try keys.compactMap { key -> Activity? in
            guard let s = byID[key.seriesID] else { return nil }
            return s.occurrence(on: try StoredForms.dateTime(key.start).date)
        }
        return (out, series)
    }

    /// The first `perDay` shown series occurrences of each day of the range that pass `filter`, in one statement.
    static func firstSeriesOccurrences(_ db: Database, from: CivilDate, through: CivilDate, filter: CalendarFilter,
                                       perDay: Int) throws -> [(start: String, seriesID: RowID)] {
        let f = occurrenceFilter(filter)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            WITH RECURSIVE days(d, e) AS (SELECT ?, ? UNION ALL SELECT e, date(e, '+1 day') FROM days WHERE e <= ?)
            SELECT f.start, f.series_id FROM days, activity_series_occurrence f
            WHERE (f.start, f.series_id) IN (SELECT o.start, o.series_id FROM \(f.source) WHERE o.start >= days.d AND o.start < days.e\(f.sql)
                                            ORDER BY o.start, o.series_id LIMIT ?)
            ORDER BY f.start, f.series_id
            """), arguments: [from.iso, from.adding(days: 1).iso, through.iso] + f.arguments + [perDay])
        var out: [(start: String, seriesID: RowID)] = []
        while let row = try rows.next() { out.append((row[0], row[1])) }
        return out
    }

    /// Shown series occurrences per day (day number) of the range whose series pass `filter`.
    static func seriesDayCounts(_ db: Database, from: CivilDate, through: CivilDate, filter: CalendarFilter) throws -> [Int: Int] {
        let rows: RowCursor
        if filter.isEmpty {
            rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT day, n FROM activity_series_day_count WHERE day >= ? AND day <= ? AND n > 0"),
                                       arguments: [from.iso, through.iso])
        } else {
            let f = occurrenceFilter(filter)
            rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT substr(o.start, 1, 10), count(*) FROM \(f.source) WHERE o.start >= ? AND o.start < ?\(f.sql) GROUP BY 1
                """), arguments: [from.iso, StoredForms.dayAfter(through)] + f.arguments)
        }
        var counts: [Int: Int] = [:]
        while let row = try rows.next() { counts[try StoredForms.date(row[0] as String).dayNumber, default: 0] += row[1] as Int }
        return counts
    }

    /// Occurrences of the range past the series' rows (series that go on past their horizon; usually none), that
    /// pass `filter` and are not replaced by a stored row, expanded by the core. With their series.
    static func tailOccurrences(_ db: Database, from: CivilDate, through: CivilDate,
                                filter: CalendarFilter) throws -> (occurrences: [Activity], series: [ActivitySeries]) {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.*, t.after AS tail_after FROM activity_series_tail t CROSS JOIN activity_series s ON s.id = t.series_id
            WHERE t.after < ? AND s.last_date >= ?
            """), arguments: [through.iso, from.iso])
        guard !rows.isEmpty else { return ([], []) }
        let series = try withExceptions(db, rows)
        var out: [Activity] = []
        for (row, s) in zip(rows, series) {
            let after = try StoredForms.date(row["tail_after"] as String).adding(days: 1)
            let start = max(from, after)
            guard start <= through else { continue }
            out += CalendarRange.expanded(series: [s], from: start, through: through, filter: filter,
                                          replaced: try replacedDates(db, series: [s], from: start, through: through))
        }
        return (out, series)
    }

    /// `check`: series whose occurrence rows differ from their rule (or whose replaced marks differ from the stored
    /// rows), and days whose kept series count differs from the rows shown that day.
    static func seriesOccurrenceProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM activity_series ORDER BY id") {
            let s = try SeriesRows.series(row, exceptions: [])
            var replaced: [String: Int] = [:]
            for day in try String.fetchAll(db, sql: "SELECT substr(start, 1, 10) FROM activity WHERE series_id = ?", arguments: [s.id]) {
                replaced[day, default: 0] += 1
            }
            let horizon = s.firstDate.adding(days: occurrenceHorizonDays)
            let expected = s.rule.dates(first: s.firstDate, from: s.firstDate, through: min(s.lastDate ?? horizon, horizon)).map {
                "\(StoredForms.dateTime(CivilDateTime(date: $0, time: s.template.start.time)))/\(replaced[$0.iso] ?? 0)"
            }
            let stored = try Row.fetchAll(db, sql: "SELECT start, replaced FROM activity_series_occurrence WHERE series_id = ? ORDER BY start",
                                          arguments: [s.id]).map { "\($0[0] as String)/\($0[1] as Int)" }
            if stored != expected { problems.append("activity_series_occurrence: series \(s.id) does not match its rule") }
            let tail = try String.fetchOne(db, sql: "SELECT after FROM activity_series_tail WHERE series_id = ?", arguments: [s.id])
            let wantTail = s.lastDate.map { $0 > horizon } ?? true
            if (tail != nil) != wantTail || (tail != nil && tail != horizon.iso) {
                problems.append("activity_series_tail: series \(s.id) is wrong")
            }
        }
        problems += try Row.fetchAll(db, sql: """
            SELECT day, sum(r), sum(c) FROM (SELECT substr(start, 1, 10) AS day, 1 AS r, 0 AS c FROM activity_series_occurrence WHERE replaced = 0
                                             UNION ALL SELECT day, 0, n FROM activity_series_day_count)
            GROUP BY day HAVING sum(r) <> sum(c)
            """).map { "activity_series_day_count: \($0[0] as String) says \($0[2] as Int), \($0[1] as Int) series occurrences that day" }
        problems += try RowID.fetchAll(db, sql: """
            SELECT DISTINCT series_id FROM activity_series_occurrence WHERE series_id NOT IN (SELECT id FROM activity_series)
            """).map { "activity_series_occurrence: rows of series \($0), which is gone" }
        return problems
    }
}
