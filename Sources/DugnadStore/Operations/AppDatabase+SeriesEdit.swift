import DugnadCore
import GRDB

extension AppDatabase {
    public enum SeriesEditScope: Sendable { case wholeSeries, thisDate, fromThisDate }

    /// Changes a series from one of its occurrences (on `date`), in one transaction:
    /// - whole series: the series takes the new values (a first day equal to
    ///   `date` keeps the series' own first day); without a rule it becomes a one-off;
    /// - this date: the date is cancelled in the series and a one-off row
    ///   (linked to the series) takes its place;
    /// - from this date: the series ends before `date` and the new values
    ///   continue as a new series (or a one-off without a rule).
    public func editSeries(id: RowID, from date: CivilDate, scope: SeriesEditScope, activity: Activity,
                           rule: RecurrenceRule?) throws(StoreError) {
        try change(.editActivities) { db, staff in
            guard let old = try Self.series(db, id: id) else { throw StoreError.notFound }
            var a = activity
            a.id = 0
            switch scope {
            case .wholeSeries:
                if let rule {
                    var s = old
                    if a.start.date == date {
                        // Same first day as before unless the user typed a new one.
                        let duration = a.durationMinutes
                        a.start = CivilDateTime(date: old.firstDate, time: a.start.time)
                        a.end = CivilDateTime(ordinal: a.start.ordinal + duration)
                    }
                    a.seriesID = nil
                    s.template = a
                    s.rule = rule
                    _ = try Self.updateSeries(db, s, staff: staff.username)
                } else {
                    try db.execute(sql: "DELETE FROM activity_series WHERE id = ?", arguments: [id])
                    _ = try Self.upsertOneOff(db, a, uid: old.uid, staff: staff.username)
                }
            case .thisDate:
                try db.execute(sql: "INSERT OR IGNORE INTO activity_series_exception (series_id, on_date) VALUES (?, ?)",
                               arguments: [id, date.iso])
                try db.execute(sql: "DELETE FROM activity WHERE series_id = ? AND start >= ? AND start < ?",
                               arguments: [id, date.iso, StoredForms.dayAfter(date)])
                a.seriesID = id
                _ = try Self.upsertOneOff(db, a, uid: "\(old.uid)-\(ICalendarWriter.format(date))", staff: staff.username)
            case .fromThisDate:
                if let kept = old.ending(before: date) {
                    _ = try Self.updateSeries(db, kept, staff: staff.username)
                    try db.execute(sql: "DELETE FROM activity WHERE series_id = ? AND start >= ?", arguments: [id, date.iso])
                } else {
                    try db.execute(sql: "DELETE FROM activity_series WHERE id = ?", arguments: [id])
                }
                a.seriesID = nil
                if let rule {
                    _ = try Self.insertSeries(db, ActivitySeries(uid: "", template: a, rule: rule), staff: staff.username)
                } else {
                    _ = try Self.upsertOneOff(db, a, uid: nil, staff: staff.username)
                }
            }
        }
    }
}
