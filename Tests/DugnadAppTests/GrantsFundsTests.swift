import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The register of external funding sources in the Grants pane: letters search it,
/// Insert adds a source and Enter changes one (grant officers), the store's answer is shown.
@Suite struct GrantsFundsTests {
    static let funds = [
        ExternalFund(id: 1, giver: "Bufdir", purpose: "Inkludering av barn og unge", eligible: "Frivillige organisasjoner",
                     deadlines: "Årlig frist om høsten", url: "https://www.bufdir.no"),
        ExternalFund(id: 2, giver: "Sparebankstiftelsen DNB", purpose: "Allmennyttige tiltak innen kultur og idrett"),
    ]

    static func fundsScreen(staff: Staff? = nil) -> Model {
        var m = GrantsInboxToolsTests.model()
        if let staff { m.staff = staff }
        #expect(GrantsInboxToolsTests().tools(Fixtures.press([.char("$")], &m)) == [.loadFunds])
        _ = update(&m, .grants(.tools(.fundsLoaded(.success(funds)))))
        #expect(m.keyContext == .grantsFunds)
        return m
    }

    func tools(_ commands: [Command]) -> [GrantsToolsCommand] { GrantsInboxToolsTests().tools(commands) }

    @Test func typingSearchesAndEnterChangesTheSelectedSource() {
        var m = Self.fundsScreen()
        _ = Fixtures.type("spare", &m)
        #expect(view(m, theme: .builtinDefault).text.contains("søk: spare"))
        Fixtures.press([.enter], &m)
        #expect(m.form?.purpose == .grantsInbox(.externalFund(2)))
        #expect(m.form?.value(FundField.giver) == "Sparebankstiftelsen DNB")
        Fixtures.press([.tab, .tab, .tab], &m)
        _ = Fixtures.type("To frister i året", &m)
        let sent = tools(Fixtures.press([.ctrl("s")], &m))
        #expect(sent == [.saveFund(ExternalFund(id: 2, giver: "Sparebankstiftelsen DNB",
                                                purpose: "Allmennyttige tiltak innen kultur og idrett",
                                                deadlines: "To frister i året"))])
        let after = tools(update(&m, .grants(.tools(.fundSaved(Self.funds[1], .success(2))))))
        #expect(after == [.loadFunds] && m.form == nil)
        #expect(m.text(m.message!.phrase) == "Lagret «Sparebankstiftelsen DNB».")
    }

    @Test func insertAddsASourceAndARequiredFieldIsRefusedFirst() {
        var m = Self.fundsScreen()
        Fixtures.press([.insert], &m)
        #expect(m.form?.purpose == .grantsInbox(.externalFund(0)))
        _ = Fixtures.type("Gjensidigestiftelsen", &m)
        #expect(tools(Fixtures.press([.ctrl("s")], &m)).isEmpty)   // no purpose yet
        #expect(m.form?.field(FundField.purpose)?.error == .fieldRequired)
        _ = Fixtures.type("Trygghet og helse", &m)   // the refused field has the focus
        #expect(tools(Fixtures.press([.ctrl("s")], &m)) == [.saveFund(ExternalFund(giver: "Gjensidigestiftelsen", purpose: "Trygghet og helse"))])
    }

    @Test func frontDeskStaffMaySearchButNotChange() {
        var m = Self.fundsScreen(staff: VenueAdminTests.frontDesk)
        #expect(Fixtures.press([.insert], &m).isEmpty && m.form == nil)
        #expect(m.message?.isError == true)
        Fixtures.press([.enter], &m)
        #expect(m.form == nil)
    }

    @Test func aRefusalFromTheStoreKeepsTheForm() {
        var m = Self.fundsScreen()
        Fixtures.press([.enter], &m)
        _ = Fixtures.press([.ctrl("s")], &m)
        _ = update(&m, .grants(.tools(.fundSaved(Self.funds[0], .failure(.locked(holder: nil))))))
        #expect(m.form?.purpose == .grantsInbox(.externalFund(1)))
        #expect(m.message?.isError == true)
    }
}
