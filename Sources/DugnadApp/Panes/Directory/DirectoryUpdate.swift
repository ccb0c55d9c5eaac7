import DugnadCore
import TerminalKit

typealias DirectoryScope = PaneScope<DirectoryState>

/// The Directory's actions, from a key or the palette; nil leaves the action to the shell.
func directoryPerform(_ action: Action, _ pane: inout DirectoryScope) -> [Command]? {
    let venuesSection = pane.state.section == .venues
    if let commands = organisationCardPerform(action, &pane) { return commands }
    switch action {
    case .nextFocus, .previousFocus:
        let order: [DirectoryState.Focus] = [.sections, .list, .detail]
        let i = order.firstIndex(of: pane.state.focus)!
        pane.state.focus = order[(i + (action == .nextFocus ? 1 : 2)) % 3]
        return []
    case .moveLeft, .moveRight:
        let right = action == .moveRight
        pane.state.focus = right ? (pane.state.focus == .sections ? .list : .detail)
                                 : (pane.state.focus == .detail ? .list : .sections)
        return []
    case .moveUp where pane.state.focus == .sections, .moveDown where pane.state.focus == .sections:
        let all = DirectoryState.Section.allCases
        let i = pane.state.section.rawValue + (action == .moveUp ? -1 : 1)
        pane.state.section = all[(i + all.count) % all.count]
        return DirectoryPane.shown(&pane)
    case .open:
        if pane.state.focus == .sections { pane.state.focus = .list; return [] }
        if pane.state.section == .organisations, let org = pane.state.organisations.selectedRow,
           pane.context.allows(.editDirectory) {
            return openOrganisationForm(&pane, editing: org)
        }
        pane.state.focus = .detail
        return []
    case .cycleSort:
        pane.state.sort = pane.state.sort.next
        return DirectoryLists.organisations.reload(&pane, keepCursor: false)
    // In the venue list n/e/d (and N/E/D) administer venues, as in the Venues grid.
    case .newOrganisation where venuesSection, .newVenue:
        return performVenueAdmin(.newVenue, venue: nil, &pane.ui, pane.context)
    case .editOrganisation where venuesSection, .editVenue:
        return performVenueAdmin(.editVenue, venue: venuesSection ? pane.state.venues.selectedRow : nil, &pane.ui, pane.context)
    case .toggleActive where venuesSection, .toggleVenueActive:
        return performVenueAdmin(.toggleVenueActive, venue: venuesSection ? pane.state.venues.selectedRow : nil,
                                 &pane.ui, pane.context)
    case .newOrganisation:
        return openOrganisationForm(&pane, editing: nil)
    case .editOrganisation:
        guard pane.state.section == .organisations, let org = pane.state.organisations.selectedRow else {
            pane.ui.fail(.nothingSelected)
            return []
        }
        return openOrganisationForm(&pane, editing: org)
    case .toggleActive:
        return askToggleActive(&pane)
    default:
        guard let list = DirectoryPane.activeList(pane.state),
              let commands = ListActions.perform(action, list, &pane) else { return nil }
        return commands + DirectoryPane.detailCommands(pane)
    }
}

/// Opens the organisation form, if the signed-in user may change the directory.
func openOrganisationForm(_ pane: inout DirectoryScope, editing org: Organisation?) -> [Command] {
    guard pane.mayChange(.editDirectory) else { return [] }
    var commands: [Command] = []
    if pane.state.section != .organisations {
        pane.state.section = .organisations
        commands = DirectoryPane.shown(&pane)
    }
    pane.ui.form = OrganisationForm.make(org, lookup: pane.lookup, language: pane.language)
    return commands
}

private func askToggleActive(_ pane: inout DirectoryScope) -> [Command] {
    guard pane.state.section == .organisations, let org = pane.state.organisations.selectedRow else {
        pane.ui.fail(.nothingSelected)
        return []
    }
    guard pane.mayChange(.editDirectory) else { return [] }
    pane.ui.ask(.directory(.setOrganisationActive(id: org.id, name: org.name, active: !org.active)))
    return []
}

/// Ctrl-S in the organisation form.
func saveOrganisationForm(_ form: FormState, _ pane: inout DirectoryScope) -> [Command] {
    guard case .directory(.organisation(let id)) = form.purpose else { return [] }
    var form = form
    let original = id == 0 ? nil : pane.state.organisations.rows.first { $0.id == id }
    guard let org = OrganisationForm.organisation(from: &form, original: original) else {
        return pane.ui.fieldsRefused(form)
    }
    return pane.ui.submit(form, .directory(.saveOrganisation(org)))
}

func directoryUpdate(_ pane: inout DirectoryScope, _ msg: DirectoryMsg) -> [Command] {
    switch msg {
    case .organisationSaved(.success(let org)):
        let wasNew: Bool
        if case .directory(.organisation(let id)) = pane.ui.form?.purpose { wasNew = id == 0 } else { wasNew = false }
        pane.ui.submitted(wasNew ? .organisationCreated(org.name) : .organisationUpdated(org.name))
        pane.state.detail = nil
        return DirectoryLists.organisations.reload(&pane, keepCursor: true)
    case .organisationSaved(.failure(let error)):
        pane.ui.submitFailed(error) { form in OrganisationForm.mark(error, in: &form) }
        return []
    case .organisationActiveSet(.success(let org)):
        pane.ui.say(org.active ? .organisationReactivated(org.name) : .organisationDeactivated(org.name))
        pane.state.detail = nil
        return DirectoryLists.organisations.reload(&pane, keepCursor: true)
    case .organisationActiveSet(.failure(let error)):
        pane.ui.fail(phrase(for: error))
        return []
    case .organisationDetailLoaded(.success(let detail)):
        if pane.state.detail?.organisationID != detail.organisationID { pane.state.bookingCursor = 0 }
        pane.state.detail = detail
        pane.state.bookingCursor = min(pane.state.bookingCursor, max(0, detail.bookings.count - 1))
        return []
    case .organisationDetailLoaded(.failure(let error)):
        pane.ui.fail(phrase(for: error))
        return []
    }
}

/// The organisation's card, focused (→ or Tab from the list): ↑/↓ pick one
/// of its coming bookings, Enter shows it in the Venues grid on its day, `x`
/// asks to cancel it there and then. nil: not the card's.
func organisationCardPerform(_ action: Action, _ pane: inout DirectoryScope) -> [Command]? {
    guard pane.state.section == .organisations, pane.state.focus == .detail,
          let detail = pane.state.detail, detail.organisationID == pane.state.organisations.selectedRow?.id,
          !detail.bookings.isEmpty else { return nil }
    let i = min(pane.state.bookingCursor, detail.bookings.count - 1)
    switch action {
    case .moveUp: pane.state.bookingCursor = max(0, i - 1)
    case .moveDown: pane.state.bookingCursor = min(detail.bookings.count - 1, i + 1)
    case .open:
        let l = detail.bookings[i]
        pane.ui.request(.open(SearchResult(kind: .booking, id: l.id, title: l.who, subtitle: l.place, booking: l)))
    case .cancelBooking:
        guard pane.mayChange(.book) else { return [] }
        pane.ui.ask(.venues(.cancelBooking(detail.bookings[i])))
    default: return nil
    }
    return []
}
