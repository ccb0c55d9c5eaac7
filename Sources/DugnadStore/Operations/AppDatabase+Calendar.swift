import DugnadCore
import GRDB

/// The Calendar pane's reads and changes. Reads touch only the visible
/// range: one-off rows by the `start` index, series by `activity_series_range`
/// (those whose last day is on or after `from` and whose first start is
/// before the day after `through`), expanded by the core.
extension AppDatabase {
    /// Every occurrence starting `from…through` that passes `filter`, in start order.
    /// With `perDay`, only the first `perDay` one-offs of each day are read (the month view's cells), and
    /// `dayCounts` tells every day's total: a month at scale 10 holds ~20,000 stored occurrences.
    public func calendar(from: CivilDate, through: CivilDate, filter: CalendarFilter,
                         perDay: Int? = nil) throws(StoreError) -> CalendarSlice {
        try read { db in
            if let perDay {
                // Counts from the per-day count tables, then only the first few stored rows and series occurrences of
                // each day (only those series are read).
                let counts = try Self.dayCounts(db, from: from, through: through, filter: filter)
                let oneOffs = try Self.firstOneOffs(db, from: from, through: through, filter: filter, perDay: perDay)
                let firsts = try Self.occurrences(db, at: Self.firstSeriesOccurrences(db, from: from, through: through,
                                                                                     filter: filter, perDay: perDay))
                let tail = try Self.tailOccurrences(db, from: from, through: through, filter: filter)
                var rules: [RowID: RecurrenceRule] = [:]
                for s in firsts.series + tail.series { rules[s.id] = s.rule }
                let occurrences = (oneOffs + firsts.occurrences + tail.occurrences).sorted { $0.occurrenceKey < $1.occurrenceKey }
                return CalendarSlice(occurrences: occurrences, rules: rules,
                                     bookingStatus: try Self.bookingStatus(db, activityIDs: oneOffs.filter { $0.bookingID != nil }.map(\.id)),
                                     closures: try Self.closures(db, from: from, through: through), dayCounts: counts)
            }
            let series = try Self.series(db, from: from, through: through)
            var rules: [RowID: RecurrenceRule] = [:]
            for s in series { rules[s.id] = s.rule }
            let oneOffs = try Self.oneOffs(db, from: from, through: through, filter: filter)
            let counts: [Int: Int]? = nil
            let occurrences = CalendarRange.occurrences(oneOffs: oneOffs, series: series, from: from, through: through, filter: filter)
            return CalendarSlice(occurrences: occurrences, rules: rules,
                                 bookingStatus: try Self.bookingStatus(db, activityIDs: oneOffs.filter { $0.bookingID != nil }.map(\.id)),
                                 closures: try Self.closures(db, from: from, through: through), dayCounts: counts)
        }
    }

    /// The first `perDay` one-offs of each day of the range, in one statement (a statement per day cost more in
    /// setting up its cursor than in reading): a day list, and for each day the ids from the start index.
    static func firstOneOffs(_ db: Database, from: CivilDate, through: CivilDate, filter: CalendarFilter,
                             perDay: Int) throws -> [Activity] {
        let w = oneOffWhere(from: from, through: through, filter: filter)
        let columns = ActivityColumns.names.map { "activity.\($0)" }.joined(separator: ", ")
        return try ActivityColumns.fetch(db.cachedStatement(sql: """
            WITH RECURSIVE days(d, e) AS (SELECT ?, ? UNION ALL SELECT e, date(e, '+1 day') FROM days WHERE e <= ?)
            SELECT \(columns) FROM days, activity
            WHERE activity.id IN (SELECT id FROM activity WHERE start >= days.d AND start < days.e AND \(w.sql)
                                  ORDER BY start, id LIMIT ?)
            ORDER BY activity.start, activity.id
            """), [from.iso, from.adding(days: 1).iso, through.iso] + w.arguments + [perDay])
    }

    static func oneOffs(_ db: Database, from: CivilDate, through: CivilDate, filter: CalendarFilter,
                        limit: Int? = nil) throws -> [Activity] {
        let w = oneOffWhere(from: from, through: through, filter: filter)
        // A cached statement: the month view asks this once per day (preparing it again cost more than reading).
        return try ActivityColumns.fetch(db.cachedStatement(sql: "SELECT \(ActivityColumns.select) FROM activity WHERE \(w.sql) ORDER BY start, id"
                                                            + (limit == nil ? "" : " LIMIT ?")),
                                         w.arguments + (limit.map { [$0] } ?? []))
    }

