import DugnadCore
import TerminalKit
import Testing
@testable import DugnadApp

/// An administrator changes a scheme's terms from the overview: `e` on a scheme's line, the fields read as
/// typed, Ctrl-S asks the store, and the store's refusal lands on the field it concerns.
@Suite struct GrantSchemeFormTests {
    func tools(_ commands: [Command]) -> [GrantsToolsCommand] {
        commands.compactMap { if case .grants(.tools(let c)) = $0 { c } else { nil } }
    }

    func overviewModel(staff: Staff? = Fixtures.admin) -> Model {
        var m = Fixtures.model(tab: .grants, staff: staff)
        Fixtures.press([.char("o")], &m)
        _ = update(&m, .grants(.tools(.overviewLoaded(.success(GrantsInboxToolsTests.overview)))))
        return m
    }

    @Test func eOnASchemeOpensItsTermsAndCtrlSSavesWhatWasTyped() throws {
        var m = overviewModel()
        Fixtures.press([.char("e")], &m)
        let form = try #require(m.form)
        #expect(form.purpose == .grantsInbox(.editScheme(11)))
        let scheme = try #require(ReferenceData.grantSchemes.first { $0.id == 11 })
        #expect(form.value(SchemeField.budget) == SchemeForm.kroner(scheme.annualBudget))
        // Replace the budget and the deadlines, then save.
        m.form?.fields[0].input = TextFieldState("450000")
        m.form?.fields[2].input = TextFieldState("1.3, 15.9")
        let save = Fixtures.press([.ctrl("s")], &m)
        guard case .updateScheme(let id, let edit)? = tools(save).first else {
            Issue.record("no update: \(save)"); return
        }
        #expect(id == 11 && edit.annualBudget == Money(kroner: 450_000))
        #expect(edit.rounds == .deadlines([.init(3, 1), .init(9, 15)]))
        // The store refuses a budget below a year's grants: the budget field says so, the form stays.
        _ = update(&m, .grants(.tools(.schemeUpdated(.failure(.grantRefused([.budgetBelowDecided(year: 2026, decided: Money(kroner: 480_000))]))))))
        #expect(m.form?.field(SchemeField.budget)?.error != nil)
        let text = view(m, theme: .builtinDefault).text
        #expect(text.contains("Budsjettet kan ikke settes lavere"), "\(text)")
        // Saved: the overview and the lookup are read again.
        let after = update(&m, .grants(.tools(.schemeUpdated(.success(scheme)))))
        #expect(m.form == nil)
        #expect(after.contains(.loadLookup) && tools(after).contains(.loadOverview(year: 2026)))
    }

    @Test func badFieldsAreMarkedAndNothingIsAsked() {
        var m = overviewModel()
        Fixtures.press([.char("e")], &m)
        m.form?.fields[0].input = TextFieldState("mye")
        m.form?.fields[2].input = TextFieldState("31.13")
        let save = Fixtures.press([.ctrl("s")], &m)
        #expect(tools(save).isEmpty)
        #expect(m.form?.field(SchemeField.budget)?.error != nil && m.form?.field(SchemeField.deadlines)?.error != nil)
    }

    @Test func onlyAnAdministratorMayChangeTerms() {
        let officer = Staff(id: 2, username: "kari", displayName: "Kari Nordmann", role: .grants)
        var m = overviewModel(staff: officer)
        Fixtures.press([.char("e")], &m)
        #expect(m.form == nil)
        #expect(m.message?.isError == true)
    }
}
