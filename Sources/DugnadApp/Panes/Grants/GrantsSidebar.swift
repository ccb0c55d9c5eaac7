import DugnadCore
import TerminalKit

// Saved views per staff member: a sidebar of named filters. Shown beside
// the inbox when the screen is wide (≥ 120 columns); at 80 columns it
// appears while `v` has given it the cursor.

extension InboxTools {
    static func performViews(_ action: Action, _ pane: inout GrantsScope) -> [Command]? {
        let views = pane.state.tools.views ?? []
        switch action {
        case .open:
            guard views.indices.contains(pane.state.tools.viewSelected) else { return [] }
            let view = views[pane.state.tools.viewSelected]
            pane.state.tools.screens.removeLast()
            pane.ui.say(.grantsInbox(.viewApplied(view.name)))
            return GrantsPane.search(view.expression, &pane)
        case .deleteGrantView:
            guard views.indices.contains(pane.state.tools.viewSelected) else { return [] }
            return [cmd(.deleteView(views[pane.state.tools.viewSelected].name))]
        case .saveGrantView:
            pane.ui.form = InboxForms.saveView(expression: pane.state.applied)
            return []
        default:
            pane.state.tools.viewSelected = moved(pane.state.tools.viewSelected, action, count: views.count)
            return []
        }
    }

    /// Whether the sidebar is drawn: always when wide, else while it has the cursor.
    static func sidebarShown(_ pane: GrantsScope) -> Bool {
        pane.state.tools.top == .views || (pane.paneLayout.title.width + pane.paneLayout.detail.width >= 120
                                            && pane.paneLayout.detail.y == pane.paneLayout.title.y)
    }

    /// The inbox's title and table, beside the sidebar when it is shown.
    static func inboxArea(_ pane: GrantsScope) -> (sidebar: Rect?, title: Rect, table: Rect) {
        let layout = pane.paneLayout
        guard sidebarShown(pane) else { return (nil, layout.title, layout.table) }
        let w = PaneLayout.sidebarWidth
        let sidebar = Rect(x: layout.title.x, y: layout.title.y, width: w, height: layout.table.height + 1)
        return (sidebar,
                Rect(x: layout.title.x + w, y: layout.title.y, width: layout.title.width - w, height: 1),
                Rect(x: layout.table.x + w, y: layout.table.y, width: layout.table.width - w, height: layout.table.height))
    }

    static func drawViews(into buffer: inout Buffer, area: Rect, _ pane: GrantsScope, _ theme: Theme) {
        let tools = pane.state.tools
        let views = tools.views ?? []
        let focused = tools.top == .views
        let current = views.firstIndex { $0.expression == pane.state.applied }
        drawSidebar(into: &buffer, area: area, items: views.map(\.name), selected: focused ? tools.viewSelected : (current ?? -1),
                    focused: focused, theme: theme)
        buffer.put(" " + pane.text(.grantsInbox(.views)), x: area.x, y: area.y, maxWidth: area.width - 1, style: theme.style(.title))
        if focused, views.indices.contains(tools.viewSelected), area.height > views.count + 3 {
            // The selected view's expression under the names (it may be long: wrapped).
            let lines = wrap(views[tools.viewSelected].expression, width: area.width - 2)
            for (i, line) in lines.prefix(area.height - views.count - 3).enumerated() {
                buffer.put(" " + line, x: area.x, y: area.y + views.count + 2 + i, maxWidth: area.width - 1, style: theme.style(.dim))
            }
        }
    }
}
