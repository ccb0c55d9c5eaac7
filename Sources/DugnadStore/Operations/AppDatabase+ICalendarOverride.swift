import DugnadCore
import GRDB

/// iCalendar overrides (RECURRENCE-ID) in and out of the store, as "edit this
/// date" does it: the series gets an exception on the date and a one-off row
/// linked to it (`series_id`, UID "<series UID>-<YYYYMMDD>") takes its place;
/// a cancelled override is the exception alone.
extension AppDatabase {
    enum OverrideOutcome { case applied, unchanged, skipped(ICalendarImportProblem) }

    /// Applies one override inside the import's transaction. A series stored
    /// occurrence by occurrence (its rule not one Dugnad keeps) has the
    /// occurrence row "<UID>-<start>" changed instead.
    static func applyOverride(_ db: Database, _ e: ImportedEvent, activity: Activity, staff: String) throws -> OverrideOutcome {
        guard let original = e.recurrenceID else { return .unchanged }
        let item = e.uid
        guard let series = try withExceptions(db, Row.fetchAll(db, sql: "SELECT * FROM activity_series WHERE uid = ?",
                                                                arguments: [e.uid])).first else {
            let occurrenceUID = e.uid + "-" + ICalendarWriter.format(original)
            guard let row = try Row.fetchOne(db, sql: "SELECT \(ActivityColumns.select) FROM activity WHERE uid = ?",
                                             arguments: [occurrenceUID]) else {
                return .skipped(ICalendarImportProblem(line: e.line, item: item, reason: .unknownSeries))
            }
            let stored = try ActivityColumns.activity(row)
            let m = ICalendarImportWriter.merged(stored, activity)
            if m == stored { return .unchanged }
            _ = try upsertOneOff(db, m, uid: occurrenceUID, staff: staff)
            return .applied
        }
        let date = original.date
        // Cancelled dates are still occurrences of the rule; a date the rule never gives is not.
        guard !series.rule.dates(first: series.firstDate, from: date, through: date).isEmpty else {
            return .skipped(ICalendarImportProblem(line: e.line, item: item, reason: .notAnOccurrence(date)))
        }
        let existing = try Row.fetchOne(db, sql: "SELECT \(ActivityColumns.select) FROM activity WHERE uid = ?",
                                        arguments: [overrideUID(series.uid, date)]).map(ActivityColumns.activity)
        if series.exceptions.contains(date) {
            if activity.cancelled, existing == nil { return .unchanged }
            if let existing, !activity.cancelled {
                var m = ICalendarImportWriter.merged(existing, activity)
                m.seriesID = series.id
                if m == existing { return .unchanged }
            }
        }
        try db.execute(sql: "INSERT OR IGNORE INTO activity_series_exception (series_id, on_date) VALUES (?, ?)",
                       arguments: [series.id, date.iso])
        try db.execute(sql: "DELETE FROM activity WHERE uid = ? OR (series_id = ? AND start >= ? AND start < ?)",
                       arguments: [overrideUID(series.uid, date), series.id, date.iso, StoredForms.dayAfter(date)])
        if !activity.cancelled {
            var a = existing.map { ICalendarImportWriter.merged($0, activity) } ?? activity
            a.id = 0
            a.seriesID = series.id
            _ = try upsertOneOff(db, a, uid: overrideUID(series.uid, date), staff: staff)
        }
        try Audit.record(db, staff: staff, action: activity.cancelled ? "cancel" : "update", entity: "activity_series",
                         entityID: series.id, details: "\(activity.title) \(date.iso) (RECURRENCE-ID)")
        return .applied
    }

    /// The UID of the row that replaces `date` of a series (as "edit this date" names it).
    static func overrideUID(_ seriesUID: String, _ date: CivilDate) -> String { "\(seriesUID)-\(ICalendarWriter.format(date))" }

    /// The date in "<series UID>-<YYYYMMDD>".
    static func replacedDate(uid: String, seriesUID: String) -> CivilDate? {
        guard uid.hasPrefix(seriesUID + "-") else { return nil }
        let digits = Array(uid.dropFirst(seriesUID.count + 1))
        guard digits.count == 8, let y = Int(String(digits[0..<4])), let m = Int(String(digits[4..<6])), let d = Int(String(digits[6..<8]))
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// For export: the stored rows among `oneOffs` that replace a date of one of `series`, as overrides
    /// (the series' UID and the replaced occurrence's start), and the rest as one-offs.
    static func splitOverrides(_ oneOffs: [(uid: String, activity: Activity)], series: [ActivitySeries])
        -> (oneOffs: [(uid: String, activity: Activity)], overrides: [ActivityICalendarExport.Override]) {
        var byID: [RowID: ActivitySeries] = [:]
        for s in series { byID[s.id] = s }
        var plain: [(uid: String, activity: Activity)] = []
        var overrides: [ActivityICalendarExport.Override] = []
        for (uid, a) in oneOffs {
            guard let id = a.seriesID, let s = byID[id] else { plain.append((uid, a)); continue }
            // The replaced date is in the row's UID when it was made by "edit this date" or an import; else its own day.
            let date = replacedDate(uid: uid, seriesUID: s.uid) ?? a.start.date
            overrides.append(ActivityICalendarExport.Override(seriesUID: s.uid,
                                                              recurrenceID: CivilDateTime(date: date, time: s.template.start.time),
                                                              allDay: s.template.allDay, activity: a))
        }
        return (plain, overrides)
    }
}
