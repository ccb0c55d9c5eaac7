import DugnadCore
import GRDB

// Venue administration (admin only): create, edit, deactivate and
// reactivate. Each is one transaction with its audit line; opening hours
// are replaced with the venue row, so a venue is never half saved.
extension AppDatabase {
    /// Inserts (id 0, active) or updates a venue after validation; audited
    /// with what changed. Returns the stored venue.
    @discardableResult
    public func saveVenue(_ venue: Venue) throws(StoreError) -> Venue {
        var candidate = venue
        candidate.name = venue.name.trimmingWhitespace()
        candidate.equipment = VenueValidation.tags(venue.equipment.joined(separator: ","))
        let issues = VenueValidation.problems(candidate)
        if !issues.isEmpty { throw .invalidVenue(issues) }
        let user = self.user
        return try change(.editVenues) { db, _ in
            var candidate = candidate
            try Self.checkReferences(db, candidate)
            if candidate.id == 0 {
                candidate.active = true
                try db.execute(sql: """
                    INSERT INTO venue (name, kind, site_id, kommunedel_id, capacity, closed_on_holidays, slot_minutes,
                        price_policy, hourly_rate_ore, subsidised_rate_ore, requires_approval, access_method, step_free,
                        accessible_toilet, hearing_loop, equipment, bookable_online, active)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: candidate.databaseArguments)
                var saved = candidate
                saved.id = db.lastInsertedRowID
                try Self.replaceOpeningHours(db, saved)
                try Audit.record(db, staff: user, action: "create", entity: "venue", entityID: saved.id,
                                 details: Audit.values(saved.auditFields))
                return saved
            }
            guard let old = try Self.venue(db, id: candidate.id) else { throw StoreError.notFound }
            // Active or not is changed by `setVenueActive` only: an edit keeps it.
            candidate.active = old.active
            let details = Audit.changes(from: old.auditFields, to: candidate.auditFields)
            guard !details.isEmpty else { return old }
            try db.execute(sql: """
                UPDATE venue SET name = ?, kind = ?, site_id = ?, kommunedel_id = ?, capacity = ?, closed_on_holidays = ?,
                    slot_minutes = ?, price_policy = ?, hourly_rate_ore = ?, subsidised_rate_ore = ?, requires_approval = ?,
                    access_method = ?, step_free = ?, accessible_toilet = ?, hearing_loop = ?, equipment = ?,
                    bookable_online = ?, active = ?
                WHERE id = ?
                """, arguments: candidate.databaseArguments + [candidate.id])
            try Self.replaceOpeningHours(db, candidate)
            try Audit.record(db, staff: user, action: "update", entity: "venue", entityID: candidate.id, details: details)
            return candidate
        }
    }

    /// A site or kommunedel removed meanwhile is a clear refusal, not a foreign-key error.
    private static func checkReferences(_ db: Database, _ venue: Venue) throws {
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM kommunedel WHERE id = ?)",
                             arguments: [venue.kommunedelID]) != true {
            throw StoreError.invalidVenue([VenueIssue(.kommunedel, .kommunedelMissing)])
        }
        if let site = venue.siteID,
           try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM site WHERE id = ?)", arguments: [site]) != true {
            throw StoreError.notFound
        }
    }

    private static func replaceOpeningHours(_ db: Database, _ venue: Venue) throws {
        try db.execute(sql: "DELETE FROM venue_opening_hours WHERE venue_id = ?", arguments: [venue.id])
        for weekday in 1...7 {
            for interval in venue.openingHours.intervals(on: weekday) {
                try db.execute(sql: """
                    INSERT INTO venue_opening_hours (venue_id, weekday, start_min, end_min) VALUES (?, ?, ?, ?)
                    """, arguments: [venue.id, weekday, interval.start.minutes, interval.end.minutes])
            }
        }
    }

    /// Deactivates (or reactivates) a venue: it leaves the grid and the
    /// free-slot search, its bookings and history stay. Returns the venue and
    /// how many confirmed or requested bookings it still has from `today` on
    /// (staff contact those bookers; nothing is cancelled automatically).
    public func setVenueActive(id: RowID, _ active: Bool, today: CivilDate) throws(StoreError) -> (venue: Venue, upcoming: Int) {
        let user = self.user
        return try change(.editVenues) { db, _ in
            guard var venue = try Self.venue(db, id: id) else { throw StoreError.notFound }
            if venue.active != active {
                try db.execute(sql: "UPDATE venue SET active = ? WHERE id = ?", arguments: [active, id])
                try Audit.record(db, staff: user, action: active ? "activate" : "deactivate", entity: "venue",
                                 entityID: id, details: "active: \(venue.active) → \(active)")
                venue.active = active
            }
            // Bounded on booking(venue_id, start).
            let upcoming = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM booking WHERE venue_id = ? AND start >= ? AND status IN ('confirmed', 'requested')
                """, arguments: [id, today.iso]) ?? 0
            return (venue, upcoming)
        }
    }
}

extension Venue {
    /// The columns of `venue` in INSERT/UPDATE order.
    var databaseArguments: StatementArguments {
        [name, kind.rawValue, siteID, kommunedelID, capacity, closedOnHolidays, slotMinutes, pricePolicy.rawValue,
         hourlyRate.ore, subsidisedRate.ore, requiresApproval, accessMethod.rawValue, stepFree, accessibleToilet,
         hearingLoop, StoredForms.tags(equipment), bookableOnline, active]
    }

    /// The fields as the audit log names and shows them.
    var auditFields: [(String, String)] {
        let hours = (1...7).map { weekday in
            OpeningHoursText.format(openingHours.intervals(on: weekday))
        }
        return [("name", name), ("kind", kind.rawValue), ("site_id", siteID.map(String.init) ?? ""),
                ("kommunedel_id", String(kommunedelID)), ("capacity", String(capacity)),
                ("opening_hours", hours.joined(separator: " | ")), ("closed_on_holidays", String(closedOnHolidays)),
                ("slot_minutes", String(slotMinutes)), ("price_policy", pricePolicy.rawValue),
                ("hourly_rate_ore", String(hourlyRate.ore)), ("subsidised_rate_ore", String(subsidisedRate.ore)),
                ("requires_approval", String(requiresApproval)), ("access_method", accessMethod.rawValue),
                ("step_free", String(stepFree)), ("accessible_toilet", String(accessibleToilet)),
                ("hearing_loop", String(hearingLoop)), ("equipment", StoredForms.tags(equipment)),
                ("bookable_online", String(bookableOnline)), ("active", String(active))]
    }
}
