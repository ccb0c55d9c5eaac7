import DugnadCore
import GRDB

// The approval queue: bookings of venues that require approval wait as
// 'requested' (they already hold the slot) until staff approve or reject.
extension AppDatabase {
    /// Requested bookings, oldest request first (partial index booking_requested).
    public func requestedBookings(limit: Int) throws(StoreError) -> [Booking] {
        try read { db in
            try db.decodeAll("""
                SELECT * FROM booking WHERE status = 'requested' ORDER BY created_at, id LIMIT ?
                """, [max(0, limit)], Booking.init(row:))
        }
    }

    /// Approves a request: confirmed, with an access code for a code-lock venue; audited.
    @discardableResult
    public func approveBooking(id: RowID) throws(StoreError) -> Booking {
        let user = self.user
        return try change(.book) { db, _ in
            guard var b = try Row.fetchOne(db, sql: "SELECT * FROM booking WHERE id = ? AND status = 'requested'",
                                           arguments: [id]).map(Booking.init(row:)) else { throw StoreError.notFound }
            b.status = .confirmed
            if try Self.venue(db, id: b.venueID)?.accessMethod == .codeLock {
                b.accessCode = try Self.freshAccessCode(db, for: b)
            }
            try db.execute(sql: "UPDATE booking SET status = 'confirmed', access_code = ? WHERE id = ?",
                           arguments: [b.accessCode, id])
            try Audit.record(db, staff: user, action: "approve", entity: "booking", entityID: id,
                             details: "status: requested → confirmed")
            return b
        }
    }

    /// Rejects a request with a reason (required); the slot is free again; audited.
    @discardableResult
    public func rejectBooking(id: RowID, reason: String) throws(StoreError) -> Booking {
        let user = self.user
        let reason = reason.trimmingWhitespace()
        return try change(.book) { db, _ in
            guard !reason.isEmpty else { throw StoreError.bookingRefused([]) }
            guard var b = try Row.fetchOne(db, sql: "SELECT * FROM booking WHERE id = ? AND status = 'requested'",
                                           arguments: [id]).map(Booking.init(row:)) else { throw StoreError.notFound }
            b.status = .rejected
            try db.execute(sql: "UPDATE booking SET status = 'rejected' WHERE id = ?", arguments: [id])
            try Audit.record(db, staff: user, action: "reject", entity: "booking", entityID: id,
                             details: "status: requested → rejected; reason: \(reason)")
            return b
        }
    }

    /// Confirmed bookings with an access code in a venue, for the lock system.
    public func accessCodes(venueID: RowID, from: CivilDate, through: CivilDate) throws(StoreError) -> [Booking] {
        try read { db in
            try db.decodeAll("""
                SELECT * FROM booking WHERE venue_id = ? AND start >= ? AND start < ?
                  AND status = 'confirmed' AND access_code IS NOT NULL ORDER BY start
                """, [venueID, from.iso, StoredForms.dayAfter(through)], Booking.init(row:))
        }
    }

    /// A venue's bookings that hold it, between two days, for calendar export.
    public func venueBookings(venueID: RowID, from: CivilDate, through: CivilDate) throws(StoreError) -> [Booking] {
        try read { db in
            try db.decodeAll("""
                SELECT * FROM booking WHERE venue_id = ? AND start >= ? AND start < ?
                  AND status IN ('confirmed', 'requested') ORDER BY start
                """, [venueID, from.iso, StoredForms.dayAfter(through)], Booking.init(row:))
        }
    }

    public func venue(id: RowID) throws(StoreError) -> Venue? {
        try read { try Self.venue($0, id: id) }
    }
}
