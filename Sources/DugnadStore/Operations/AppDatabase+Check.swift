import Foundation
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
            problems += try Self.metaProblems(db)
            problems += try Self.overlappingBookings(db)
            problems += try Self.overspentSchemes(db)
            problems += try Self.dayCountProblems(db)
            problems += try Self.seriesOccurrenceProblems(db)
            problems += try Self.grantTotalProblems(db)
            problems += try Self.grantTextIndexProblems(db)
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
                         "activity_day_count_move", "activity_series_occurrence_insert", "activity_series_occurrence_delete",
                         "activity_series_occurrence_replaced", "activity_series_replace_insert",
                         "activity_series_replace_delete", "activity_series_replace_move",
                         "grant_application_total_insert", "grant_application_total_delete", "grant_application_total_update"]
                + GrantInboxIndexMigration.triggers
            where try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                   arguments: [name]) == 0 {
                problems.append("trigger \(name) is missing")
            }
            return problems
        }
    }

    /// The grant filter's text index must find what the table holds. FTS5's own integrity check is a
    /// write (refused on the read-only connection `check` reads on), so this samples up to 24 applications
    /// spread over the table: each must be found by its whole text, and a three-character piece of it must
    /// be counted alike by the index and by `instr`. Texts written by a program that dropped the triggers
    /// fail it (and the missing trigger is named as well).
    static func grantTextIndexProblems(_ db: Database) throws -> [String] {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM grant_application") ?? 0
        guard total > 0 else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, search_text FROM (SELECT id, search_text, row_number() OVER (ORDER BY id) AS n FROM grant_application)
            WHERE (n - 1) % ? = 0 LIMIT 24
            """, arguments: [max(1, total / 24)])
        let mend = "; rebuild it with INSERT INTO grant_search (grant_search) VALUES ('rebuild')"
        for row in rows {
            let (id, text): (RowID, String) = (row["id"], row["search_text"])
            let scalars = Array(text.unicodeScalars)
            guard scalars.count >= 3 else { continue }
            let found = try Int.fetchOne(db, sql: "SELECT count(*) FROM grant_search WHERE grant_search MATCH ? AND rowid = ?",
                                         arguments: [GrantFilterSQL.phrase(text), id]) ?? 0
            if found != 1 {
                return ["grant_search (the grant filter's text index) does not hold the text of application \(id)" + mend]
            }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[(scalars.count / 2 - 1)...].prefix(3))
            let needle = String(piece)
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM grant_search WHERE grant_search MATCH ?",
                                           arguments: [GrantFilterSQL.phrase(needle)]) ?? 0
            let scanned = try Int.fetchOne(db, sql: "SELECT count(*) FROM grant_application WHERE instr(search_text, ?) > 0",
                                           arguments: [needle]) ?? 0
            if indexed != scanned {
                return ["grant_search (the grant filter's text index) finds \(indexed) applications containing "
                        + "\"\(needle)\", the table \(scanned)" + mend]
            }
        }
        return []
    }

    /// `meta` must say what the file is: app `dugnad` and an integer schema
    /// version this build knows (a hand-edited `abc` or `-1` is named).
    static func metaProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
        let app = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'app'")
        if app != "dugnad" { problems.append("meta: app is \(app.map { "\"\($0)\"" } ?? "missing"), not \"dugnad\"") }
        let raw = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
        if let raw, let version = Int(raw), (1...AppMigrations.schemaVersion).contains(version) {
            return problems
        }
        problems.append("meta: schema_version is \(raw.map { "\"\($0)\"" } ?? "missing"), not an integer from 1 to "
                        + "\(AppMigrations.schemaVersion)")
        return problems
    }

    /// SQLite's `quick_check` (a fast integrity check), for the TUI to run
    /// after its first frame, off the update loop. Empty when the file is sound;
    /// otherwise what SQLite found, one line each (at most 20).
    public func quickCheck() throws(StoreError) -> [String] {
        do {
            return try read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(20)").filter { $0 != "ok" } }
        } catch .damaged(_, let detail) {
            return [detail]
        }
    }

    /// What `integrity_check` says about a file that cannot even be opened as
    /// a Dugnad database because it is damaged: opened read-only, nothing written.
    public static func integrityReport(path: String) -> [String] {
        let path = (path as NSString).expandingTildeInPath
        do {
            let opened = try ReadOnlyFile.open(path: path)
            defer { try? opened.queue.close() }
            // Outside a transaction: a failed step would also fail the COMMIT.
            return try opened.queue.inDatabase { db in
                // Rows come one by one; a page so broken that the check itself
                // stops is reported after what it found before.
                var lines: [String] = []
                do {
                    let cursor = try String.fetchCursor(db, sql: "PRAGMA integrity_check(50)")
                    while let line = try cursor.next() { if line != "ok" { lines.append(line) } }
                } catch let error as DatabaseError {
                    lines.append("integrity_check stopped: \(error.message ?? "database disk image is malformed")")
                }
                return lines.isEmpty ? ["integrity_check found nothing, but the schema could not be read"] : lines
            }
        } catch let error as DatabaseError {
            return [error.message ?? "database disk image is malformed"]
        } catch {
            return [String(describing: error)]
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
