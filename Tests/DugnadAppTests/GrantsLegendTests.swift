import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// Issue 12 item 9: the Grants inbox's flags ("N", "⚑", …) are explained on `?`, in both languages, at 80×24.
@Suite struct GrantsLegendTests {
    @Test(arguments: Language.allCases)
    func helpOnTheInboxExplainsItsFlags(_ language: Language) {
        var m = Fixtures.model(size: Size(width: 80, height: 24), language: language, tab: .grants)
        Fixtures.press([.char("?")], &m)
        let text = view(m, theme: .builtinDefault).text
        #expect(text.contains(language == .nb ? "Tegnforklaring for innboksen" : "Inbox legend"), "\(text)")
        #expect(text.contains(language == .nb ? "ny: mottatt de siste 7 dagene" : "new: received in the last 7 days"), "\(text)")
        #expect(text.contains("⚑") && text.contains(language == .nb ? "merket med t (for handlinger på flere)"
                                                                      : "marked with t (for actions on several)"), "\(text)")
    }
}
