import DugnadCore
import TerminalKit

typealias VolunteersScope = PaneScope<VolunteersState>

/// The Volunteers tab behind the pane interface: the triage queue, all requests and the volunteers; a request's
/// ranked candidates and the "match all" proposal over them.
public enum VolunteersPane: Pane {
    public typealias State = VolunteersState
    public typealias Message = VolunteersMsg

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

    public static func keyContext(_ state: VolunteersState) -> KeyContext {
        switch state.screens.last {
        case .request: return .volunteerRequest
        case .proposal: return .volunteerProposal
        case nil: return state.section == .triage ? .volunteerTriage : .volunteerLists
        }
    }

    public static func activeList(_ state: VolunteersState) -> AnyPaneList<VolunteersState>? {
        guard state.screens.isEmpty else { return nil }
        switch state.section {
        case .triage: return nil
        case .requests: return requests.erased
        case .volunteers: return volunteers.erased
        }
    }

    public static func shown(_ pane: inout Scope) -> [Command] {
        switch pane.state.screens.last {
        case .request(let id, nil): return [.volunteers(.loadRequest(id))]
        case .proposal(nil): return [.volunteers(.proposeAll)]
        case .request, .proposal: return []
        case nil:
            if pane.state.section == .triage { return pane.state.triage == nil ? [.volunteers(.loadTriage)] : [] }
            return shownList(&pane)
        }
    }

    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        // What is on screen stays (keys keep working on it) until the new read arrives; hidden parts are forgotten.
        if !visible {
            pane.state.triage = nil
            if case .request(let id, _)? = pane.state.screens.last { pane.state.screens[pane.state.screens.count - 1] = .request(id: id, nil) }
        }
        let lists = listsChanged(lists, &pane, visible: visible && pane.state.screens.isEmpty)
        guard visible else { return [] }
        // The proposal under review stays as computed: applying it checks every pair again.
        switch pane.state.screens.last {
        case .request(let id, _): return [.volunteers(.loadRequest(id))]
        case .proposal: return []
        case nil: return pane.state.section == .triage ? [.volunteers(.loadTriage)] : lists
        }
    }

    public static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command] {
        offer(request, total, rows, to: lists, &pane)
    }

    public static func update(_ pane: inout Scope, _ msg: VolunteersMsg) -> [Command] {
        VolunteersUpdate.update(&pane, msg)
    }

    public static func perform(_ action: Action, _ pane: inout Scope) -> [Command]? {
        VolunteersUpdate.perform(action, &pane)
    }

    public static func save(_ form: FormState, _ pane: inout Scope) -> [Command] {
        VolunteersUpdate.save(form, &pane)
    }

    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? {
        guard hit.kind == .person else { return nil }
        pane.state.screens = []
        pane.state.section = .volunteers
        return search(hit.title, &pane)
    }

    public static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme) {
        drawVolunteers(into: &buffer, pane, theme)
    }
}
