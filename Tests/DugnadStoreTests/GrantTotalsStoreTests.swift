import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// Migration v10 on real SQLite files: the kept totals per (year, scheme,
/// kommunedel, status) equal a grouped scan of the applications after every
/// kind of write (through the store and by raw SQL), `dugnad check` names a
/// table that disagrees, a schema-9 file gains the totals, and every sort of
/// the inbox walks an index instead of sorting.
@Suite struct GrantTotalsStoreTests {
    let store = GrantStoreTests()
    static let today = GrantStoreTests.today

    /// The overview of every year (schemes and kommunedeler) read both ways must be identical.
    static func expectTotalsEqualTheScan(_ db: AppDatabase, _ step: String,
                                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        let years = try db.read {
            try Int.fetchAll($0, sql: "SELECT year FROM grant_application UNION SELECT year FROM grant_application_total")
        } + [2025]
        for year in years {
            #expect(try db.grantOverview(year: year) == db.grantOverviewScanned(year: year), "\(step): \(year)",
                    sourceLocation: sourceLocation)
            #expect(try db.grantTotalsPerKommunedel(year: year) == db.grantTotalsPerKommunedelScanned(year: year),
                    "\(step): \(year)", sourceLocation: sourceLocation)
            // The overview screen's figures are kept between openings (GrantOverviewCache): opened twice after
            // each write — the write made here, by another connection or by raw SQL — both equal the scan.
            for _ in 0..<2 {
                let screen = try db.grantOverviewOfYear(year)
                #expect(screen.schemes == (try db.grantOverviewScanned(year: year)), "\(step): \(year) screen",
                        sourceLocation: sourceLocation)
                #expect(screen.kommunedeler == (try db.grantTotalsPerKommunedelScanned(year: year)),
                        "\(step): \(year) screen", sourceLocation: sourceLocation)
                #expect(screen.groups.map(\.applications).reduce(0, +) == screen.schemes.map(\.applications).reduce(0, +))
            }
        }
        #expect(try db.check() == [], "\(step)", sourceLocation: sourceLocation)
        #expect(try GrantStoreTests.count(db, "SELECT count(*) FROM grant_application_total WHERE n = 0") == 0,
                "\(step): no empty keys", sourceLocation: sourceLocation)
    }

    @Test func theKeptTotalsEqualAGroupedScanAfterEveryKindOfWrite() throws {
        let (anna, ola, _, club) = try store.office()
        // Deleting applications: first the rows that refer to them (foreign keys are on).
        func deleting(_ condition: String) throws -> String {
            let tables = try anna.read { db in
                try String.fetchAll(db, sql: """
                    SELECT DISTINCT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f
                    WHERE m.type = 'table' AND f."table" = 'grant_application'
                    """)
            }
            let ids = "SELECT id FROM grant_application WHERE \(condition)"
            return tables.map { "DELETE FROM \($0) WHERE application_id IN (\(ids));" }.joined(separator: " ")
                + " DELETE FROM grant_application WHERE \(condition);"
        }
        let loner = try anna.writeWithoutAudit { db in
            try db.execute(sql: "INSERT INTO organisation (name, category) VALUES ('Uten bydel', 'kultur')")
            return db.lastInsertedRowID
        }
        try anna.writeWithoutAudit { try $0.execute(sql: "UPDATE grant_scheme SET annual_budget_ore = 100000000 WHERE id = ?", arguments: [GrantStoreTests.open]) }
        try Self.expectTotalsEqualTheScan(anna, "empty")
        let a = try store.intake(ola, club: club, kroner: 70_000), b = try store.intake(ola, club: club, kroner: 50_000)
        let c = try store.intake(ola, club: loner, kroner: 20_000, title: "Sommerfest")
        try Self.expectTotalsEqualTheScan(anna, "intake")
        #expect(try anna.grantTotalsPerKommunedel(year: a.year).last?.name == "–")

        try store.ready(ola, a.id); try store.ready(ola, b.id); try store.ready(ola, c.id)
        try Self.expectTotalsEqualTheScan(anna, "status changes")
        try ola.decideApplication(id: a.id, GrantDecision(outcome: .granted, amount: Money(kroner: 70_000), reasons: "Godt tiltak."),
                                  on: Self.today)
        try ola.decideApplication(id: b.id, GrantDecision(outcome: .partlyGranted, amount: Money(ore: 1_234_567), reasons: "Delvis."),
                                  on: Self.today)
        try ola.decideApplication(id: c.id, GrantDecision(outcome: .rejected, amount: nil, reasons: "Utenfor ordningen."), on: Self.today)
        try Self.expectTotalsEqualTheScan(anna, "decisions")
        let scheme = try anna.grantOverview(year: a.year).first { $0.schemeID == GrantStoreTests.open }!
        #expect(scheme.decided == Money(ore: 7_000_000 + 1_234_567) && scheme.perStatus[.granted] == 1 && scheme.perStatus[.rejected] == 1)

        // Bulk status changes and their undo, through the store.
        let d = try store.intake(ola, club: club, kroner: 10_000, title: "Høstkonsert")
        _ = try ola.applyBulkAction([d.id], .setStatus(.inReview), on: Self.today)
        try Self.expectTotalsEqualTheScan(anna, "bulk")
        _ = try ola.undoLastBulkAction()
        try Self.expectTotalsEqualTheScan(anna, "undo")

        // Raw SQL past the store: amount edits, paid, another kommunedel, year and scheme, deletes.
        let edits = try [
            "UPDATE grant_application SET amount_granted_ore = 999999 WHERE id = \(b.id)",
            "UPDATE grant_application SET status = 'paid', paid_on = '2026-11-26' WHERE id = \(a.id)",
            "UPDATE grant_application SET kommunedel_id = NULL WHERE id = \(a.id)",
            "UPDATE grant_application SET kommunedel_id = 6 WHERE id = \(c.id)",
            "UPDATE grant_application SET year = year + 1 WHERE id = \(d.id)",
            "UPDATE grant_application SET scheme_id = \(GrantStoreTests.sport) WHERE id = \(d.id)",
            "UPDATE grant_application SET flagged = 1, title = 'Annen tittel'",
            deleting("id = \(c.id)"),
        ]
        for sql in edits {
            #expect(store.raw(sql) == nil, "\(sql)")
            try Self.expectTotalsEqualTheScan(anna, sql)
        }
        #expect(store.raw(try deleting("1")) == nil)
        try Self.expectTotalsEqualTheScan(anna, "all deleted")
        #expect(try GrantStoreTests.count(anna, "SELECT count(*) FROM grant_application_total") == 0)
    }

    @Test func theCheckNamesTotalsThatDisagreeAndAMissingTrigger() throws {
        let (anna, ola, _, club) = try store.office()
        _ = try store.intake(ola, club: club)
        #expect(try anna.check() == [])
        #expect(store.raw("UPDATE grant_application_total SET granted_ore = granted_ore + 1") == nil)
        #expect(try anna.check().contains { $0.hasPrefix("grant_application_total: ") })
        #expect(store.raw("""
            DELETE FROM grant_application_total;
            INSERT INTO grant_application_total SELECT year, scheme_id, coalesce(kommunedel_id, 0), status, count(*),
                coalesce(sum(amount_granted_ore), 0) FROM grant_application GROUP BY 1, 2, 3, 4;
            DROP TRIGGER grant_application_total_update;
            """) == nil)
        #expect(try anna.check() == ["trigger grant_application_total_update is missing"])
    }

    /// What migration v10 added, taken away again (to make a file as an older version left it).
    /// Schema 9 as it was: the later migrations undone first.
    static let beforeVersion10 = GrantTextIndexTests.beforeVersion11 + """
        DROP TRIGGER grant_application_total_insert; DROP TRIGGER grant_application_total_delete;
        DROP TRIGGER grant_application_total_update; DROP TABLE grant_application_total;
        DROP INDEX grant_application_deadline_order; DROP INDEX grant_application_score_order;
        DROP INDEX grant_application_status_order; DROP INDEX grant_application_received_text;
        DROP INDEX grant_application_status_filter;
        CREATE INDEX grant_application_status ON grant_application(status, received_on);
        DELETE FROM grdb_migrations WHERE identifier = 'v10-grant-totals';

        """

    @Test func aSchemaNineDatabaseGainsItsTotals() throws {
        let (anna, ola, _, club) = try store.office()
        let a = try store.intake(ola, club: club, kroner: 70_000)
        _ = try store.intake(ola, club: club, kroner: 30_000)
        try store.ready(ola, a.id)
        try ola.decideApplication(id: a.id, GrantDecision(outcome: .partlyGranted, amount: Money(kroner: 65_000), reasons: "Godt."),
                                  on: Self.today)
        let before = try anna.grantOverviewScanned(year: a.year)
        try anna.close(); try ola.close()
        // As schema 9 left it: no totals, no triggers, no sort indexes, the migration not run.
        #expect(store.raw(Self.beforeVersion10 + "UPDATE meta SET value = '9' WHERE key = 'schema_version';") == nil)
        let db = try AppDatabase.open(path: store.dir.path("g.sqlite"), user: "anna")
        #expect(try db.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") } == String(AppMigrations.schemaVersion))
        #expect(try db.grantOverview(year: a.year) == before)
        #expect(before.first { $0.schemeID == GrantStoreTests.open }?.decided == Money(kroner: 65_000))
        try Self.expectTotalsEqualTheScan(db, "migrated")
    }

    /// The inbox's window for every sort is a walk of an index (no temporary b-tree for the ORDER BY).
    @Test func everyInboxSortWalksAnIndex() throws {
        let (anna, _, _, _) = try store.office()
        func plan(_ sql: String) throws -> [String] {
            try anna.read { db in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String } }
        }
        for sort in GrantSort.allCases {
            let details = try plan("""
                SELECT a.id FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
                WHERE 1 ORDER BY \(sort.orderBy) LIMIT 30 OFFSET 300
                """)
            #expect(!details.contains { $0.contains("TEMP B-TREE") }, "\(sort): \(details)")
        }
        // A text filter is tested on the received-order index beside the text (window and count).
        let text = "instr(a.search_text, 'korps') > 0"
        #expect(try plan("SELECT a.id FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id WHERE \(text) ORDER BY \(GrantSort.received.orderBy) LIMIT 30")
            .contains { $0.contains("grant_application_received_text") })
        #expect(try plan("SELECT count(*) FROM grant_application a WHERE \(text)").contains { $0.contains("COVERING INDEX") })
        // A status with scheme, amount and text is counted from the widened status index alone.
        let statusAnd = "a.status IN ('received') AND a.scheme_id IN (11, 12) AND a.amount_requested_ore > 5000000 AND \(text)"
        #expect(try plan("SELECT count(*) FROM grant_application a WHERE \(statusAnd)")
            .contains { $0.contains("COVERING INDEX grant_application_status_filter") })
    }
}
