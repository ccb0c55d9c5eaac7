import DugnadCore
import GRDB

/// iCalendar in and out of the store.
extension AppDatabase {
    public struct ICalendarImportSummary: Sendable, Equatable {
        public var created = 0
        public var updated = 0
        /// Overrides (RECURRENCE-ID) that changed or cancelled one date of a series.
        public var overrides = 0
        /// Overrides the store could not place (unknown series, not an occurrence), one per item.
        public var skipped: [ICalendarImportProblem] = []
    }

    /// Saves the events read from a file in ONE transaction: a UID already
    /// stored (as series or one-off) is updated, else created; then each
    /// override (RECURRENCE-ID) replaces its date of the series with that UID.
    /// Either every event is saved or none; overrides it cannot place are
    /// returned in `skipped` and the rest is saved.
    public func importEvents(_ events: [ImportedEvent]) throws(StoreError) -> ICalendarImportSummary {
        try change(.editActivities) { db, staff in
            var summary = ICalendarImportSummary()
            let districts = try Row.fetchAll(db, sql: "SELECT id, name FROM kommunedel")
            let venues = try Row.fetchAll(db, sql: """
                SELECT v.id, v.name || coalesce(', ' || s.name, '') AS full FROM venue v LEFT JOIN site s ON s.id = v.site_id
                """)
            for e in events where e.recurrenceID == nil {
                var a = e.activity
                a.kommunedelID = districts.first { ($0["name"] as String) == e.kommunedelName }?["id"]
                if !a.location.isEmpty, let venue = venues.first(where: { ($0["full"] as String) == a.location }) {
                    a.venueID = venue["id"]
                    a.location = ""
                }
                let seriesID = try RowID.fetchOne(db, sql: "SELECT id FROM activity_series WHERE uid = ?", arguments: [e.uid])
                let oneOffID = try RowID.fetchOne(db, sql: "SELECT id FROM activity WHERE uid = ?", arguments: [e.uid])
                if let rule = e.rule {
                    // A UID that was a one-off and is now a series: the row gives way to the series.
                    if let oneOffID { try db.execute(sql: "DELETE FROM activity WHERE id = ?", arguments: [oneOffID]) }
                    let s = ActivitySeries(id: seriesID ?? 0, uid: e.uid, template: a, rule: rule, exceptions: e.exceptions)
                    if seriesID != nil { _ = try Self.updateSeries(db, s, staff: staff.username); summary.updated += 1 }
                    else { _ = try Self.insertSeries(db, s, staff: staff.username); summary.created += 1 }
                } else {
                    if let seriesID { try db.execute(sql: "DELETE FROM activity_series WHERE id = ?", arguments: [seriesID]) }
                    a.id = oneOffID ?? 0
                    _ = try Self.upsertOneOff(db, a, uid: e.uid, staff: staff.username)
                    if oneOffID != nil || seriesID != nil { summary.updated += 1 } else { summary.created += 1 }
                }
            }
            for e in events where e.recurrenceID != nil {
                var a = e.activity
                a.kommunedelID = districts.first { ($0["name"] as String) == e.kommunedelName }?["id"]
                if !a.location.isEmpty, let venue = venues.first(where: { ($0["full"] as String) == a.location }) {
                    a.venueID = venue["id"]
                    a.location = ""
                }
                if let problem = try Self.applyOverride(db, e, activity: a, staff: staff.username) { summary.skipped.append(problem) }
                else { summary.overrides += 1 }
            }
            return summary
        }
    }

    /// What `dugnad export ics` and the pane's export write: one-offs starting
    /// in the range (with their UID, or one derived from the id), the series
    /// that can occur in it, both filtered, and the rows that replace one date
    /// of those series as overrides (RECURRENCE-ID; not among the EXDATEs).
    public func activitiesForExport(from: CivilDate, through: CivilDate, filter: CalendarFilter)
        throws(StoreError) -> (oneOffs: [(uid: String, activity: Activity)], series: [ActivitySeries],
                               overrides: [ActivityICalendarExport.Override], names: ActivityICalendarExport.Names) {
        try read { db in
            var uids: [RowID: String] = [:]
            let rows = try Row.fetchAll(db, sql: "SELECT id, uid FROM activity WHERE start >= ? AND start < ? AND uid IS NOT NULL",
                                        arguments: [from.iso, StoredForms.dayAfter(through)])
            for r in rows { uids[r["id"]] = r["uid"] }
            let oneOffs = try Self.oneOffs(db, from: from, through: through, filter: filter)
                .map { (uid: uids[$0.id] ?? "dugnad-activity-\($0.id)@drammen.kommune.no", activity: $0) }
            var series = try Self.series(db, from: from, through: through).filter { filter.matches($0.template) }
            let split = Self.splitOverrides(oneOffs, series: series)
            // A replaced date is the override's, not an EXDATE (which would drop it in other programs).
            for o in split.overrides {
                if let i = series.firstIndex(where: { $0.uid == o.seriesUID }) { series[i].exceptions.remove(o.recurrenceID.date) }
            }
            var kommunedel: [RowID: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT id, name FROM kommunedel") { kommunedel[r["id"]] = r["name"] }
            var venue: [RowID: String] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT v.id, v.name || coalesce(', ' || s.name, '') AS full FROM venue v LEFT JOIN site s ON s.id = v.site_id
                """) { venue[r["id"]] = r["full"] }
            return (split.oneOffs, series, split.overrides, ActivityICalendarExport.Names(kommunedel: kommunedel, venue: venue))
        }
    }
}
