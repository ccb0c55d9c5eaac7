import DugnadCore
import GRDB

/// What a booking would cost and what stands in its way, before saving.
public struct BookingAssessment: Sendable, Equatable {
    public var conflicts: [BookingConflict]
    public var price: Money
    /// The status it will get: requested when the venue requires approval.
    public var status: BookingStatus
}

// Booking: the check and the insert run in one IMMEDIATE write transaction
// (GRDB's DatabasePool.write begins IMMEDIATE), so no other writer can slip
// in between; the booking_no_overlap triggers are the last line of defence.
extension AppDatabase {
    /// The conflicts and price of a booking as it would be saved now.
    public func assess(_ booking: Booking) throws(StoreError) -> BookingAssessment {
        try read { db in try Self.assess(db, booking) }
    }

    /// `ignoring`: bookings that are being moved themselves (an edit of a series).
    static func assess(_ db: Database, _ booking: Booking, ignoring: Set<RowID> = []) throws -> BookingAssessment {
        guard let venue = try venue(db, id: booking.venueID) else { throw StoreError.notFound }
        let existing = try holdingBookings(db, venueID: venue.id, start: booking.start, end: booking.end)
            .filter { !ignoring.contains($0.id) }
        let closures = try closures(db, venues: [venue], on: booking.start.date)
        let conflicts = BookingRules.conflicts(venue: venue, start: booking.start, end: booking.end,
                                               attendees: booking.attendees, existing: existing, closures: closures,
                                               ignoring: booking.id == 0 ? nil : booking.id)
        var registered = false
        if let orgID = booking.organisationID {
            guard let org = try organisation(db, id: orgID) else { throw StoreError.notFound }
            registered = org.inFrivillighetsregisteret
        }
        let price = PriceRule.price(venue: venue, start: booking.start, end: booking.end,
                                    organisationInFrivillighetsregisteret: registered)
        return BookingAssessment(conflicts: conflicts, price: price,
                                 status: venue.requiresApproval ? .requested : .confirmed)
    }

    /// Books a venue: checks every rule, sets price and status (and an
    /// access code for a confirmed code-lock booking), inserts and audits,
    /// all in one transaction. Refuses with `.bookingRefused` (the rules) or
    /// `.bookingOverlap` (the trigger, should a writer ever bypass the check).
    @discardableResult
    public func book(_ booking: Booking) throws(StoreError) -> Booking {
        let user = self.user
        return try change(.book) { db, _ in try Self.insertBooking(db, booking, user: user) }
    }

