import DugnadCore
import TerminalKit

typealias GrantsScope = PaneScope<GrantsState>

/// The Grants tab behind the pane interface: the inbox of applications.
public enum GrantsPane: Pane {
    public typealias State = GrantsState
    /// The inbox reads only pages so far; the pane's own messages come with the Grants issue.
    public typealias Message = Never

    static var inbox: PaneList<GrantsState, GrantApplication> {
        PaneList(rows: \.applications, query: \.query, source: { .applications(query: $0.query) },
                 extract: { if case .applications(let r) = $0 { r } else { nil } })
    }

    public static func keyContext(_ state: GrantsState) -> KeyContext { .list }
    public static func activeList(_ state: GrantsState) -> AnyPaneList<GrantsState>? { inbox.erased }
    public static func shown(_ pane: inout Scope) -> [Command] { shownList(&pane) }
    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        listsChanged([inbox.erased], &pane, visible: visible)
    }
    public static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command] {
        offer(request, total, rows, to: [inbox.erased], &pane)
    }
    public static func update(_ pane: inout Scope, _ msg: Never) -> [Command] {}
    public static func perform(_ action: Action, _ pane: inout Scope) -> [Command]? {
        ListActions.perform(action, inbox.erased, &pane)
    }
    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? {
        guard hit.kind == .application else { return nil }
        return search(hit.title, &pane)
    }
    public static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme) {
        drawGrants(into: &buffer, pane, theme)
    }
}
