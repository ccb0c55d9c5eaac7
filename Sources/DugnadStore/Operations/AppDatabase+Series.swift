import DugnadCore
import GRDB

/// What booking a series did: the bookings made and the dates left out.
public struct SeriesResult: Sendable, Equatable {
    public var seriesID: RowID
    public var booked: [Booking]
    public var skipped: [CivilDate]
}

// Weekly series: the preview assesses every occurrence; saving checks them
// again and books all that are not skipped in ONE write transaction — an
// occurrence that is neither skipped nor free refuses the whole series, so
// nothing is ever booked half-way.
extension AppDatabase {
    /// Every occurrence of the series with its conflicts, as it would be booked now.
    public func assessSeries(_ template: Booking, _ series: WeeklySeries) throws(StoreError) -> [SeriesOccurrence] {
        try read { db in try Self.occurrences(db, template, series) }
    }

    /// A template with an id is an existing booking being repeated: its own
    /// date is not a new occurrence.
    static func occurrences(_ db: Database, _ template: Booking, _ series: WeeklySeries) throws -> [SeriesOccurrence] {
        try series.bookings(of: template).filter { template.id == 0 || $0.start.date != template.start.date }.map { b in
            SeriesOccurrence(booking: b, conflicts: try assess(db, b).conflicts,
                             isHoliday: NorwegianHolidays.isHoliday(b.start.date))
        }
    }

    /// Books the series: the rule, then every occurrence not skipped, each
    /// audited, all in one transaction. Refuses (saving nothing) with the
    /// first unskipped occurrence's conflicts, or when nothing would be booked.
    @discardableResult
    public func bookSeries(_ template: Booking, _ series: WeeklySeries, skipConflicts: Bool,
                           skipHolidays: Bool) throws(StoreError) -> SeriesResult {
        let user = self.user
        var fresh = template
        fresh.id = 0
        return try change(.book) { db, _ in
            try Self.saveSeries(db, fresh, series, skipConflicts: skipConflicts, skipHolidays: skipHolidays, user: user)
        }
    }

    /// Turns an existing single booking into a weekly series from its own
    /// date: the booking joins the series and the later dates are booked as
    /// `bookSeries` does, in one transaction.
    @discardableResult
    public func repeatBooking(id: RowID, _ series: WeeklySeries, skipConflicts: Bool,
                              skipHolidays: Bool) throws(StoreError) -> SeriesResult {
        let user = self.user
        return try change(.book) { db, _ in
            guard let original = try Row.fetchOne(db, sql: """
                SELECT * FROM booking WHERE id = ? AND status IN ('confirmed', 'requested')
                """, arguments: [id]).map(Booking.init(row:)) else { throw StoreError.notFound }
            guard original.seriesID == nil else { throw StoreError.alreadyInSeries }
            var rule = series
            rule.firstDate = original.start.date
            return try Self.saveSeries(db, original, rule, skipConflicts: skipConflicts, skipHolidays: skipHolidays,
                                       user: user)
        }
    }

    /// The rule and its bookings. A template with an id (an existing
    /// booking) joins the series instead of being booked again.
    private static func saveSeries(_ db: Database, _ template: Booking, _ series: WeeklySeries, skipConflicts: Bool,
                                   skipHolidays: Bool, user: String) throws -> SeriesResult {
        let all = try Self.occurrences(db, template, series)
        if let refused = all.first(where: { !$0.conflicts.isEmpty && !$0.isSkipped(skipConflicts: skipConflicts, skipHolidays: skipHolidays) }) {
            throw StoreError.bookingRefused(refused.conflicts)
        }
        let kept = all.filter { !$0.isSkipped(skipConflicts: skipConflicts, skipHolidays: skipHolidays) }
        guard !kept.isEmpty else { throw StoreError.bookingRefused([]) }
        // Series ids are shared with older bookings' series_id (the demo's
        // series have no rule row): take one above both.
        let next = try Int64.fetchOne(db, sql: """
            SELECT max(coalesce((SELECT max(id) FROM booking_series_rule), 0),
                       coalesce((SELECT max(series_id) FROM booking WHERE series_id IS NOT NULL), 0)) + 1
            """) ?? 1
        try db.execute(sql: """
            INSERT INTO booking_series_rule (id, venue_id, weekdays, interval_weeks, first_date, until_date,
                                             occurrence_count, skip_holidays, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [next, template.venueID, series.weekdays.sorted().map(String.init).joined(),
                             series.interval, series.firstDate.iso, series.until?.iso, series.count, skipHolidays, user])
        let skipped = all.filter { $0.isSkipped(skipConflicts: skipConflicts, skipHolidays: skipHolidays) }.map(\.date)
        try Audit.record(db, staff: user, action: "create", entity: "booking_series", entityID: RowID(next),
                         details: Audit.values([("venue", String(template.venueID)),
                                                ("weekdays", series.weekdays.sorted().map(String.init).joined(separator: ",")),
                                                ("every", "\(series.interval)"), ("first", series.firstDate.iso),
                                                ("until", series.until?.iso ?? ""), ("count", series.count.map(String.init) ?? ""),
                                                ("booked", "\(kept.count)"),
                                                ("skipped", skipped.map(\.iso).joined(separator: ","))]))
        var booked: [Booking] = []
        if template.id != 0 {
            try db.execute(sql: "UPDATE booking SET series_id = ? WHERE id = ?", arguments: [next, template.id])
            try Audit.record(db, staff: user, action: "update", entity: "booking", entityID: template.id,
                             details: "series_id:  → \(next)")
        }
        for occurrence in kept {
            var b = occurrence.booking
            b.seriesID = RowID(next)
            booked.append(try insertBooking(db, b, user: user))
        }
        return SeriesResult(seriesID: RowID(next), booked: booked, skipped: skipped)
    }

    /// Cancels the occurrences of a series starting on or after `from`
    /// (the rest of the series); each audited. Returns how many.
    @discardableResult
    public func cancelSeries(_ seriesID: RowID, from: CivilDate) throws(StoreError) -> Int {
        let user = self.user
        return try change(.book) { db, _ in
            let ids = try RowID.fetchAll(db, sql: """
                SELECT id FROM booking WHERE series_id = ? AND start >= ? AND status IN ('confirmed', 'requested')
                """, arguments: [seriesID, from.iso])
            guard !ids.isEmpty else { throw StoreError.notFound }
            for id in ids {
                try db.execute(sql: "UPDATE booking SET status = 'cancelled' WHERE id = ?", arguments: [id])
                try Audit.record(db, staff: user, action: "cancel", entity: "booking", entityID: id,
                                 details: "status: cancelled; series \(seriesID) from \(from.iso)")
            }
            return ids.count
        }
    }
}
