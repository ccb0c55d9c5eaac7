import DugnadCore
import TerminalKit

typealias VolunteersScope = PaneScope<VolunteersState>

/// The Volunteers tab behind the pane interface: requests and volunteers, a section each.
public enum VolunteersPane: Pane {
    public typealias State = VolunteersState
    /// The lists read only pages so far; the pane's own messages come with the Volunteers issue.
    public typealias Message = Never

    static var requests: PaneList<VolunteersState, VolunteerRequest> {
        PaneList(rows: \.requests, query: \.[query: .requests], source: { .requests(query: $0.query(.requests)) },
                 extract: { if case .requests(let r) = $0 { r } else { nil } })
    }
    static var volunteers: PaneList<VolunteersState, Volunteer> {
        PaneList(rows: \.volunteers, query: \.[query: .volunteers],
                 source: { .volunteers(query: $0.query(.volunteers)) },
                 extract: { if case .volunteers(let r) = $0 { r } else { nil } })
    }
    static var lists: [AnyPaneList<VolunteersState>] { [requests.erased, volunteers.erased] }

    public static var hasSidebar: Bool { true }
    public static func keyContext(_ state: VolunteersState) -> KeyContext { .list }
    public static func activeList(_ state: VolunteersState) -> AnyPaneList<VolunteersState>? {
        state.section == .requests ? requests.erased : volunteers.erased
    }
    public static func shown(_ pane: inout Scope) -> [Command] { shownList(&pane) }
    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        listsChanged(lists, &pane, visible: visible)
    }
    public static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command] {
        offer(request, total, rows, to: lists, &pane)
    }
    public static func update(_ pane: inout Scope, _ msg: Never) -> [Command] {}
    public static func perform(_ action: Action, _ pane: inout Scope) -> [Command]? {
        switch action {
        case .nextFocus, .previousFocus:
            pane.state.section = pane.state.section == .requests ? .volunteers : .requests
            return shown(&pane)
        default:
            guard let list = activeList(pane.state) else { return nil }
            return ListActions.perform(action, list, &pane)
        }
    }
    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? {
        guard hit.kind == .person else { return nil }
        pane.state.section = .volunteers
        return search(hit.title, &pane)
    }
    public static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme) {
        drawVolunteers(into: &buffer, pane, theme)
    }
}