    /// The WHERE clause of one-offs starting in the range that pass the filter.
    static func oneOffWhere(from: CivilDate, through: CivilDate, filter: CalendarFilter) -> (sql: String, arguments: StatementArguments) {
        let f = filterClauses(filter)
        return ((["start >= ?", "start < ?"] + f.clauses).joined(separator: " AND "),
                [from.iso, StoredForms.dayAfter(through)] + f.arguments)
    }

    /// The filter's conditions on the columns an activity row and a series row share (`table`: their qualifier).
    static func filterClauses(_ filter: CalendarFilter, table: String? = nil) -> (clauses: [String], arguments: StatementArguments) {
        let p = table.map { "\($0)." } ?? ""
        var clauses: [String] = []
        var args: StatementArguments = []
        if !filter.kommunedelIDs.isEmpty {
            clauses.append("\(p)kommunedel_id IN (\(filter.kommunedelIDs.map { _ in "?" }.joined(separator: ",")))")
            args += StatementArguments(filter.kommunedelIDs.sorted())
        }
        if !filter.audiences.isEmpty {
            clauses.append("\(p)audience IN (\(filter.audiences.map { _ in "?" }.joined(separator: ",")))")
            args += StatementArguments(filter.audiences.map(\.rawValue).sorted())
        }
        if !filter.categories.isEmpty {
            clauses.append("\(p)category IN (\(filter.categories.map { _ in "?" }.joined(separator: ",")))")
            args += StatementArguments(filter.categories.map(\.rawValue).sorted())
        }
        switch filter.price {
        case .any: break
        case .free: clauses.append("\(p)free = 1")
        case .paid: clauses.append("\(p)free = 0")
        }
        let org = TextFold.fold(filter.organiser.trimmingWhitespace())
        if !org.isEmpty { clauses.append("dugnad_contains(\(p)organiser, ?)"); args += [org] }
        let text = TextFold.fold(filter.text.trimmingWhitespace())
        if !text.isEmpty {
            clauses.append("(dugnad_contains(\(p)title, ?) OR dugnad_contains(\(p)organiser, ?) OR dugnad_contains(\(p)description, ?)"
                           + " OR dugnad_contains(\(p)location, ?))")
            args += [text, text, text, text]
        }
        return (clauses, args)
    }

