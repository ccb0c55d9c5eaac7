import DugnadCore
import GRDB

// The front desk's reads and one write: whose a booking is (its
// organisation's name and phone), an organisation's coming bookings, the
// bookings Ctrl-F finds, and taking back a cancellation.
extension AppDatabase {
    /// The organisations of `bookings`, by id: one query on the primary key.
    static func parties(_ db: Database, of bookings: some Sequence<Booking>) throws -> [RowID: BookingParty] {
        let ids = Array(Set(bookings.compactMap(\.organisationID)))
        guard !ids.isEmpty else { return [:] }
        let found = try db.decodeAll("""
            SELECT id, name, contact_name, phone FROM organisation WHERE id IN (\(databaseQuestionMarks(count: ids.count)))
            """, StatementArguments(ids)) { row in
            BookingParty(id: row["id"], name: row["name"], contactName: row["contact_name"], phone: row["phone"])
        }
        return Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static let listingSelect = """
        SELECT b.*, v.name AS venue_name, coalesce(s.name, '') AS site_name,
               o.name AS org_name, o.contact_name AS org_contact, o.phone AS org_phone
        FROM booking b JOIN venue v ON v.id = b.venue_id LEFT JOIN site s ON s.id = v.site_id
        LEFT JOIN organisation o ON o.id = b.organisation_id
        """

    static func listing(_ row: Row) throws -> BookingListing {
        let booking = try Booking(row: row)
        let party = booking.organisationID.map {
            BookingParty(id: $0, name: (row["org_name"] as String?) ?? "", contactName: (row["org_contact"] as String?) ?? "",
                         phone: (row["org_phone"] as String?) ?? "")
        }
        return BookingListing(booking: booking, venueName: row["venue_name"], siteName: row["site_name"], party: party)
    }

    /// The organisation's bookings that hold a venue from `from` on, soonest first
    /// (the booking(organisation_id) index, then a sort of that one organisation's rows).
    public func upcomingBookings(organisationID: RowID, from: CivilDate, limit: Int) throws(StoreError) -> [BookingListing] {
        try read { db in
            try db.decodeAll("""
                \(Self.listingSelect)
                WHERE b.organisation_id = ? AND b.start >= ? AND b.status IN ('confirmed', 'requested')
                ORDER BY b.start, b.id LIMIT ?
                """, [organisationID, from.iso, max(0, limit)], Self.listing)
        }
    }

    /// How many bookings `upcomingBookings` would list without a limit.
    public func upcomingBookingCount(organisationID: RowID, from: CivilDate) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM booking WHERE organisation_id = ? AND start >= ? AND status IN ('confirmed', 'requested')
                """, arguments: [organisationID, from.iso]) ?? 0
        }
    }

    /// Bookings from `today` through the next 90 days whose organisation,
    /// booker or venue (or its site) contains the folded `needle`: those of a
    /// matching organisation first, each part soonest first.
    static func searchBookings(_ db: Database, needle: String, today: CivilDate, limit: Int) throws -> [BookingListing] {
        try db.decodeAll("""
            \(Self.listingSelect)
            WHERE b.start >= ?2 AND b.start < ?3 AND b.status IN ('confirmed', 'requested')
              AND (dugnad_contains(coalesce(o.name, ''), ?1) OR dugnad_contains(b.booker_name, ?1)
                   OR dugnad_contains(v.name, ?1) OR dugnad_contains(coalesce(s.name, ''), ?1))
            ORDER BY dugnad_contains(coalesce(o.name, ''), ?1) DESC, b.start, b.id LIMIT ?4
            """, [needle, today.iso, today.adding(days: 91).iso, limit], Self.listing)
    }

    /// One booking with its names, whatever its status.
    public func bookingListing(id: RowID) throws(StoreError) -> BookingListing? {
        try read { db in try db.decodeAll("\(Self.listingSelect) WHERE b.id = ?", [id], Self.listing).first }
    }

    /// Takes back a cancellation: the booking holds its venue again with the
    /// status it had, if it was cancelled less than 24 hours ago. Refused (`notFound`) otherwise; `bookingOverlap` if the time
    /// was taken meanwhile. Audited as "restore".
    @discardableResult
    public func restoreBooking(id: RowID) throws(StoreError) -> Booking {
        let user = self.user
        return try change(.book) { db, _ in
            // The latest cancellation decides, and only while it is less than a day old.
            guard let last = try Row.fetchOne(db, sql: """
                    SELECT a.details, a.at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-24 hours') AS recent
                    FROM audit_log a JOIN booking b ON b.id = a.entity_id
                    WHERE a.entity = 'booking' AND a.entity_id = ? AND a.action = 'cancel' AND b.status = 'cancelled'
                    ORDER BY a.id DESC LIMIT 1
                    """, arguments: [id]), last["recent"] as Bool == true else { throw StoreError.notFound }
            let details: String = last["details"]
            let status = details.contains("requested →") ? "requested" : "confirmed"
            try db.execute(sql: "UPDATE booking SET status = ? WHERE id = ?", arguments: [status, id])
            try Audit.record(db, staff: user, action: "restore", entity: "booking", entityID: id,
                             details: "status: cancelled → \(status)")
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM booking WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound
            }
            return try Booking(row: row)
        }
    }
}
