import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct DirectoryKeysTests {
    /// ↑/↓ move the sections only while the sidebar has focus; in the list they move the cursor.
    @Test func upAndDownMoveTheListUnlessTheSidebarHasFocus() {
        var m = Fixtures.model(tab: .directory)
        Fixtures.press([.down, .down, .up], &m)
        #expect(m.directory.section == .organisations)
        #expect(m.directory.organisations.window.cursor.selected == 1)
        Fixtures.press([.backTab], &m)   // focus: the sections
        #expect(m.directory.focus == .sections)
        Fixtures.press([.down], &m)
        #expect(m.directory.section == .services)
        Fixtures.press([.up], &m)
        #expect(m.directory.section == .organisations)
    }
}
