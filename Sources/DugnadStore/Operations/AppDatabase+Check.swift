import DugnadCore
import GRDB

extension AppDatabase {
    /// Integrity and domain invariants (`dugnad check`). Returns problems in
    /// plain English; empty means all is well. Invariants the triggers
    /// enforce are checked again, because a file can be edited by other
    /// tools with the triggers dropped.
    public func check() throws(StoreError) -> [String] {
        try read { db in
            var problems: [String] = []
            for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
                problems.append("integrity: \(line)")
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                problems.append("foreign key: \(row[0] as String) row \(row[1] as Int64? ?? 0) refers to a missing "
                                + "\(row[2] as String)")
            }
            problems += try Self.overlappingBookings(db)
            problems += try Self.overspentSchemes(db)
            problems += try Self.dayCountProblems(db)
            for row in try Row.fetchAll(db, sql: "SELECT id, org_number FROM organisation WHERE org_number IS NOT NULL") {
                let number: String = row["org_number"]
                if OrganisationNumber(number) == nil {
                    problems.append("organisation \(row["id"] as Int64): org number \(number) fails the MOD11 check")
                }
            }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") == 0 {
                problems.append("the audit log is empty")
            }
            for name in ["audit_log_no_update", "audit_log_no_delete", "booking_no_overlap_insert",
                         "booking_no_overlap_update", "activity_day_count_insert", "activity_day_count_delete",
                         "activity_day_count_move"]
            where try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                   arguments: [name]) == 0 {
                problems.append("trigger \(name) is missing")
            }
            return problems
        }
    }

    /// Pairs of active bookings of the same venue that overlap. Bounded
    /// like the trigger, so it is a walk along the (venue_id, start) index.
    private static func overlappingBookings(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT a.id AS a, b.id AS b, a.venue_id AS venue, a.start AS start FROM booking a
            JOIN booking b ON b.venue_id = a.venue_id AND b.start >= date(a.start, '-1 day') AND b.start < a."end"
                AND a.start < b."end" AND a.id < b.id
            WHERE a.status IN ('confirmed', 'requested') AND b.status IN ('confirmed', 'requested')
            ORDER BY a.venue_id, a.start
            """).map { row in
            "bookings \(row["a"] as Int64) and \(row["b"] as Int64) overlap at venue \(row["venue"] as Int64) "
                + "(\(row["start"] as String))"
        }
    }

    /// Schemes that granted more in a year than their annual budget.
    private static func overspentSchemes(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT s.name, a.year, sum(a.amount_granted_ore) AS granted, s.annual_budget_ore AS budget
            FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
            WHERE a.amount_granted_ore IS NOT NULL
              AND a.status IN ('granted', 'partly_granted', 'paid', 'report_due', 'report_received', 'closed')
            GROUP BY a.scheme_id, a.year HAVING granted > budget
            ORDER BY a.year, s.name
            """).map { row in
            "grant scheme \"\(row["name"] as String)\" granted \(Money(ore: row["granted"]).formatted) in "
                + "\(row["year"] as Int), over its budget of \(Money(ore: row["budget"]).formatted)"
        }
    }
}
