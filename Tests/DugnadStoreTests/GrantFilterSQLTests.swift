import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// The filter language's SQL translation selects exactly what the core
/// evaluator selects, over the demo's applications, for many random filters.
@Suite struct GrantFilterSQLTests {
    static let today = CivilDate(year: 2026, month: 11, day: 26)!

    /// Terms the random filters are built from: every construct, with values that hit and miss.
    static let pool = [
        "status:received", "status:in_review,recommended", "status:open", "status:decided", "status:appealed",
        "status:report_due", "status:innvilget", "scheme:kultur", "scheme:idrett", "scheme:\"Åpne kulturarrangement\"",
        "group:sport_outdoor", "group:festivals,operating", "kind:prize", "kind:forwarded", "assignee:me", "assignee:none",
        "kommunedel:fjell", "kommunedel:Åsen", "kommunedel:zzz", "tag:jubileum", "tag:sjekk-regnskap", "from:2026-06-01",
        "to:2026-09-30", "year:2026", "year:2027", "ref:2026-00", "ref:2026-1", "amount>50000", "amount<=20000",
        "amount=25000", "score>=3", "score<2,5", "overdue", "flagged", "new", "conflict", "tagged", "mine", "unassigned",
        "korps", "idrettslag", "ØREN", "konsert", "2026-01", "\"for barn\"",
    ]

    @Test func sqlAndEvaluatorAgreeOnRandomFilters() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("demo.sqlite"), user: "tester")
        _ = try DemoData.fill(db, scale: 0.2, seed: 3, today: Self.today)
        // Look at it as one of the demo's officers, so assignee:me selects something.
        let officer = try db.read { try String.fetchOne($0, sql: "SELECT assignee FROM grant_application WHERE assignee IS NOT NULL GROUP BY assignee ORDER BY count(*) DESC LIMIT 1") }!
        // A small demo has few officers, so few conflicts: declare some more (someone else's).
        try db.writeWithoutAudit { try $0.execute(sql: "INSERT INTO grant_conflict (application_id, staff, reason) SELECT id, 'revisor', 'Nær familie' FROM grant_application WHERE id % 40 = 0") }
        let me = try AppDatabase.open(path: dir.path("demo.sqlite"), user: officer)
        let subjects = try me.grantFilterSubjects()
        #expect(subjects.count == 500)
        let context = GrantFilterContext(today: Self.today, me: officer)
        var rng = SystemRandomNumberGenerator()
        var seed: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {   // deterministic: a failure is reproducible
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            _ = rng
            return Int((seed >> 33) % UInt64(n))
        }
        var nonEmpty = 0
        for _ in 0..<400 {
            let terms = (0..<(1 + next(3))).map { _ -> String in
                let t = Self.pool[next(Self.pool.count)]
                return next(4) == 0 ? "!" + t : t
            }
            let expression = terms.joined(separator: " ")
            let filter = try GrantFilterParser.parse(expression).get()
            let expected = subjects.filter { GrantFilterEvaluator.matches(filter, $0, context) }.map(\.application.id)
            let selected = try me.grantInboxIDs(filter, today: Self.today)
            #expect(selected == expected, "\(expression)")
            #expect(try me.grantInboxCount(filter, today: Self.today) == expected.count, "\(expression)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 150, "the random filters should mostly select something: \(nonEmpty)")
        // Each construct selects something somewhere in the demo (the comparison is not vacuous).
        for term in ["status:decided", "kind:prize", "conflict", "tagged", "overdue", "new", "score>=3", "mine", "korps"] {
            let f = try GrantFilterParser.parse(term).get()
            #expect(try me.grantInboxCount(f, today: Self.today) > 0, "\(term)")
        }
        // Windows are slices of the same order.
        let all = try me.grantInbox(GrantFilter(), sort: .amount, today: Self.today, offset: 0, limit: 1000)
        let window = try me.grantInbox(GrantFilter(), sort: .amount, today: Self.today, offset: 40, limit: 20)
        #expect(window.map(\.id) == Array(all[40..<60]).map(\.id))
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.application.amountRequested >= $1.application.amountRequested })
    }

    @Test func theExportListsExactlyTheDecidedGrantsWithoutPrivateContacts() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("demo.sqlite"), user: "tester")
        _ = try DemoData.fill(db, scale: 0.2, seed: 5, today: Self.today)
        let lines = try db.grantExport(year: 2026)
        let expected = try db.read { try String.fetchAll($0, sql: """
            SELECT a.reference FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id WHERE a.year = 2026
              AND a.amount_granted_ore > 0 AND a.status NOT IN ('rejected', 'withdrawn') ORDER BY s.id, a.reference
            """) }
        #expect(!lines.isEmpty && lines.map(\.reference) == expected)
        let contacts = Set(try db.read { try String.fetchAll($0, sql: "SELECT contact_name FROM grant_application WHERE contact_name <> ''") })
        #expect(lines.allSatisfy { !contacts.contains($0.applicant) && !contacts.contains($0.purpose) })
        let privateOnes = try db.read { try String.fetchAll($0, sql: "SELECT applicant_name FROM grant_application WHERE organisation_id IS NULL") }
        #expect(lines.allSatisfy { !privateOnes.contains($0.applicant) })
        // The overview's decided sums agree with the export per scheme.
        let overview = try db.grantOverview(year: 2026)
        for s in overview where s.kind != .forwarded {
            let sum = lines.filter { $0.scheme == s.name }.map(\.granted).reduce(.zero, +)
            #expect(sum == s.decided || s.perStatus[.appealed] != nil, "\(s.name)")
            #expect(s.decided <= s.budget)
        }
        #expect(try db.check().isEmpty)
    }
}
