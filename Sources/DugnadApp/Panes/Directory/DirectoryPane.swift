import DugnadCore
import TerminalKit

/// The Directory tab behind the pane interface: a sidebar of sections, the
/// section's list and a detail panel; focus moves with Tab and ←/→.
public enum DirectoryPane: Pane {
    public typealias State = DirectoryState
    public typealias Message = DirectoryMsg

    public static var hasSidebar: Bool { true }

    public static func keyContext(_ state: DirectoryState) -> KeyContext { .directory }

    public static func activeList(_ state: DirectoryState) -> AnyPaneList<DirectoryState>? {
        DirectoryLists.list(state.section)
    }

    public static func shown(_ pane: inout Scope) -> [Command] {
        shownList(&pane) + detailCommands(pane)
    }

    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        pane.state.detail = nil
        return listsChanged(DirectoryLists.all, &pane, visible: visible) + (visible ? detailCommands(pane) : [])
    }

    public static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command] {
        let commands = offer(request, total, rows, to: DirectoryLists.all, &pane)
        return commands + detailCommands(pane)
    }

    public static func update(_ pane: inout Scope, _ msg: DirectoryMsg) -> [Command] {
        directoryUpdate(&pane, msg)
    }

    public static func perform(_ action: Action, _ pane: inout Scope) -> [Command]? {
        directoryPerform(action, &pane)
    }

    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? {
        let section: DirectoryState.Section
        switch hit.kind {
        case .organisation: section = .organisations
        case .venue: section = .venues
        case .staff: section = .staff
        default: return nil
        }
        pane.state.section = section
        pane.state.focus = .list
        pane.state.queries[section] = hit.title
        return DirectoryLists.list(section).reload(&pane, false)
    }

    public static func save(_ form: FormState, _ pane: inout Scope) -> [Command] {
        saveOrganisationForm(form, &pane)
    }

    public static func confirmed(_ confirmation: Confirmation, _ pane: inout Scope) -> [Command] {
        guard case .directory(.setOrganisationActive(let id, _, let active)) = confirmation else { return [] }
        return [.directory(.setOrganisationActive(id: id, active: active))]
    }

    public static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme) {
        drawDirectory(into: &buffer, pane, theme)
    }

    /// The detail panel follows the cursor in the organisation list.
    static func detailCommands(_ pane: Scope) -> [Command] {
        guard pane.state.section == .organisations, let org = pane.state.organisations.selectedRow,
              pane.state.detail?.organisationID != org.id else { return [] }
        return [.directory(.loadOrganisationDetail(org.id))]
    }
}
