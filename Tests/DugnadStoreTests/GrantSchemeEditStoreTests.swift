import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// An administrator changes a scheme's terms on a real file; no one else may, and the budget cannot go below
/// what a year has already granted (the store says which year; the database's trigger refuses it too).
@Suite struct GrantSchemeEditStoreTests {
    let dir = TempDir()
    static let open = RowID(11)   // Åpne kulturarrangement

    @Test func anAdminChangesTheTermsAuditedAndOthersMayNot() throws {
        let path = dir.path("s.sqlite")
        let anna = try AppDatabase.open(path: path, user: "anna")   // the first user: admin
        try anna.addStaff(username: "ola", displayName: "Ola Hansen", role: .grants)
        let ola = try AppDatabase.open(path: path, user: "ola")
        let before = try #require(try anna.grantSchemes().first { $0.id == Self.open })
        var edit = GrantSchemeEdit(before)
        edit.annualBudget = Money(kroner: 450_000)
        edit.maximumAmount = Money(kroner: 60_000)
        edit.rounds = .deadlines([.init(3, 1), .init(9, 15)])
        edit.reporting = "Rapport og regnskap innen tre måneder."
        let saved = try anna.updateGrantScheme(id: Self.open, edit)
        #expect(saved.annualBudget == Money(kroner: 450_000) && saved.maximumAmount == Money(kroner: 60_000))
        #expect(saved.rounds.stored == "03-01,09-15" && saved.requiresReport)
        #expect(saved.name == before.name && saved.kind == before.kind)
        let audit = try anna.read { try String.fetchOne($0, sql: "SELECT details FROM audit_log WHERE entity = 'grant_scheme' AND entity_id = ? ORDER BY id DESC", arguments: [Self.open]) }
        #expect(audit?.contains("budget") == true && audit?.contains("rounds") == true)
        // A grant officer may read the terms but not change them; nothing changes.
        #expect(expectStoreError(.forbidden(user: "ola", role: .grants)) { try ola.updateGrantScheme(id: Self.open, GrantSchemeEdit(before)) })
        #expect(try ola.grantSchemes().first { $0.id == Self.open }?.annualBudget == Money(kroner: 450_000))
        #expect(expectStoreError(.notFound) { try anna.updateGrantScheme(id: 99_999, edit) })
    }

    @Test func theBudgetCannotGoBelowWhatAYearHasGranted() throws {
        let path = dir.path("b.sqlite")
        let anna = try AppDatabase.open(path: path, user: "anna")
        try anna.writeWithoutAudit { db in
            try db.execute(sql: """
                INSERT INTO grant_application (reference, scheme_id, applicant_name, title, amount_requested_ore,
                    amount_granted_ore, status, received_on, decided_on, decision_reason, year)
                VALUES ('2026-0001', ?, 'Fjell Skolekorps', 'Vårkonsert', 8000000, 7000000, 'granted', '2026-03-01',
                        '2026-04-01', 'Godt tiltak.', 2026)
                """, arguments: [Self.open])
        }
        let scheme = try #require(try anna.grantSchemes().first { $0.id == Self.open })
        var edit = GrantSchemeEdit(scheme)
        edit.annualBudget = Money(kroner: 60_000)
        edit.maximumAmount = nil
        #expect(expectStoreError(.grantRefused([.budgetBelowDecided(year: 2026, decided: Money(kroner: 70_000))])) {
            try anna.updateGrantScheme(id: Self.open, edit)
        })
        edit.annualBudget = Money(kroner: 70_000)
        edit.maximumAmount = Money(kroner: 80_000)
        #expect(expectStoreError(.grantRefused([.maximumAboveBudget(budget: Money(kroner: 70_000))])) {
            try anna.updateGrantScheme(id: Self.open, edit)
        })
        #expect(try anna.grantSchemes().first { $0.id == Self.open }?.annualBudget == scheme.annualBudget)
        edit.maximumAmount = Money(kroner: 50_000)
        #expect(try anna.updateGrantScheme(id: Self.open, edit).annualBudget == Money(kroner: 70_000))
    }
}
