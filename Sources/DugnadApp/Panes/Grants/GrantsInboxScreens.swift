import DugnadCore
import TerminalKit

// Which of the tools' screens is drawn over the inbox.
extension InboxTools {
    /// What the inbox title adds: the number tagged, or the `;` question.
    static func titleExtras(_ pane: GrantsScope) -> [String] {
        let n = pane.state.tools.tagged.count
        if pane.state.tools.top == .bulk { return [pane.text(.grantsInbox(.bulkPrompt(n)))] }
        return n == 0 ? [] : [pane.text(.grantsInbox(.tagged(n)))]
    }

    /// Draws the top tool screen; false when the inbox itself is what shows.
    static func view(_ pane: GrantsScope, into buffer: inout Buffer, theme: Theme) -> Bool {
        guard pane.state.opened == nil else { return false }
        switch pane.state.tools.top {
        case .overview?: drawOverview(into: &buffer, pane, theme)
        case .funds?: drawFunds(into: &buffer, pane, theme)
        case .history?:
            if pane.state.tools.screens.contains(.overview) { drawOverview(into: &buffer, pane, theme) }
            else { drawGrants(into: &buffer, pane, theme) }
            drawHistory(into: &buffer, pane, theme)
        case .compare?:
            drawGrants(into: &buffer, pane, theme)
            drawCompare(into: &buffer, pane, theme)
        case .filterHelp?:
            drawGrants(into: &buffer, pane, theme)
            drawFilterHelp(into: &buffer, pane, theme)
        case .bulk?, .views?, nil:
            return false
        }
        return true
    }
}