    static func insertBooking(_ db: Database, _ booking: Booking, user: String) throws -> Booking {
        let assessment = try assess(db, booking)
        guard assessment.conflicts.isEmpty else { throw StoreError.bookingRefused(assessment.conflicts) }
        var b = booking
        b.id = 0
        b.price = assessment.price
        b.status = assessment.status
        b.bookerName = b.bookerName.trimmingWhitespace()
        b.purpose = b.purpose.trimmingWhitespace()
        if b.status == .confirmed, try venue(db, id: b.venueID)?.accessMethod == .codeLock {
            b.accessCode = try freshAccessCode(db, for: b)
        }
        try db.execute(sql: """
            INSERT INTO booking (venue_id, start, "end", status, organisation_id, booker_name, booker_phone, purpose,
                                 attendees, is_public, price_ore, series_id, access_code, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [b.venueID, b.start.storageText, StoredForms.dateTime(b.end), b.status.rawValue,
                             b.organisationID, b.bookerName, b.bookerPhone, b.purpose, b.attendees, b.isPublic,
                             b.price.ore, b.seriesID, b.accessCode, user])
        b.id = db.lastInsertedRowID
        try Audit.record(db, staff: user, action: "create", entity: "booking", entityID: b.id,
                         details: Audit.values(b.auditFields))
        return b
    }

    /// A random six-digit code from the system's secure generator, not
    /// shared with any booking of the venue whose validity overlaps.
    static func freshAccessCode(_ db: Database, for b: Booking) throws -> String {
        let m = AccessCode.margin * 2
        let taken = Set(try String.fetchAll(db, sql: """
            SELECT access_code FROM booking
            WHERE venue_id = ? AND access_code IS NOT NULL AND status IN ('confirmed', 'requested')
              AND start >= date(?, '-2 day') AND start < ? AND "end" > ?
            """, arguments: [b.venueID, b.start.storageText,
                             CivilDateTime(ordinal: b.end.ordinal + m).storageText,
                             CivilDateTime(ordinal: b.start.ordinal - m).storageText]))
        var generator = SystemRandomNumberGenerator()
        while true {
            let code = AccessCode.code(from: generator.next())
            if !taken.contains(code) { return code }
        }
    }

    /// Bookings that hold the venue and overlap [start, end): bounded below
    /// by the day before (no booking spans days) so the lookup is a range
    /// scan of booking(venue_id, start), however long the history.
    static func holdingBookings(_ db: Database, venueID: RowID, start: CivilDateTime, end: CivilDateTime) throws -> [Booking] {
        try db.decodeAll("""
            SELECT * FROM booking
            WHERE venue_id = ? AND start >= date(?, '-1 day') AND start < ? AND "end" > ?
              AND status IN ('confirmed', 'requested')
            ORDER BY start
            """, [venueID, start.storageText, StoredForms.dateTime(end), start.storageText], Booking.init(row:))
    }

    static func venue(_ db: Database, id: RowID) throws -> Venue? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM venue WHERE id = ?", arguments: [id]) else { return nil }
        return try Venue(row: row, openingHours: try Venue.openingHours(db, venueIDs: [id])[id]!)
    }

    static func closures(_ db: Database, venues: [Venue], on date: CivilDate) throws -> [Closure] {
        guard !venues.isEmpty else { return [] }
        let venueIDs = venues.map(\.id), siteIDs = Array(Set(venues.compactMap(\.siteID)))
        var sql = "SELECT * FROM closure WHERE starts_on <= ? AND ends_on >= ? AND (venue_id IN (\(databaseQuestionMarks(count: venueIDs.count)))"
        var arguments: StatementArguments = [date.iso, date.iso]
        arguments += StatementArguments(venueIDs)
        if !siteIDs.isEmpty {
            sql += " OR site_id IN (\(databaseQuestionMarks(count: siteIDs.count)))"
            arguments += StatementArguments(siteIDs)
        }
        return try db.decodeAll(sql + ")", arguments, Closure.init(row:))
    }

    public func booking(id: RowID) throws(StoreError) -> Booking? {
        try read { try Row.fetchOne($0, sql: "SELECT * FROM booking WHERE id = ?", arguments: [id]).map(Booking.init(row:)) }
    }

    /// Cancels a booking (it stops holding the venue); audited.
    public func cancelBooking(id: RowID) throws(StoreError) {
        let user = self.user
        try change(.book) { db, _ in
            guard let old = try String.fetchOne(db, sql: "SELECT status FROM booking WHERE id = ? AND status IN ('confirmed', 'requested')",
                                                arguments: [id]) else { throw StoreError.notFound }
            try db.execute(sql: "UPDATE booking SET status = 'cancelled' WHERE id = ?", arguments: [id])
            // The old status lets `restoreBooking` give it back.
            try Audit.record(db, staff: user, action: "cancel", entity: "booking", entityID: id,
                             details: "status: \(old) → cancelled")
        }
    }

    /// Active organisations for the booking form's picker: id, name, registered, contact and phone.
    public func organisationChoices() throws(StoreError)
        -> [(id: RowID, name: String, registered: Bool, contactName: String, phone: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, name, in_frivillighetsregisteret, contact_name, phone FROM organisation WHERE active = 1
                ORDER BY name COLLATE NOCASE
                """).map { ($0["id"], $0["name"], $0["in_frivillighetsregisteret"], $0["contact_name"], $0["phone"]) }
        }
    }
}
