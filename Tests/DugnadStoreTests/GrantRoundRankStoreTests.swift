import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// An application's place in its round, counted in SQL, is where `GrantScoring.ranking` puts it.
@Suite struct GrantRoundRankStoreTests {
    let dir = TempDir()
    static let today = CivilDate(year: 2026, month: 11, day: 26)!

    @Test func thePlaceInTheRoundIsTheRankingsOrderThroughScoresTiesAndWithdrawal() throws {
        let path = dir.path("r.sqlite")
        let anna = try AppDatabase.open(path: path, user: "anna")
        try anna.addStaff(username: "ola", displayName: "Ola Hansen", role: .grants)
        let ola = try AppDatabase.open(path: path, user: "ola")
        let criteria = try ola.grantCriteria(schemeID: 11)
        // Six in one round: two unscored (received a day apart), two with the same score, two others.
        let plan: [(String, Int, Int?)] = [("Alfa", 3, nil), ("Beta", 2, 4), ("Gamma", 2, 2), ("Delta", 1, 4), ("Epsilon", 0, 5),
                                           ("Zeta", 1, nil)]
        var ids: [RowID] = []
        for (name, daysAgo, score) in plan {
            let app = try ola.intakeApplication(GrantIntake(schemeID: 11, applicantName: name, title: "Tiltak \(name)",
                                                            amountRequested: Money(kroner: 10_000),
                                                            receivedOn: Self.today.adding(days: -daysAgo)))
            ids.append(app.id)
            if let score {
                try ola.transitionApplication(id: app.id, to: .inReview, on: Self.today)
                try ola.scoreApplication(id: app.id, scores: criteria.map { ScoreEntry(criterionID: $0.id, score: score) })
            }
        }
        func check(_ live: [RowID]) throws {
            let cases = try live.map { try ola.grantCase(id: $0) }
            let order = GrantScoring.ranking(cases.map { ($0.application.reference, $0.application.receivedOn, $0.application.scoreMilli) })
            for c in cases {
                #expect(c.roundRank == GrantCase.RoundRank(position: order.firstIndex(of: c.application.reference)! + 1, of: live.count),
                        "\(c.application.applicantName)")
            }
        }
        try check(ids)
        // The case carries the round as year and deadline (the screen words it), the one intake put it in.
        let scheme = try #require(try ola.grantSchemes().first { $0.id == 11 })
        #expect(try ola.grantCase(id: ids[0]).round == scheme.rounds.round(for: Self.today.adding(days: -3)))
        #expect(try ola.grantCase(id: ids[0]).round != nil)
        #expect(try ola.grantCase(id: ids[4]).roundRank?.position == 1)   // Epsilon, score 5
        #expect(try ola.grantCase(id: ids[0]).roundRank?.position == 5)   // Alfa: unscored, received before Zeta
        #expect(try ola.grantCase(id: ids[5]).roundRank?.position == 6)
        // Withdrawn ones leave the list; the others move up.
        try ola.transitionApplication(id: ids[4], to: .withdrawn, on: Self.today)
        #expect(try ola.grantCase(id: ids[4]).roundRank == nil)
        try check(ids.filter { $0 != ids[4] })
    }

    @Test func thePlaceIsCountedFromTheRoundIndexAlone() throws {
        let db = try AppDatabase.open(path: dir.path("plan.sqlite"), user: "anna")
        for sql in [AppDatabase.aheadInRound, AppDatabase.countInRound] {
            let plan = try db.read { try Row.fetchAll($0, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(
                Array(repeating: 1 as DatabaseValueConvertible?, count: sql.filter { $0 == "?" }.count)) ?? []) }
                .map { $0["detail"] as String }
            #expect(plan.count == 1 && plan[0].contains("COVERING INDEX grant_application_round_rank"), "\(plan)")
        }
    }
}
