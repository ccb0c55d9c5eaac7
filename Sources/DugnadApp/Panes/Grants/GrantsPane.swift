import DugnadCore
import TerminalKit

typealias GrantsScope = PaneScope<GrantsState>

/// The Grants tab behind the pane interface: the inbox of applications with
/// the filter language on the `/` line, sorting, and the case view.
public enum GrantsPane: Pane {
    public typealias State = GrantsState
    public typealias Message = GrantsMsg

    static var inbox: PaneList<GrantsState, GrantInboxLine> {
        PaneList(rows: \.inbox, query: \.query, source: { .grantInbox(filter: $0.applied, sort: $0.sort) },
                 extract: { if case .grantInbox(let r) = $0 { r } else { nil } })
    }

    public static func keyContext(_ state: GrantsState) -> KeyContext {
        state.opened == nil ? InboxTools.keyContext(state) ?? .grantsInbox : .grantsCase
    }
    public static func activeList(_ state: GrantsState) -> AnyPaneList<GrantsState>? {
        state.opened == nil && state.tools.top == nil ? inbox.erased : nil
    }
    public static func searchQuery(_ state: GrantsState) -> String? {
        state.opened == nil && state.tools.top == nil ? state.query : nil
    }

    /// Tab on the `/` line completes the filter (the new text is then read back as the query).
    public static func complete(_ text: String, _ pane: inout Scope) -> [Command]? {
        guard let completed = InboxTools.complete(text, &pane) else { return [] }
        let offered = pane.state.tools.completions
        let commands = search(completed, &pane)
        pane.state.tools.completions = offered
        return commands
    }

    /// The `/` line is a filter expression: while it does not parse, the
    /// inbox keeps showing the last one that did and the title says why.
    public static func search(_ text: String, _ pane: inout Scope) -> [Command] {
        if text != pane.state.query { pane.state.tools.completions = [] }
        pane.state.query = text
        switch GrantFilterParser.parse(text) {
        case .failure(let e):
            pane.state.filterError = e
            return []
        case .success:
            pane.state.filterError = nil
            guard text != pane.state.applied else { return [] }
            pane.state.applied = text
            return inbox.erased.reload(&pane, false)
        }
    }

    public static func shown(_ pane: inout Scope) -> [Command] {
        if let id = pane.state.opened?.application.id { return [.grants(.loadCase(id))] }
        return shownList(&pane) + InboxTools.shown(&pane)
    }
    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        let list = listsChanged([inbox.erased], &pane, visible: visible && pane.state.opened == nil)
            + InboxTools.databaseChanged(&pane, visible: visible && pane.state.opened == nil)
        guard visible, let id = pane.state.opened?.application.id else { return list }
        return list + [.grants(.loadCase(id))]
    }
    public static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command] {
        offer(request, total, rows, to: [inbox.erased], &pane)
    }

    public static func update(_ pane: inout Scope, _ msg: GrantsMsg) -> [Command] {
        switch msg {
        case .caseLoaded(let id, .success(let c)):
            guard pane.state.opening == id || pane.state.opened?.application.id == id else { return [] }
            pane.state.opening = nil
            pane.state.opened = c
        case .flagged(.success):
            return inbox.erased.reload(&pane, true)
        case .flagged(.failure(let error)):
            pane.ui.fail(phrase(for: error))
        case .tools(let m):
            return InboxTools.update(&pane, m)
        case .caseLoaded(_, .failure(let error)):
            pane.state.opening = nil
            pane.state.opened = nil
            pane.ui.fail(phrase(for: error))
        }
        return []
    }

    public static func perform(_ action: Action, _ pane: inout Scope) -> [Command]? {
        if let commands = InboxTools.perform(action, &pane) { return commands }
        if pane.state.opened != nil {
            guard action == .close else { return nil }
            pane.state.opened = nil
            return shownList(&pane)
        }
        switch action {
        case .open:
            guard let line = pane.state.inbox.selectedRow else { return [] }
            pane.state.opening = line.id
            return [.grants(.loadCase(line.id))]
        case .toggleFlag:
            guard let line = pane.state.inbox.selectedRow else { return [] }
            return [.grants(.setFlag(line.id, !line.application.flagged))]
        case .cycleSort:
            pane.state.sort = pane.state.sort.next
            return inbox.erased.reload(&pane, false)
        default:
            return ListActions.perform(action, inbox.erased, &pane)
        }
    }

    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? {
        guard hit.kind == .application else { return nil }
        pane.state.opened = nil
        return search(hit.title.split(separator: " ").first.map(String.init) ?? hit.title, &pane)
    }

    public static func handleKey(_ key: Key, _ pane: inout Scope) -> [Command]? { InboxTools.handleKey(key, &pane) }

    public static func save(_ form: FormState, _ pane: inout Scope) -> [Command] { InboxTools.save(form, &pane) ?? [] }

    public static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme) {
        if InboxTools.view(pane, into: &buffer, theme: theme) { return }
        if let c = pane.state.opened { drawGrantCase(into: &buffer, pane, c, theme) } else { drawGrants(into: &buffer, pane, theme) }
    }
}
