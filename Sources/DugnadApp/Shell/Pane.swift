import DugnadCore
import TerminalKit

/// The one interface between the shell and a pane (Calendar, Venues, Grants,
/// Volunteers, Directory). A pane is a room with its own State, Msg, update
/// and view; the shell owns the root model, cuts the pane's `PaneScope` out
/// of it, calls one of these and puts the scope back. Every pane answers the
/// same questions — what to read when shown, what to re-read after another
/// terminal's commit, where a search hit lands, which keys apply on its
/// current screen — so none of them can be forgotten for a new pane.
public protocol Pane {
    associatedtype State: Sendable & Equatable
    associatedtype Message: Sendable
    typealias Scope = PaneScope<State>

    /// A message for this pane (mostly an answer from the store).
    static func update(_ pane: inout Scope, _ msg: Message) -> [Command]

    /// A key, before the key map: for a line the pane edits itself (the `g`
    /// date line, a rejection reason) or a form it follows live. nil = not taken.
    static func handleKey(_ key: Key, _ pane: inout Scope) -> [Command]?

    /// An action from the key map or the palette; nil leaves it to the shell.
    static func perform(_ action: Action, _ pane: inout Scope) -> [Command]?

    /// The bindings that apply to what is on top of the pane now: the shell
    /// looks keys up in it, and the hint line and `?` are drawn from it.
    static func keyContext(_ state: State) -> KeyContext

    /// The list the `/` line filters and the paging keys move, if any.
    static func activeList(_ state: State) -> AnyPaneList<State>?

    /// The text the `/` line filters by; nil when the current screen has no `/` filter.
    static func searchQuery(_ state: State) -> String?

    /// The `/` line's text changed: filter by it (and read what that shows).
    static func search(_ text: String, _ pane: inout Scope) -> [Command]

    /// The pane is shown (start, tab switch, resize): what it must read now.
    static func shown(_ pane: inout Scope) -> [Command]

    /// The database changed (another terminal, or this one): when `visible`,
    /// re-read everything the pane shows; else forget it, so it is read when shown.
    static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command]

    /// Midnight passed (`pane.today` is the new day): a view left on the old today follows it.
    static func todayMoved(from old: CivilDate, _ pane: inout Scope)

    /// A window of a list arrived; the pane takes it if it is one of its lists.
    static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command]

    /// The exact count of a list that came with a lower bound; the pane gives it to the list it belongs to.
    static func pageCounted(_ request: ListRequest, total: Int, _ pane: inout Scope)

    /// A global-search hit to show; nil when hits of that kind live elsewhere.
    static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]?

    /// Ctrl-S on one of the pane's forms (fields already validated by kind).
    static func save(_ form: FormState, _ pane: inout Scope) -> [Command]

    /// A key changed the pane's open form (to follow the input live, e.g. a booking's price).
    static func formEdited(before: FormState, _ pane: inout Scope) -> [Command]

    /// "Yes" to a question the pane asked.
    static func confirmed(_ confirmation: Confirmation, _ pane: inout Scope) -> [Command]

    /// Tab on the `/` line: the pane completes its query (read back with
    /// `searchQuery`) and answers what to read; nil when it does not complete.
    static func complete(_ text: String, _ pane: inout Scope) -> [Command]?

    /// Draws the pane into its part of the screen.
    static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme)

    /// Whether the pane has a sidebar (its layout depends on it).
    static var hasSidebar: Bool { get }
}

extension Pane {
    public static func handleKey(_ key: Key, _ pane: inout Scope) -> [Command]? { nil }
    public static func complete(_ text: String, _ pane: inout Scope) -> [Command]? { nil }
    public static func activeList(_ state: State) -> AnyPaneList<State>? { nil }
    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? { nil }
    public static func save(_ form: FormState, _ pane: inout Scope) -> [Command] { [] }
    public static func confirmed(_ confirmation: Confirmation, _ pane: inout Scope) -> [Command] { [] }
    public static func formEdited(before: FormState, _ pane: inout Scope) -> [Command] { [] }
    public static var hasSidebar: Bool { false }
    public static func pageCounted(_ request: ListRequest, total: Int, _ pane: inout Scope) {
        _ = activeList(pane.state)?.counted(request, total, &pane)
    }
    public static func todayMoved(from old: CivilDate, _ pane: inout Scope) {}

    public static func searchQuery(_ state: State) -> String? {
        guard let list = activeList(state), list.query != nil else { return nil }
        return list.queryText(state)
    }

    public static func search(_ text: String, _ pane: inout Scope) -> [Command] {
        guard let list = activeList(pane.state), let query = list.query else { return [] }
        pane.state[keyPath: query] = text
        return list.reload(&pane, false)
    }

    /// The read the active list needs, for panes whose only view is lists.
    public static func shownList(_ pane: inout Scope) -> [Command] {
        activeList(pane.state)?.windowCommands(pane) ?? []
    }

    /// Re-reads (visible) or forgets the active list and every other list the pane declares.
    public static func listsChanged(_ lists: [AnyPaneList<State>], _ pane: inout Scope, visible: Bool) -> [Command] {
        for list in lists { list.forget(&pane.state, true) }
        guard visible, let active = activeList(pane.state) else { return [] }
        return active.windowCommands(pane)
    }

    /// Offers a page to each of the pane's lists; the one it belongs to takes it.
    public static func offer(_ request: ListRequest, _ total: Int, _ rows: PageRows, to lists: [AnyPaneList<State>],
                             _ pane: inout Scope) -> [Command] {
        guard lists.contains(where: { $0.receive(request, total, rows, &pane) }) else { return [] }
        return activeList(pane.state)?.windowCommands(pane) ?? []
    }
}
