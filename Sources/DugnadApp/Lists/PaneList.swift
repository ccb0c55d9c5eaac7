import DugnadCore
import TerminalKit

/// One windowed list of a pane, declared once in the pane: where its rows
/// and filter text live in the pane's state, which rows the store reads for
/// it (`ListSource`, one query in the store) and how its rows are picked out
/// of a page. Everything else — reading the window in view, paging, the `/`
/// filter, re-reading after a change — is written once, here.
public struct PaneList<State: Sendable & Equatable, Row: Sendable & Equatable> {
    public let rows: WritableKeyPath<State, PagedList<Row>>
    /// The `/` filter text, if the list has one.
    public let query: WritableKeyPath<State, String>?
    public let source: (State) -> ListSource
    public let extract: (PageRows) -> [Row]?

    public init(rows: WritableKeyPath<State, PagedList<Row>>, query: WritableKeyPath<State, String>?,
                source: @escaping (State) -> ListSource, extract: @escaping (PageRows) -> [Row]?) {
        self.rows = rows; self.query = query; self.source = source; self.extract = extract
    }

    /// The read the list needs for the rows in view now, if any.
    public func windowCommand(_ pane: PaneScope<State>) -> Command? {
        guard let need = pane.state[keyPath: rows].window.windowNeeded(visible: pane.paneLayout.visibleRows) else { return nil }
        return .loadPage(ListRequest(source: source(pane.state), offset: need.offset, limit: need.limit))
    }

    /// Moves the cursor and asks for rows that came into view.
    public func move(_ motion: ListMotion, _ pane: inout PaneScope<State>) -> [Command] {
        pane.state[keyPath: rows].window.move(motion, visible: pane.paneLayout.visibleRows)
        return windowCommand(pane).map { [$0] } ?? []
    }

    /// Marks the rows out of date without reading: they are read when next shown.
    public func forget(_ state: inout State, keepCursor: Bool) {
        state[keyPath: rows].window.invalidate(keepCursor: keepCursor)
    }

    /// Forgets the rows and reads the window in view again (new filter, new day, a change).
    public func reload(_ pane: inout PaneScope<State>, keepCursor: Bool) -> [Command] {
        forget(&pane.state, keepCursor: keepCursor)
        return windowCommand(pane).map { [$0] } ?? []
    }

    /// Takes a window that arrived if it still belongs to what the list shows; false if it is not this list's.
    public func receive(_ request: ListRequest, total: Int, rows page: PageRows, _ pane: inout PaneScope<State>) -> Bool {
        guard request.source == source(pane.state), let typed = extract(page) else { return false }
        pane.state[keyPath: rows].receive(total: total, offset: request.offset, rows: typed,
                                          visible: pane.paneLayout.visibleRows, lowerBound: request.totalIsLowerBound)
        return true
    }

    /// Takes the exact count of what the list shows (it came with a lower bound); false if not this list's.
    public func counted(_ request: ListRequest, total: Int, _ pane: inout PaneScope<State>) -> Bool {
        guard request.source.countKey == source(pane.state).countKey else { return false }
        pane.state[keyPath: rows].receiveCount(total, visible: pane.paneLayout.visibleRows)
        return true
    }

    public func selectedRow(_ state: State) -> Row? { state[keyPath: rows].selectedRow }

    /// The same list with its row type hidden, for the shell's generic handling.
    public var erased: AnyPaneList<State> {
        AnyPaneList(query: query, windowCommand: windowCommand, move: move, forget: forget, reload: reload,
                    receive: receive, counted: counted)
    }
}

/// A pane's list whatever its rows: what the shell's `/` line, paging keys
/// and change handling need.
public struct AnyPaneList<State: Sendable & Equatable> {
    public let query: WritableKeyPath<State, String>?
    public let windowCommand: (PaneScope<State>) -> Command?
    public let move: (ListMotion, inout PaneScope<State>) -> [Command]
    public let forget: (inout State, Bool) -> Void
    public let reload: (inout PaneScope<State>, Bool) -> [Command]
    public let receive: (ListRequest, Int, PageRows, inout PaneScope<State>) -> Bool
    public let counted: (ListRequest, Int, inout PaneScope<State>) -> Bool

    public func windowCommands(_ pane: PaneScope<State>) -> [Command] { windowCommand(pane).map { [$0] } ?? [] }

    /// The list's filter text ("" when it has none).
    public func queryText(_ state: State) -> String { query.map { state[keyPath: $0] } ?? "" }
}

/// The shared list actions (motion, `/`, Esc clearing the filter) for a pane's active list.
public enum ListActions {
    public static func perform<State>(_ action: Action, _ list: AnyPaneList<State>, _ pane: inout PaneScope<State>) -> [Command]? {
        switch action {
        case .moveUp: return list.move(.up, &pane)
        case .moveDown: return list.move(.down, &pane)
        case .pageUp: return list.move(.pageUp, &pane)
        case .pageDown: return list.move(.pageDown, &pane)
        case .first: return list.move(.home, &pane)
        case .last: return list.move(.end, &pane)
        case .close:
            guard let query = list.query, !pane.state[keyPath: query].isEmpty else { return nil }
            pane.state[keyPath: query] = ""
            return list.reload(&pane, false)
        default: return nil
        }
    }
}
