import DugnadCore
import GRDB

/// Makes the demo's calendar look like a real frivilligsentral's: the
/// activity rows of each weekly booking series (and each weekly outdoor
/// walk) become ONE activity series — weekly on its weekday, from its first
/// to its last date — with the dates it skipped (holidays, season gaps, a
/// fixed event that took the room) and the cancelled ones as exceptions, and
/// one date in twenty moved by an hour as an override row ("edit this date":
/// the exception plus a linked row with UID "<series UID>-<YYYYMMDD>").
/// One-off activities stay single rows. Runs in the demo's own transaction
/// after the rows are written, deterministic for the rows it finds.
enum DemoActivitySeries {
    /// Folds the rows; returns (series made, rows folded into them).
    static func fold(_ db: Database) throws -> (series: Int, rows: Int) {
        // Groups of rows that repeat weekly with the same title, place and time: the booking series' activities
        // (grouped by booking series) and the outdoor walks (no booking; grouped by what they are).
        let groups = try Row.fetchAll(db, sql: """
            SELECT group_concat(a.id) AS ids FROM activity a LEFT JOIN booking b ON b.id = a.booking_id
            WHERE a.series_id IS NULL AND a.uid IS NULL AND (b.series_id IS NOT NULL OR a.booking_id IS NULL)
            GROUP BY coalesce('b' || b.series_id, 'o' || a.title || '|' || a.organiser || '|' || coalesce(a.kommunedel_id, '')),
                     a.title, strftime('%w', a.start), substr(a.start, 12), substr(a."end", 12)
            HAVING count(*) >= 4
            ORDER BY min(a.id)
            """)
        var made = 0, folded = 0
        for g in groups {
            let ids = (g["ids"] as String).split(separator: ",").compactMap { RowID($0) }.sorted()
            let rows = try ids.chunked(500).flatMap { chunk in
                try Row.fetchAll(db, sql: "SELECT \(ActivityColumns.select) FROM activity WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))",
                                 arguments: StatementArguments(chunk))
            }.map(ActivityColumns.activity).sorted { $0.start < $1.start }
            guard let first = rows.first, let last = rows.last,
                  rows.allSatisfy({ $0.durationMinutes == first.durationMinutes && !$0.allDay && $0.end.date == $0.start.date }),
                  let rule = RecurrenceRule(pattern: .weekly(weekdays: [first.start.date.weekday]), end: .until(last.start.date)) else { continue }
            let byDate = Dictionary(rows.map { ($0.start.date, $0) }, uniquingKeysWith: { a, _ in a })
            guard byDate.count == rows.count else { continue }
            var exceptions = Set<CivilDate>()
            for d in rule.dates(first: first.start.date, from: first.start.date, through: last.start.date) {
                if let a = byDate[d] { if a.cancelled { exceptions.insert(d) } } else { exceptions.insert(d) }
            }
            var template = first
            template.id = 0
            template.cancelled = false
            template.bookingID = nil
            let seriesID = try (RowID.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM activity_series") ?? 1)
            let uid = "dugnad-series-\(seriesID)@drammen.kommune.no"
            let series = ActivitySeries(id: seriesID, uid: uid, template: template, rule: rule, exceptions: exceptions)
            let cols = SeriesRows.columns
            try db.execute(sql: "INSERT INTO activity_series (id, \(cols.joined(separator: ","))) VALUES (?, \(cols.map { _ in "?" }.joined(separator: ",")))",
                           arguments: [seriesID] + SeriesRows.values(series))
            // One date in twenty (not the first) is moved an hour later: the override keeps its own row.
            var moved = Set<RowID>()
            for (i, a) in rows.enumerated() where i > 0 && !a.cancelled && (a.id % 20 == 7) {
                moved.insert(a.id)
                exceptions.insert(a.start.date)
                try db.execute(sql: """
                    UPDATE activity SET series_id = ?, uid = ?, start = ?, "end" = ? WHERE id = ?
                    """, arguments: [seriesID, "\(uid)-\(ICalendarWriter.format(a.start.date))",
                                     StoredForms.dateTime(CivilDateTime(ordinal: a.start.ordinal + 60)),
                                     StoredForms.dateTime(CivilDateTime(ordinal: a.end.ordinal + 60)), a.id])
            }
            for d in exceptions.sorted() {
                try db.execute(sql: "INSERT INTO activity_series_exception (series_id, on_date) VALUES (?, ?)", arguments: [seriesID, d.iso])
            }
            let gone = ids.filter { !moved.contains($0) }
            for chunk in gone.chunked(500) {
                try db.execute(sql: "DELETE FROM activity WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))",
                               arguments: StatementArguments(chunk))
            }
            try AppDatabase.materialiseOccurrences(db, series)
            made += 1
            folded += gone.count
        }
        return (made, folded)
    }
}

private extension Array {
    func chunked(_ n: Int) -> [[Element]] { stride(from: 0, to: count, by: n).map { Array(self[$0..<Swift.min($0 + n, count)]) } }
}
