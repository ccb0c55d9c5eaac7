import DugnadCore
import Foundation
import Testing
@testable import DugnadStore

/// The case view's score form saves every criterion in one transaction: all or none.
@Suite struct GrantCaseWorkStoreTests {
    let dir = TempDir()
    static let today = CivilDate(year: 2026, month: 11, day: 26)!

    func officer() throws -> (AppDatabase, GrantApplication) {
        let path = dir.path("w.sqlite")
        let anna = try AppDatabase.open(path: path, user: "anna")
        try anna.addStaff(username: "ola", displayName: "Ola Hansen", role: .grants)
        let ola = try AppDatabase.open(path: path, user: "ola")
        let app = try ola.intakeApplication(GrantIntake(schemeID: 11, applicantName: "Fjell Skolekorps", title: "Vårkonsert",
                                                        amountRequested: Money(kroner: 60_000), receivedOn: Self.today))
        try ola.transitionApplication(id: app.id, to: .inReview, on: Self.today)
        return (ola, app)
    }

    @Test func everyCriterionIsSavedAtOnceWithTheTotalAndTheAuditLog() throws {
        let (ola, app) = try officer()
        let criteria = try ola.grantCriteria(schemeID: 11)
        #expect(criteria.count >= 2)
        let entries = criteria.map { ScoreEntry(criterionID: $0.id, score: 4, note: "god") }
        try ola.scoreApplication(id: app.id, scores: entries)
        let c = try ola.grantCase(id: app.id)
        #expect(c.scores.filter { $0.staff == "ola" }.count == criteria.count)
        #expect(c.application.scoreMilli == 4000)
        let audited = try ola.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_log WHERE action = 'score' AND entity_id = ?",
                                                       arguments: [app.id]) }
        #expect(audited == criteria.count)
    }

    @Test func oneBadScoreSavesNone() throws {
        let (ola, app) = try officer()
        let criteria = try ola.grantCriteria(schemeID: 11)
        let entries = [ScoreEntry(criterionID: criteria[0].id, score: 3), ScoreEntry(criterionID: criteria[1].id, score: 9)]
        #expect(expectStoreError(.grantRefused([.scoreOutOfRange])) { try ola.scoreApplication(id: app.id, scores: entries) })
        #expect(try ola.grantCase(id: app.id).scores.isEmpty)
        // After a declared conflict the officer's scores are refused, all of them.
        try ola.declareConflict(id: app.id, reason: "Styremedlem")
        #expect(expectStoreError(.grantRefused([.conflictOfInterest])) {
            try ola.scoreApplication(id: app.id, scores: [ScoreEntry(criterionID: criteria[0].id, score: 3)])
        })
    }
}
