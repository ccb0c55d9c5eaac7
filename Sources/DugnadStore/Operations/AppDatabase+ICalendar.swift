import DugnadCore
import GRDB

/// iCalendar in and out of the store.
extension AppDatabase {
    public struct ICalendarImportSummary: Sendable, Equatable {
        public var created = 0
        public var updated = 0
        /// UIDs already stored exactly as the file has them (a re-import of our own export).
        public var unchanged = 0
        /// Overrides (RECURRENCE-ID) that changed or cancelled one date of a series.
        public var overrides = 0
        /// Overrides the store could not place (unknown series, not an occurrence), one per item.
        public var skipped: [ICalendarImportProblem] = []

        public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0, overrides: Int = 0, skipped: [ICalendarImportProblem] = []) {
            self.created = created; self.updated = updated; self.unchanged = unchanged; self.overrides = overrides; self.skipped = skipped
        }
    }

    /// Saves events read from a text in ONE transaction (see `ICalendarImportWriter`).
    public func importEvents(_ events: [ImportedEvent]) throws(StoreError) -> ICalendarImportSummary {
        try change(.editActivities) { db, staff in
            var writer = try ICalendarImportWriter(db, staff: staff.username)
            for e in events { try writer.take(db, e) }
            return try writer.finish(db)
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

/// Writes imported events inside the import's transaction, one at a time (so
/// a streamed file is never held whole): a UID already stored (as series or
/// one-off) is updated when the file says something else and counted
/// unchanged when not, else created; overrides (RECURRENCE-ID) are kept
/// until the end, since their series may come later in the file, and then
/// replace their date. Only what a file carries is compared and written:
/// details staff set (capacity, price, sign-up …) are kept.
struct ICalendarImportWriter {
    let staff: String
    var districts: [String: RowID] = [:]
    var venues: [String: RowID] = [:]
    var overrides: [ImportedEvent] = []
    var summary = AppDatabase.ICalendarImportSummary()
    /// Hashes of every UID stored (rows and series), and of those this import saves: a UID whose hash is not
    /// here is surely new, and needs no look-up (most of a first import). A hash that is here is looked up.
    var storedUIDs = Set<UInt64>()

    init(_ db: Database, staff: String) throws {
        self.staff = staff
        let uids = try String.fetchCursor(db, sql: "SELECT uid FROM activity WHERE uid IS NOT NULL UNION ALL SELECT uid FROM activity_series")
        while let uid = try uids.next() { storedUIDs.insert(Self.hash(uid)) }
        for r in try Row.fetchAll(db, sql: "SELECT id, name FROM kommunedel") { districts[r["name"]] = r["id"] }
        for r in try Row.fetchAll(db, sql: """
            SELECT v.id, v.name || coalesce(', ' || s.name, '') AS full FROM venue v LEFT JOIN site s ON s.id = v.site_id
            """) { venues[r["full"]] = r["id"] }
    }

    func resolved(_ e: ImportedEvent) -> Activity {
        var a = e.activity
        a.kommunedelID = districts[e.kommunedelName]
        if !a.location.isEmpty, let venue = venues[a.location] {
            a.venueID = venue
            a.location = ""
        }
        return a
    }

    /// `stored` with the fields an iCalendar file carries taken from `imported`.
    static func merged(_ stored: Activity, _ imported: Activity) -> Activity {
        var a = stored
        a.title = imported.title; a.organiser = imported.organiser; a.category = imported.category
        a.audience = imported.audience; a.kommunedelID = imported.kommunedelID; a.venueID = imported.venueID
        a.start = imported.start; a.end = imported.end; a.allDay = imported.allDay; a.free = imported.free
        a.cancelled = imported.cancelled; a.description = imported.description; a.location = imported.location
        a.details.contact = imported.details.contact; a.details.accessibility = imported.details.accessibility
        a.details.languages = imported.details.languages
        return a
    }

    mutating func take(_ db: Database, _ e: ImportedEvent) throws {
        if e.recurrenceID != nil { overrides.append(e); return }
        let a = resolved(e)
        let known = !storedUIDs.insert(Self.hash(e.uid)).inserted
        let seriesRow = known ? try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM activity_series WHERE uid = ?"), arguments: [e.uid]) : nil
        var oneOffRow = known ? try Row.fetchOne(db.cachedStatement(sql: Self.oneOffByUID), arguments: [e.uid]) : nil
        // Our own export names a row without UID by its id: the same row, not a new one.
        if oneOffRow == nil, let id = Self.exportedRowID(e.uid) {
            oneOffRow = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(ActivityColumns.select) FROM activity WHERE id = ? AND uid IS NULL"),
                                         arguments: [id])
        }
        if let rule = e.rule {
            // A UID that was a one-off and is now a series: the row gives way to the series.
            if let oneOffRow { try db.execute(sql: "DELETE FROM activity WHERE id = ?", arguments: [oneOffRow[0] as RowID]) }
            if let seriesRow, let stored = try AppDatabase.withExceptions(db, [seriesRow]).first {
                // Dates replaced by a stored override row stay exceptions: the row shows them.
                let replaced = try Set(String.fetchAll(db.cachedStatement(sql: "SELECT uid FROM activity WHERE series_id = ? AND uid IS NOT NULL"),
                                                       arguments: [stored.id])
                    .compactMap { AppDatabase.replacedDate(uid: $0, seriesUID: stored.uid) })
                var s = stored
                s.template = Self.merged(stored.template, a)
                s.template.id = 0
                s.rule = rule
                s.exceptions = e.exceptions.union(replaced.intersection(stored.exceptions))
                if s == stored && oneOffRow == nil { summary.unchanged += 1; return }
                _ = try AppDatabase.updateSeries(db, s, staff: staff)
                summary.updated += 1
            } else {
                let s = ActivitySeries(uid: e.uid, template: a, rule: rule, exceptions: e.exceptions)
                _ = try AppDatabase.insertSeries(db, s, staff: staff)
                if oneOffRow != nil { summary.updated += 1 } else { summary.created += 1 }
            }
            return
        }
        if let seriesRow { try db.execute(sql: "DELETE FROM activity_series WHERE id = ?", arguments: [seriesRow["id"] as RowID]) }
        if let oneOffRow {
            let stored = try ActivityColumns.activity(oneOffRow)
            let m = Self.merged(stored, a)
            if m == stored && seriesRow == nil { summary.unchanged += 1; return }
            _ = try AppDatabase.upsertOneOff(db, m, uid: e.uid, staff: staff)
            summary.updated += 1
        } else {
            _ = try AppDatabase.upsertOneOff(db, a, uid: e.uid, staff: staff)
            if seriesRow != nil { summary.updated += 1 } else { summary.created += 1 }
        }
    }

    static let oneOffByUID = "SELECT \(ActivityColumns.select) FROM activity WHERE uid = ?"

    /// FNV-1a of a UID's bytes.
    static func hash(_ uid: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in uid.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The id in "dugnad-activity-<id>@drammen.kommune.no", the UID the export gives a row that has none.
    static func exportedRowID(_ uid: String) -> RowID? {
        let prefix = "dugnad-activity-", suffix = "@drammen.kommune.no"
        guard uid.hasPrefix(prefix), uid.hasSuffix(suffix) else { return nil }
        let digits = uid.dropFirst(prefix.count).dropLast(suffix.count)
        guard !digits.isEmpty, digits.count < 18, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return nil }
        return RowID(digits)
    }

    mutating func finish(_ db: Database) throws -> AppDatabase.ICalendarImportSummary {
        for e in overrides {
            let a = resolved(e)
            switch try AppDatabase.applyOverride(db, e, activity: a, staff: staff) {
            case .applied: summary.overrides += 1
            case .unchanged: summary.unchanged += 1
            case .skipped(let problem): summary.skipped.append(problem)
            }
        }
        overrides = []
        return summary
    }
}
