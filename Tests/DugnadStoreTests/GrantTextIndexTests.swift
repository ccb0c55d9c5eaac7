import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// Free text in the grant filter goes three ways (no match, a few matches from
/// the trigram index, many by `instr`); each must select exactly what the core
/// evaluator selects, in every sort, and the index must follow every write.
@Suite struct GrantTextIndexTests {
    static let today = CivilDate(year: 2026, month: 11, day: 26)!
    let dir = TempDir()

    /// More applications with one word than the index path takes (so that word goes by `instr`),
    /// a few with a rare one, and a title with letters outside ASCII.
    func inbox() throws -> AppDatabase {
        let db = try AppDatabase.open(path: dir.path("t.sqlite"), user: "anna")
        let common = GrantFilterSQL.indexedTextLimit + 40
        for i in 0..<(common + 30) {
            let title: String
            switch i {
            case ..<common: title = "Dugnad nr. \(i) for nærmiljøet"
            case common..<(common + 7): title = "Korpsfestival \(i)"
            default: title = "Sommerleir på Ørenes \(i)"
            }
            _ = try db.intakeApplication(GrantIntake(schemeID: 11, applicantName: "Lag \(i % 13)", title: title,
                                                     amountRequested: Money(kroner: Int64(1000 + i)),
                                                     receivedOn: Self.today.adding(days: -(i % 40))))
        }
        return db
    }

