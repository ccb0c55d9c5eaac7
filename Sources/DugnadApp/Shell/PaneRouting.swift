import DugnadCore
import TerminalKit

// How the shell reaches a pane without knowing its insides: one switch from
// a tab to its pane type and its state in the root model, and small
// "visitors" for each question of the pane interface. Adding a pane means a
// case in `Tab` and a line in each of the two switches below.

/// Something the shell asks of whichever pane a tab shows, changing it.
protocol PaneVisit {
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]?
}

/// Something the shell reads of whichever pane a tab shows.
protocol PaneRead {
    associatedtype Answer
    func read<P: Pane>(_ pane: P.Type, _ scope: PaneScope<P.State>) -> Answer
}

extension Model {
    /// The read-only context a pane of `tab` works in.
    func context(_ tab: Tab) -> PaneContext {
        PaneContext(today: today, user: user, staff: staff, language: language, lookup: lookup,
                    paneLayout: PaneLayout(content: ScreenLayout(size: size).content, hasSidebar: hasSidebar(tab)))
    }

    func hasSidebar(_ tab: Tab) -> Bool {
        switch tab {
        case .calendar: return CalendarPane.hasSidebar
        case .venues: return VenuesPane.hasSidebar
        case .grants: return GrantsPane.hasSidebar
        case .volunteers: return VolunteersPane.hasSidebar
        case .directory: return DirectoryPane.hasSidebar
        }
    }

    /// Asks the pane of `tab`; nil when it did not take the question.
    mutating func visit(_ tab: Tab, _ visitor: some PaneVisit) -> [Command]? {
        switch tab {
        case .calendar: return scoped(CalendarPane.self, \.calendar, tab) { visitor.visit(CalendarPane.self, &$0) }
        case .venues: return scoped(VenuesPane.self, \.venues, tab) { visitor.visit(VenuesPane.self, &$0) }
        case .grants: return scoped(GrantsPane.self, \.grants, tab) { visitor.visit(GrantsPane.self, &$0) }
        case .volunteers: return scoped(VolunteersPane.self, \.volunteers, tab) { visitor.visit(VolunteersPane.self, &$0) }
        case .directory: return scoped(DirectoryPane.self, \.directory, tab) { visitor.visit(DirectoryPane.self, &$0) }
        }
    }

    func read<R: PaneRead>(_ tab: Tab, _ reader: R) -> R.Answer {
        let context = context(tab)
        switch tab {
        case .calendar: return reader.read(CalendarPane.self, PaneScope(state: calendar, ui: ui, context: context))
        case .venues: return reader.read(VenuesPane.self, PaneScope(state: venues, ui: ui, context: context))
        case .grants: return reader.read(GrantsPane.self, PaneScope(state: grants, ui: ui, context: context))
        case .volunteers: return reader.read(VolunteersPane.self, PaneScope(state: volunteers, ui: ui, context: context))
        case .directory: return reader.read(DirectoryPane.self, PaneScope(state: directory, ui: ui, context: context))
        }
    }

    /// Cuts the pane's scope out of the model, runs `body`, puts it back and
    /// carries out what the pane asked of the shell (a question, another tab).
    private mutating func scoped<P: Pane>(_ pane: P.Type, _ path: WritableKeyPath<Model, P.State>, _ tab: Tab,
                                          _ body: (inout PaneScope<P.State>) -> [Command]?) -> [Command]? {
        var scope = PaneScope(state: self[keyPath: path], ui: ui, context: context(tab))
        let commands = body(&scope)
        self[keyPath: path] = scope.state
        ui = scope.ui
        return commands.map { $0 + carryOutRequests() }
    }

    /// A question becomes the confirm dialog; a tab request switches tabs.
    private mutating func carryOutRequests() -> [Command] {
        if let question = ui.confirmation {
            overlay = .confirm(question, yes: !question.isDestructive)
            ui.confirmation = nil
        }
        var commands: [Command] = []
        while !ui.requests.isEmpty {
            switch ui.requests.removeFirst() {
            case .show(let tab): commands += show(tab)
            case .open(let hit): commands += jump(to: hit, &self)
            }
        }
        return commands
    }

    /// Switches to `tab` and reads what its pane needs.
    mutating func show(_ tab: Tab) -> [Command] {
        self.tab = tab
        return visit(tab, Shown()) ?? []
    }
}

// The questions of the pane interface, as visitors.

struct Shown: PaneVisit {
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? { P.shown(&scope) }
}

struct DatabaseChanged: PaneVisit {
    let visible: Bool
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? {
        P.databaseChanged(&scope, visible: visible)
    }
}

struct PageArrived: PaneVisit {
    let request: ListRequest, total: Int, rows: PageRows
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? {
        P.pageLoaded(request, total: total, rows: rows, &scope)
    }
}

struct PageCounted: PaneVisit {
    let request: ListRequest, total: Int
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? {
        P.pageCounted(request, total: total, &scope)
        return nil
    }
}

struct Perform: PaneVisit {
    let action: Action
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? { P.perform(action, &scope) }
}

struct HandleKey: PaneVisit {
    let key: Key
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? { P.handleKey(key, &scope) }
}

struct Jump: PaneVisit {
    let hit: SearchResult
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? { P.jump(to: hit, &scope) }
}

struct SaveForm: PaneVisit {
    let form: FormState
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? { P.save(form, &scope) }
}

struct FormEdited: PaneVisit {
    let before: FormState
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? {
        P.formEdited(before: before, &scope)
    }
}

struct Confirmed: PaneVisit {
    let confirmation: Confirmation
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? {
        P.confirmed(confirmation, &scope)
    }
}

struct Search: PaneVisit {
    let text: String
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? { P.search(text, &scope) }
}

struct Complete: PaneVisit {
    let text: String
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? { P.complete(text, &scope) }
}

struct KeyContextOf: PaneRead {
    typealias Answer = KeyContext
    func read<P: Pane>(_ pane: P.Type, _ scope: PaneScope<P.State>) -> KeyContext { P.keyContext(scope.state) }
}

struct SearchQueryOf: PaneRead {
    typealias Answer = String?
    func read<P: Pane>(_ pane: P.Type, _ scope: PaneScope<P.State>) -> String? { P.searchQuery(scope.state) }
}

/// Draws the pane onto `buffer` (the frame so far) and answers the frame.
struct Draw: PaneRead {
    typealias Answer = Buffer
    let theme: Theme
    let buffer: Buffer
    func read<P: Pane>(_ pane: P.Type, _ scope: PaneScope<P.State>) -> Buffer {
        var frame = buffer
        P.view(scope, into: &frame, theme: theme)
        return frame
    }
}
