import DugnadCore
import GRDB

extension AppDatabase {
    /// The week view's read: for every cell it draws (each day's all-day line and each row of `slots`) the first
    /// occurrence and how many start there, series occurrences included. Stored rows are counted per start minute
    /// from `activity_start_count` (~230 rows a week; with a filter, a GROUP BY of the matching rows); only the cells'
    /// first rows and the few rows starting at midnight (all-day items) are read whole: ~200 rows for ~5,000.
    public func calendarWeek(from: CivilDate, through: CivilDate, filter: CalendarFilter,
                             slots: WeekSlots) throws(StoreError) -> CalendarSlice {
        try read { db in
            var cellCounts: [Int: Int] = [:]
            var firstKey: [Int: OccurrenceKey] = [:]
            var midnightDays: [String] = [], midnightSeriesStarts: [String] = []
            let w = Self.oneOffWhere(from: from, through: through, filter: filter)
            let groups = filter.isEmpty
                ? try Row.fetchCursor(db.cachedStatement(sql: "SELECT start, n, first_id FROM activity_start_count WHERE start >= ? AND start < ? ORDER BY start"),
                                      arguments: [from.iso, StoredForms.dayAfter(through)])
                : try Row.fetchCursor(db.cachedStatement(sql: "SELECT start, count(*), min(id) FROM activity WHERE \(w.sql) GROUP BY start ORDER BY start"),
                                      arguments: w.arguments)
            while let row = try groups.next() {
                let start = try StoredForms.dateTime(row[0] as String)
                if start.time == .midnight { midnightDays.append(row[0]); continue }
                let cell = WeekSlots.cell(day: start.date, row: slots.row(start.time.minutes))
                cellCounts[cell, default: 0] += row[1] as Int
                // Groups come in start order: a cell's first group holds its first row (the lowest id at that start).
                if firstKey[cell] == nil { firstKey[cell] = OccurrenceKey(start: start, expanded: false, id: row[2]) }
            }
            // Series occurrences the same way, from their rows: counted per start minute, the cells' firsts (and
            // those at midnight, all-day or not) read whole.
            let sf = Self.occurrenceFilter(filter)
            var seriesFirst: [Int: (start: String, seriesID: RowID)] = [:]
            var seriesMidnight: [(start: String, seriesID: RowID)] = []
            let seriesGroups = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT o.start, count(*), min(o.series_id) FROM \(sf.source) WHERE o.start >= ? AND o.start < ?\(sf.sql)
                GROUP BY o.start ORDER BY o.start
                """), arguments: [from.iso, StoredForms.dayAfter(through)] + sf.arguments)
            while let row = try seriesGroups.next() {
                let text: String = row[0]
                let start = try StoredForms.dateTime(text)
                if start.time == .midnight { midnightSeriesStarts.append(text); continue }
                let cell = WeekSlots.cell(day: start.date, row: slots.row(start.time.minutes))
                cellCounts[cell, default: 0] += row[1] as Int
                if seriesFirst[cell] == nil { seriesFirst[cell] = (text, row[2]) }
            }
            for start in midnightSeriesStarts {
                let ids = try RowID.fetchAll(db.cachedStatement(sql: "SELECT o.series_id FROM \(sf.source) WHERE o.start = ?\(sf.sql) ORDER BY o.series_id"),
                                             arguments: [start] + sf.arguments)
                seriesMidnight += ids.map { (start, $0) }
            }
            var firsts: [Int: Activity] = [:]
            // Midnight: all-day items (and the odd timed one) are read whole: a handful a day.
            for start in midnightDays {
                var m = Self.oneOffWhere(from: from, through: through, filter: filter)
                m.sql += " AND start = ?"
                m.arguments += [start]
                for a in try ActivityColumns.fetch(db.cachedStatement(sql: "SELECT \(ActivityColumns.select) FROM activity WHERE \(m.sql) ORDER BY id"),
                                                   m.arguments) {
                    let cell = slots.cell(of: a)
                    cellCounts[cell, default: 0] += 1
                    // Midnight comes before every other start of the day: the cell's first is this row.
                    if firsts[cell] == nil { firsts[cell] = a; firstKey[cell] = nil }
                }
            }
            let ids = firstKey.values.map(\.id)
            if !ids.isEmpty {
                for a in try ActivityColumns.fetch(db.cachedStatement(sql: "SELECT \(ActivityColumns.select) FROM activity WHERE id IN (SELECT value FROM json_each(?))"),
                                                   [Self.jsonIDs(ids)]) {
                    firsts[slots.cell(of: a)] = a
                }
            }
            // A cell's series first is read only when it comes before the stored first.
            var wanted: [(start: String, seriesID: RowID)] = []
            for (cell, key) in seriesFirst {
                let k = OccurrenceKey(start: try StoredForms.dateTime(key.start), expanded: true, id: key.seriesID)
                if let f = firsts[cell], f.occurrenceKey < k { continue }
                wanted.append(key)
            }
            let read = try Self.occurrences(db, at: wanted)
            // Midnight series occurrences and those past the series' rows (tail) are counted here, cell by cell.
            let midnight = try Self.occurrences(db, at: seriesMidnight)
            let tail = try Self.tailOccurrences(db, from: from, through: through, filter: filter)
            for o in midnight.occurrences + tail.occurrences { cellCounts[slots.cell(of: o), default: 0] += 1 }
            for o in read.occurrences + midnight.occurrences + tail.occurrences {
                let cell = slots.cell(of: o)
                if let f = firsts[cell], f.occurrenceKey < o.occurrenceKey { continue }
                firsts[cell] = o
            }
            let series = read.series + midnight.series + tail.series
            var dayCounts: [Int: Int] = [:]
            for (cell, n) in cellCounts { dayCounts[cell / 100, default: 0] += n }
            var rules: [RowID: RecurrenceRule] = [:]
            for s in series { rules[s.id] = s.rule }
            let occurrences = firsts.values.sorted { $0.occurrenceKey < $1.occurrenceKey }
            return CalendarSlice(occurrences: occurrences, rules: rules,
                                 bookingStatus: try Self.bookingStatus(db, activityIDs: occurrences.filter { $0.bookingID != nil }.map(\.id)),
                                 closures: try Self.closures(db, from: from, through: through), dayCounts: dayCounts,
                                 cellCounts: cellCounts)
        }
    }
}