    func agree(_ db: AppDatabase, _ expression: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let filter = try GrantFilterParser.parse(expression).get()
        let context = GrantFilterContext(today: Self.today, me: "anna")
        let subjects = try db.grantFilterSubjects()
        let expected = subjects.filter { GrantFilterEvaluator.matches(filter, $0, context) }
        #expect(try db.grantInboxIDs(filter, today: Self.today) == expected.map(\.application.id), "\(expression)",
                sourceLocation: sourceLocation)
        #expect(try db.grantInboxCount(filter, today: Self.today) == expected.count, "\(expression)",
                sourceLocation: sourceLocation)
        // The first window in every order holds the same rows as the whole selection would, in that order.
        let all = Set(expected.map(\.application.id))
        for sort in GrantSort.allCases {
            let window = try db.grantInbox(filter, sort: sort, today: Self.today, offset: 0, limit: 30)
            #expect(window.count == min(30, expected.count) && window.allSatisfy { all.contains($0.id) },
                    "\(expression) sorted by \(sort)", sourceLocation: sourceLocation)
        }
    }

    /// Schema 10 as it was: no text index, the migration not run.
    static let beforeVersion11 = """
        DROP TRIGGER grant_search_insert; DROP TRIGGER grant_search_delete; DROP TRIGGER grant_search_update;
        DROP TABLE grant_search; DROP INDEX grant_application_round_rank;
        CREATE INDEX grant_application_round ON grant_application(round_id);
        DELETE FROM grdb_migrations WHERE identifier = 'v11-grant-inbox-indexes';

        """

    @Test func aSchemaTenDatabaseGainsItsTextIndex() throws {
        let path = dir.path("t.sqlite")
        try inbox().close()
        let raw = try DatabaseQueue(path: path)
        try raw.write { try $0.execute(sql: Self.beforeVersion11 + "UPDATE meta SET value = '10' WHERE key = 'schema_version';") }
        try raw.close()
        let db = try AppDatabase.open(path: path, user: "anna")
        #expect(try db.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") } == "11")
        #expect(try db.grantInboxCount(try GrantFilterParser.parse("korpsfestival").get(), today: Self.today) == 7)
        try agree(db, "ørenes")
        #expect(try db.check().isEmpty)
    }

    @Test func everyWayOfFindingATextSelectsWhatTheEvaluatorSelects() throws {
        let db = try inbox()
        // Many (instr), a few (index), none (no read), too short for trigrams, outside ASCII, negated, combined.
        for expression in ["dugnad", "nærmiljøet", "korpsfestival", "ørenes", "leir på", "zzzq", "du", "ø", "!korps",
                           "!zzzq", "status:received korps", "dugnad amount>1200", "\"nr. 1\"", "lag 7", "\"\"\"\""] {
            try agree(db, expression)
        }
    }

    @Test func theIndexFollowsInsertsChangesAndDeletes() throws {
        let db = try inbox()
        let korps = try GrantFilterParser.parse("korpsfestival").get()
        #expect(try db.grantInboxCount(korps, today: Self.today) == 7)
        let id = try #require(try db.grantInboxIDs(korps, today: Self.today).first)
        // A new text (as the bootstrap writes it) is found; the old one is gone.
        try db.writeWithoutAudit { try $0.execute(sql: "UPDATE grant_application SET search_text = 'x\nmusikkverksted' WHERE id = ?", arguments: [id]) }
        #expect(try db.grantInboxCount(korps, today: Self.today) == 6)
        #expect(try db.grantInboxIDs(try GrantFilterParser.parse("musikkverksted").get(), today: Self.today) == [id])
        try db.writeWithoutAudit { db in
            try db.execute(sql: "DELETE FROM application_event WHERE application_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM grant_application WHERE id = ?", arguments: [id])
        }
        #expect(try db.grantInboxCount(try GrantFilterParser.parse("musikkverksted").get(), today: Self.today) == 0)
        _ = try db.intakeApplication(GrantIntake(schemeID: 11, applicantName: "Nytt lag", title: "Korpsfestival igjen",
                                                 amountRequested: Money(kroner: 500), receivedOn: Self.today))
        #expect(try db.grantInboxCount(korps, today: Self.today) == 7)
        try agree(db, "korpsfestival")
        #expect(try db.check().isEmpty)
    }

    @Test func aRareTextReadsTheIndexAndCheckNamesAnIndexLeftBehind() throws {
        let db = try inbox()
        let plan = try db.read { db -> [String] in
            let w = try GrantFilterSQL(context: GrantFilterContext(today: Self.today, me: "anna"))
                .whereClause(try GrantFilterParser.parse("korpsfestival").get(), db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT count(*) FROM grant_application a WHERE \(w.sql)",
                                    arguments: w.arguments).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("grant_search") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN a") }, "\(plan)")
        // Another program edits texts with the trigger dropped: check says so and how to mend it.
        try db.writeWithoutAudit { db in
            try db.execute(sql: "DROP TRIGGER grant_search_update")
            try db.execute(sql: "UPDATE grant_application SET search_text = 'zzz' || search_text")
        }
        let problems = try db.check()
        #expect(problems.contains("trigger grant_search_update is missing"), "\(problems)")
        #expect(problems.contains { $0.contains("grant_search") && $0.contains("rebuild") }, "\(problems)")
    }
    /// The inbox's statements are prepared once per text and reused (ShapedStatements): each text typed still
    /// finds its own rows, a write between two reads is seen, and shapes past the cache's limit are answered too.
    @Test func reusedStatementsAnswerEachTextAndEachShape() throws {
        let db = try inbox()
        for _ in 0..<2 {
            for expression in ["k", "ko", "kor", "korp", "korps", "korpsf", "korp", "dugnad", "zzzq", "ørenes"] {
                try agree(db, expression)
                let lines = try db.grantInbox(try GrantFilterParser.parse(expression).get(), today: Self.today,
                                              offset: 0, limit: 5)
                let expected = try db.grantInboxIDs(try GrantFilterParser.parse(expression).get(), today: Self.today)
                #expect(Set(lines.map(\.application.id)).isSubset(of: Set(expected)), "\(expression)")
                #expect(lines.count == min(5, expected.count), "\(expression)")
            }
        }
        _ = try db.intakeApplication(GrantIntake(schemeID: 11, applicantName: "Nytt lag", title: "Korpsfestival igjen",
                                                 amountRequested: Money(kroner: 500), receivedOn: Self.today))
        try agree(db, "korpsfestival")
        let newest = try db.grantInbox(try GrantFilterParser.parse("korpsfestival").get(), today: Self.today,
                                       offset: 0, limit: 1)
        #expect(newest.first?.application.title == "Korpsfestival igjen")
        // More distinct shapes (one to many words) than the cache keeps, each twice: "nr nr … nr" selects what "nr" does.
        try agree(db, "nr")
        let nr = try GrantFilterParser.parse("nr").get()
        let all = try db.grantInboxIDs(nr, today: Self.today)
        for _ in 0..<2 {
            for words in 2...(ShapedStatements.limit + 6) {
                let filter = try GrantFilterParser.parse(Array(repeating: "nr", count: words).joined(separator: " ")).get()
                #expect(try db.grantInboxCount(filter, today: Self.today) == all.count, "\(words) words")
                let window = try db.grantInbox(filter, today: Self.today, offset: 3, limit: 4)
                #expect(window.map(\.application.id) == Array(try db.grantInbox(nr, today: Self.today, offset: 3, limit: 4)
                    .map(\.application.id)), "\(words) words")
            }
        }
    }
}
