import DugnadCore
import GRDB

// Editing bookings: the edited booking carries the new date, times, booker,
// purpose, attendees and public flag. For a series from a date on, every
// later occurrence keeps its own date moved by the same number of days and
// takes the new times and fields. Every moved booking is checked against all
// rules (ignoring the bookings being moved), priced anew, and all are
// updated in one write transaction — or none.
extension AppDatabase {
    /// The bookings the edit would change, each as it would become, with its conflicts.
    public func assessEdit(_ edited: Booking, scope: BookingEditScope) throws(StoreError) -> [SeriesOccurrence] {
        try read { db in
            let pairs = try Self.editedBookings(db, edited, scope: scope)
            let moving = Set(pairs.map(\.old.id))
            return try pairs.map { pair in
                SeriesOccurrence(booking: pair.new, conflicts: try Self.assess(db, pair.new, ignoring: moving).conflicts,
                                 isHoliday: NorwegianHolidays.isHoliday(pair.new.start.date))
            }
        }
    }

    /// Saves the edit: every changed booking re-checked, re-priced and audited.
    /// Returns how many bookings were changed.
    @discardableResult
    public func updateBookings(_ edited: Booking, scope: BookingEditScope) throws(StoreError) -> Int {
        let user = self.user
        return try change(.book) { db, _ in
            let pairs = try Self.editedBookings(db, edited, scope: scope)
            let moving = Set(pairs.map(\.old.id))
            var updated: [(old: Booking, new: Booking)] = []
            for pair in pairs {
                let check = try Self.assess(db, pair.new, ignoring: moving)
                guard check.conflicts.isEmpty else { throw StoreError.bookingRefused(check.conflicts) }
                var new = pair.new
                new.price = check.price
                updated.append((pair.old, new))
            }
            // Release every booking being moved first, so a moved booking may
            // take a time another one of them is leaving; the overlap trigger
            // then checks each new time against everything held.
            try db.execute(sql: """
                UPDATE booking SET status = 'cancelled' WHERE id IN (\(databaseQuestionMarks(count: moving.count)))
                """, arguments: StatementArguments(Array(moving)))
            for (old, var new) in updated {
                let moved = old.start != new.start || old.end != new.end
                if moved, new.status == .confirmed, try Self.venue(db, id: new.venueID)?.accessMethod == .codeLock {
                    new.accessCode = try Self.freshAccessCode(db, for: new)
                }
                try db.execute(sql: """
                    UPDATE booking SET start = ?, "end" = ?, status = ?, organisation_id = ?, booker_name = ?,
                                       booker_phone = ?, purpose = ?, attendees = ?, is_public = ?, price_ore = ?,
                                       access_code = ?
                    WHERE id = ?
                    """, arguments: [new.start.storageText, StoredForms.dateTime(new.end), new.status.rawValue,
                                     new.organisationID, new.bookerName, new.bookerPhone, new.purpose, new.attendees,
                                     new.isPublic, new.price.ore, new.accessCode, new.id])
                var details = Audit.changes(from: old.auditFields, to: new.auditFields)
                if scope == .fromThisDate, let series = old.seriesID {
                    details += (details.isEmpty ? "" : "; ") + "series \(series) from \(edited.start.date.iso)"
                }
                try Audit.record(db, staff: user, action: "update", entity: "booking", entityID: new.id, details: details)
            }
            return updated.count
        }
    }

    /// Each booking the edit touches, before and after.
    static func editedBookings(_ db: Database, _ edited: Booking,
                               scope: BookingEditScope) throws -> [(old: Booking, new: Booking)] {
        guard let original = try Row.fetchOne(db, sql: """
            SELECT * FROM booking WHERE id = ? AND status IN ('confirmed', 'requested')
            """, arguments: [edited.id]).map(Booking.init(row:)) else { throw StoreError.notFound }
        let targets: [Booking]
        switch (scope, original.seriesID) {
        case (.fromThisDate, let series?):
            targets = try db.decodeAll("""
                SELECT * FROM booking
                WHERE series_id = ? AND start >= ? AND status IN ('confirmed', 'requested')
                ORDER BY start
                """, [series, original.start.date.iso], Booking.init(row:))
        default:
            targets = [original]
        }
        let days = edited.start.date.dayNumber - original.start.date.dayNumber
        let length = edited.end.ordinal - edited.start.ordinal
        return targets.map { old in
            var new = old
            let date = old.start.date.adding(days: days)
            new.start = CivilDateTime(date: date, time: edited.start.time)
            new.end = CivilDateTime(ordinal: new.start.ordinal + length)
            new.organisationID = edited.organisationID
            new.bookerName = edited.bookerName.trimmingWhitespace()
            new.bookerPhone = edited.bookerPhone.trimmingWhitespace()
            new.purpose = edited.purpose.trimmingWhitespace()
            new.attendees = edited.attendees
            new.isPublic = edited.isPublic
            return (old, new)
        }
    }
}
