import DugnadCore
import TerminalKit

typealias VolunteersScope = PaneScope<VolunteersState>

/// The Volunteers tab behind the pane interface: the triage queue, all requests and the volunteers; a request's
/// ranked candidates and the "match all" proposal over them.
public enum VolunteersPane: Pane {
    public typealias State = VolunteersState
    public typealias Message = VolunteersMsg

    static var requests: PaneList<VolunteersState, VolunteerRequest> {
        PaneList(rows: \.requests, query: \.[query: .requests],
                 source: { s in s.ownServiceIDs.map { .ownRequests(serviceIDs: $0, query: s.query(.requests)) }
                             ?? .requests(query: s.query(.requests)) },
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
        case .card: return .volunteerCard
        case .reading: return .volunteerReading
        case .hours: return .volunteerHours
        case .crisis: return .volunteerCrisis
        case nil:
            switch state.section {
            case .triage: return .volunteerTriage
            case .requests: return .volunteerRequestList
            case .volunteers: return .volunteerLists
            }
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
        case .card(let id, nil): return [.volunteers(.desk(.loadCard(id)))]
        case .hours(nil): return [hoursCommand(nil, pane.today)]
        case .request, .proposal, .card, .reading, .hours, .crisis: return []
        case nil:
            if pane.state.section == .triage { return pane.state.triage == nil ? [triageCommand(pane)] : [] }
            return shownList(&pane)
        }
    }

    /// Reads the triage queue's window around the selection; a frivillighetskontakt (neither coordinator nor
    /// admin) sees only the services they follow up, when they follow some.
    static func triageCommand(_ pane: Scope) -> Command {
        let all = pane.staff.map { $0.role == .coordinator || $0.role == .admin } ?? false
        return .volunteers(.loadTriage(offset: pane.state.triageWindowOffset, followedBy: all ? nil : pane.user))
    }

    /// The hours screen's totals again (this year per service when it has none yet).
    static func hoursCommand(_ totals: HoursTotals?, _ today: CivilDate) -> Command {
        .volunteers(.desk(.loadHours(totals?.group ?? .service,
                                     from: totals?.from ?? CivilDate(year: today.year, month: 1, day: 1)!,
                                     through: totals?.through ?? today)))
    }

    /// After a save of this terminal: everything visible is read again.
    static func reloadVisible(_ pane: inout Scope) -> [Command] {
        databaseChanged(&pane, visible: true)
    }

    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        // What is on screen stays (keys keep working on it) until the new read arrives; hidden parts are forgotten.
        if !visible {
            pane.state.triage = nil
            if case .request(let id, _)? = pane.state.screens.last { pane.state.screens[pane.state.screens.count - 1] = .request(id: id, nil) }
            if case .card(let id, _)? = pane.state.screens.last { pane.state.screens[pane.state.screens.count - 1] = .card(id: id, nil) }
        }
        let lists = listsChanged(lists, &pane, visible: visible && pane.state.screens.isEmpty)
        guard visible else { return [] }
        // The proposal under review stays as computed: applying it checks every pair again.
        switch pane.state.screens.last {
        case .request(let id, _): return [.volunteers(.loadRequest(id))]
        case .card(let id, _): return [.volunteers(.desk(.loadCard(id)))]
        case .hours(let totals): return [hoursCommand(totals, pane.today)]
        // The crisis list stays as opened (reading it again would log another opening); a text stays as shown.
        case .proposal, .reading, .crisis: return []
        case nil: return pane.state.section == .triage ? [triageCommand(pane)] : lists
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

    public static func formEdited(before: FormState, _ pane: inout Scope) -> [Command] {
        VolunteerDeskUpdate.formEdited(&pane)
        return []
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