    /// Linked bookings' states for the range's one-offs (a join on the booking's primary key).
    /// Linked bookings' states for the one-offs that were read (never the whole range: a
    /// month at scale 10 holds ~20,000 stored occurrences, each a table lookup).
    static func bookingStatus(_ db: Database, activityIDs: [RowID]) throws -> [RowID: BookingStatus] {
        var out: [RowID: BookingStatus] = [:]
        guard !activityIDs.isEmpty else { return out }
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT a.id, b.status FROM activity a JOIN booking b ON b.id = a.booking_id
            WHERE a.id IN (SELECT value FROM json_each(?)) AND a.booking_id IS NOT NULL
            """), arguments: [Self.jsonIDs(activityIDs)])
        while let row = try rows.next() { out[row[0]] = try StoredForms.enumValue(BookingStatus.self, row[1]) }
        return out
    }

    /// Closures touching the range, each with the venues it closes.
    static func closures(_ db: Database, from: CivilDate, through: CivilDate) throws -> [VenueClosure] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT c.starts_on, c.ends_on, c.reason,
                   coalesce(c.venue_id, '') || ',' || coalesce((SELECT group_concat(v.id) FROM venue v WHERE v.site_id = c.site_id), '') AS venues
            FROM closure c WHERE c.starts_on <= ? AND c.ends_on >= ?
            """), arguments: [through.iso, from.iso]).map { row in
            VenueClosure(venueIDs: Set((row["venues"] as String).split(separator: ",").compactMap { RowID($0) }),
                         from: try StoredForms.date(row["starts_on"] as String), through: try StoredForms.date(row["ends_on"] as String),
                         reason: row["reason"])
        }
    }

    /// The series that can have an occurrence in `from…through`, with their exceptions.
    static func series(_ db: Database, from: CivilDate, through: CivilDate) throws -> [ActivitySeries] {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT * FROM activity_series WHERE last_date >= ? AND first_start < ? ORDER BY id
            """), arguments: [from.iso, StoredForms.dayAfter(through)])
        return try withExceptions(db, rows)
    }

    /// One series with its exception dates, if it exists.
    static func series(_ db: Database, id: RowID) throws -> ActivitySeries? {
        try withExceptions(db, Row.fetchAll(db, sql: "SELECT * FROM activity_series WHERE id = ?", arguments: [id])).first
    }

    static func withExceptions(_ db: Database, _ rows: [Row]) throws -> [ActivitySeries] {
        guard !rows.isEmpty else { return [] }
        var exceptions: [RowID: Set<CivilDate>] = [:]
        let ids: [RowID] = rows.map { $0["id"] }
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT series_id, on_date FROM activity_series_exception WHERE series_id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(ids))
        while let row = try cursor.next() {
            exceptions[row["series_id"], default: []].insert(try StoredForms.date(row["on_date"] as String))
        }
        return try rows.map { try SeriesRows.series($0, exceptions: exceptions[$0["id"]] ?? []) }
    }

    public func activitySeries(id: RowID) throws(StoreError) -> ActivitySeries? {
        try read { db in
            try Self.series(db, id: id)
        }
    }

    /// The activity published from a booking (the first, should there be more).
    public func activity(publishedFrom bookingID: RowID) throws(StoreError) -> Activity? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE booking_id = ? ORDER BY id LIMIT 1", arguments: [bookingID])
                .map(Activity.init(row:))
        }
    }

    /// Saves a new or changed activity: a series when `rule` is set, else a one-off row. Returns its id.
    @discardableResult
    public func saveActivity(_ activity: Activity, rule: RecurrenceRule?, seriesID: RowID? = nil) throws(StoreError) -> RowID {
        try change(.editActivities) { db, staff in
            if let rule {
                var s = ActivitySeries(id: seriesID ?? 0, uid: "", template: activity, rule: rule)
                if let seriesID, let old = try Self.series(db, id: seriesID) {
                    s.uid = old.uid
                    s.exceptions = old.exceptions
                    return try Self.updateSeries(db, s, staff: staff.username)
                }
                if activity.id > 0 {
                    // A one-off that now repeats: the series takes its place.
                    try db.execute(sql: "DELETE FROM activity WHERE id = ?", arguments: [activity.id])
                    s.template.id = 0
                }
                return try Self.insertSeries(db, s, staff: staff.username)
            }
            return try Self.upsertOneOff(db, activity, uid: nil, staff: staff.username)
        }
    }

    static func insertSeries(_ db: Database, _ series: ActivitySeries, staff: String) throws -> RowID {
        var s = series
        // A UID is needed before the id is known; it is replaced by the id-based one below.
        if s.uid.isEmpty { s.uid = "pending-\(UInt64.random(in: 0..<UInt64.max))" }
        try db.cachedStatement(sql: OneOffSQL.insertSeries).execute(arguments: SeriesRows.values(s))
        let id = db.lastInsertedRowID
        if s.uid.hasPrefix("pending-") {
            try db.execute(sql: "UPDATE activity_series SET uid = ? WHERE id = ?", arguments: ["dugnad-series-\(id)@drammen.kommune.no", id])
        }
        for d in s.exceptions.sorted() {
            try db.cachedStatement(sql: OneOffSQL.insertException).execute(arguments: [id, d.iso])
        }
        s.id = id
        try materialiseOccurrences(db, s)
        try Audit.record(db, staff: staff, action: "create", entity: "activity_series", entityID: id,
                         details: "\(s.template.title); \(s.template.start.storageText); \(ActivityICalendarExport.ruleText(s.rule, start: s.template.start, allDay: s.template.allDay))")
        return id
    }

    static func updateSeries(_ db: Database, _ s: ActivitySeries, staff: String) throws -> RowID {
        let cols = SeriesRows.columns
        // As for one-offs: an edit keeps the booking link it does not carry.
        let sets = cols.map { $0 == "booking_id" ? "booking_id = coalesce(?, booking_id)" : "\($0) = ?" }.joined(separator: ", ")
        try db.execute(sql: "UPDATE activity_series SET \(sets) WHERE id = ?",
                       arguments: SeriesRows.values(s) + [s.id])
        try db.execute(sql: "DELETE FROM activity_series_exception WHERE series_id = ?", arguments: [s.id])
        for d in s.exceptions {
            try db.execute(sql: "INSERT INTO activity_series_exception (series_id, on_date) VALUES (?, ?)", arguments: [s.id, d.iso])
        }
        try materialiseOccurrences(db, s)
        try Audit.record(db, staff: staff, action: "update", entity: "activity_series", entityID: s.id,
                         details: "\(s.template.title); \(s.template.start.storageText); \(ActivityICalendarExport.ruleText(s.rule, start: s.template.start, allDay: s.template.allDay)); exceptions \(s.exceptions.count)")
        return s.id
    }

    static func upsertOneOff(_ db: Database, _ a: Activity, uid: String?, staff: String) throws -> RowID {
        let base: [(any DatabaseValueConvertible)?] = [
            a.title, a.organiser, a.category.rawValue, a.audience.rawValue, a.kommunedelID, a.venueID,
            StoredForms.dateTime(a.start), StoredForms.dateTime(a.end), a.allDay, a.free, a.cancelled, a.description,
            a.location, a.seriesID, a.bookingID]
        let values = StatementArguments(base + a.details.values(free: a.free))
        if a.id > 0 {
            // An edit from the form does not carry the booking link: keep the stored one.
            try db.cachedStatement(sql: OneOffSQL.update).execute(arguments: values + [a.id])
            guard db.changesCount == 1 else { throw StoreError.notFound }
            try Audit.record(db, staff: staff, action: "update", entity: "activity", entityID: a.id,
                             details: "\(a.title); \(a.start.storageText)–\(a.end.storageText)")
            return a.id
        }
        try db.cachedStatement(sql: OneOffSQL.insert).execute(arguments: values + [uid])
        let id = db.lastInsertedRowID
        try Audit.record(db, staff: staff, action: "create", entity: "activity", entityID: id,
                         details: "\(a.title); \(a.start.storageText)–\(a.end.storageText)")
        return id
    }

    /// Cancels (or restores) one occurrence: a date of a series, or a one-off row.
    public func setOccurrenceCancelled(_ occurrence: Activity, _ cancelled: Bool) throws(StoreError) {
        try change(.editActivities) { db, staff in
            if occurrence.id == 0, let seriesID = occurrence.seriesID {
                let date = occurrence.start.date.iso
                if cancelled {
                    try db.execute(sql: "INSERT OR IGNORE INTO activity_series_exception (series_id, on_date) VALUES (?, ?)",
                                   arguments: [seriesID, date])
                } else {
                    try db.execute(sql: "DELETE FROM activity_series_exception WHERE series_id = ? AND on_date = ?",
                                   arguments: [seriesID, date])
                }
                try Audit.record(db, staff: staff.username, action: cancelled ? "cancel" : "restore",
                                 entity: "activity_series", entityID: seriesID, details: "\(occurrence.title) \(date)")
            } else {
                try db.execute(sql: "UPDATE activity SET cancelled = ? WHERE id = ?", arguments: [cancelled, occurrence.id])
                guard db.changesCount == 1 else { throw StoreError.notFound }
                try Audit.record(db, staff: staff.username, action: cancelled ? "cancel" : "restore", entity: "activity",
                                 entityID: occurrence.id, details: occurrence.title)
            }
        }
    }

    /// Ends a series before `date` (deletes it when `date` is on or before its first day).
    public func endSeries(id: RowID, before date: CivilDate) throws(StoreError) {
        try change(.editActivities) { db, staff in
            guard let s = try Self.series(db, id: id) else {
                throw StoreError.notFound
            }
            if let kept = s.ending(before: date) {
                _ = try Self.updateSeries(db, kept, staff: staff.username)
                try db.execute(sql: "DELETE FROM activity WHERE series_id = ? AND start >= ?", arguments: [id, date.iso])
            } else {
                try db.execute(sql: "DELETE FROM activity WHERE series_id = ?", arguments: [id])
                try db.execute(sql: "DELETE FROM activity_series WHERE id = ?", arguments: [id])
                try Audit.record(db, staff: staff.username, action: "delete", entity: "activity_series", entityID: id,
                                 details: s.template.title)
            }
        }
    }
}
