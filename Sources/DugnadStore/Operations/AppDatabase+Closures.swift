import DugnadCore
import GRDB

// Closures as their own objects: listed, created, edited and deleted by an
// admin (audited, one transaction each). A closure blocks new bookings
// (BookingRules) but never cancels existing ones: `closureHits` lists the
// confirmed and requested bookings it falls on, so staff can call the
// bookers and move them.
extension AppDatabase {
    /// Every closure ending on or after `today` (soonest first), then up to
    /// `pastLimit` past ones (latest first). Closures are few (a venue has a
    /// handful a year), so the list is read whole.
    public func closures(today: CivilDate, pastLimit: Int = 200) throws(StoreError) -> [Closure] {
        try read { db in
            let current = try Row.fetchAll(db, sql: """
                SELECT * FROM closure WHERE ends_on >= ? ORDER BY starts_on, id
                """, arguments: [today.iso]).map(Closure.init(row:))
            let past = try Row.fetchAll(db, sql: """
                SELECT * FROM closure WHERE ends_on < ? ORDER BY starts_on DESC, id DESC LIMIT ?
                """, arguments: [today.iso, max(0, pastLimit)]).map(Closure.init(row:))
            return current + past
        }
    }

    public func closure(id: RowID) throws(StoreError) -> Closure? {
        try read { try Self.closure($0, id: id) }
    }

    static func closure(_ db: Database, id: RowID) throws -> Closure? {
        try Row.fetchOne(db, sql: "SELECT * FROM closure WHERE id = ?", arguments: [id]).map(Closure.init(row:))
    }

    /// Inserts (id 0) or updates a closure; audited. Returns the stored
    /// closure and how many confirmed or requested bookings it hits.
    public func saveClosure(_ closure: Closure) throws(StoreError) -> (closure: Closure, hits: Int) {
        var candidate = closure
        candidate.reason = closure.reason.trimmingWhitespace()
        let problems = ClosureValidation.problems(candidate)
        if !problems.isEmpty { throw .invalidClosure(problems) }
        let user = self.user
        return try change(.editVenues) { db, _ in
            if let venue = candidate.venueID,
               try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM venue WHERE id = ?)", arguments: [venue]) != true {
                throw StoreError.notFound
            }
            if let site = candidate.siteID,
               try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM site WHERE id = ?)", arguments: [site]) != true {
                throw StoreError.notFound
            }
            let arguments: StatementArguments = [candidate.venueID, candidate.siteID, candidate.startsOn.iso,
                                                 candidate.endsOn.iso, candidate.reason]
            var saved = candidate
            if candidate.id == 0 {
                try db.execute(sql: """
                    INSERT INTO closure (venue_id, site_id, starts_on, ends_on, reason) VALUES (?, ?, ?, ?, ?)
                    """, arguments: arguments)
                saved.id = db.lastInsertedRowID
                try Audit.record(db, staff: user, action: "create", entity: "closure", entityID: saved.id,
                                 details: Audit.values(saved.auditFields))
            } else {
                guard let old = try Self.closure(db, id: candidate.id) else { throw StoreError.notFound }
                let details = Audit.changes(from: old.auditFields, to: candidate.auditFields)
                if !details.isEmpty {
                    try db.execute(sql: """
                        UPDATE closure SET venue_id = ?, site_id = ?, starts_on = ?, ends_on = ?, reason = ? WHERE id = ?
                        """, arguments: arguments + [candidate.id])
                    try Audit.record(db, staff: user, action: "update", entity: "closure", entityID: candidate.id,
                                     details: details)
                }
            }
            return (saved, try Self.closureHits(db, saved, limit: Int.max).count)
        }
    }

    public func deleteClosure(id: RowID) throws(StoreError) {
        let user = self.user
        try change(.editVenues) { db, _ in
            guard let old = try Self.closure(db, id: id) else { throw StoreError.notFound }
            try db.execute(sql: "DELETE FROM closure WHERE id = ?", arguments: [id])
            try Audit.record(db, staff: user, action: "delete", entity: "closure", entityID: id,
                             details: Audit.values(old.auditFields))
        }
    }

    /// The confirmed and requested bookings inside the closure's dates, by
    /// start. One range scan of booking(venue_id, start) per venue concerned
    /// (the venue, or every venue of the site): never all bookings.
    public func closureHits(_ closure: Closure, limit: Int = 500) throws(StoreError) -> [ClosureHit] {
        try read { try Self.closureHits($0, closure, limit: limit) }
    }

    static func closureHits(_ db: Database, _ closure: Closure, limit: Int) throws -> [ClosureHit] {
        let venueIDs: [RowID]
        if let venue = closure.venueID {
            venueIDs = [venue]
        } else if let site = closure.siteID {
            venueIDs = try RowID.fetchAll(db, sql: "SELECT id FROM venue WHERE site_id = ?", arguments: [site])
        } else {
            venueIDs = []
        }
        guard !venueIDs.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: closureHitsSQL(venueCount: venueIDs.count), arguments:
            StatementArguments(venueIDs) + [closure.startsOn.iso, StoredForms.dayAfter(closure.endsOn), min(limit, Int(Int32.max))])
        return try rows.map { ClosureHit(booking: try Booking(row: $0), phone: $0["contact_phone"]) }
    }

    static func closureHitsSQL(venueCount: Int) -> String {
        """
        SELECT b.*, coalesce(nullif(b.booker_phone, ''), o.phone, '') AS contact_phone
        FROM booking b LEFT JOIN organisation o ON o.id = b.organisation_id
        WHERE b.venue_id IN (\(databaseQuestionMarks(count: venueCount)))
          AND b.start >= ? AND b.start < ? AND b.status IN ('confirmed', 'requested')
        ORDER BY b.start, b.id LIMIT ?
        """
    }
}

extension Closure {
    /// The fields as the audit log names and shows them.
    var auditFields: [(String, String)] {
        [("venue_id", venueID.map(String.init) ?? ""), ("site_id", siteID.map(String.init) ?? ""),
         ("starts_on", startsOn.iso), ("ends_on", endsOn.iso), ("reason", reason)]
    }
}
