import DugnadCore
import TerminalKit

// The closure list (`c` in the grid): current and upcoming closures first,
// then past ones. The selected closure's hit bookings (confirmed and
// requested, never cancelled automatically) are listed below it with the
// booker's phone, so staff can call and move them. `n` new, `e`/Enter edit,
// `d` delete (admin only), Tab to scroll the hits, `c`/Esc close.

/// The closure list, shown over the grid while open.
public struct ClosureListState: Sendable, Equatable {
    public var closures: [Closure] = []
    public var loaded = false
    public var selected = 0
    /// The grid's venue when the list opened: what a new closure applies to by default.
    public var venue: Venue?
    /// The bookings hit by the closure `hitsFor`.
    public var hits: [ClosureHit] = []
    public var hitsFor: RowID?
    public var hitsLoaded = false
    /// Tab moves ↑/↓ between the closures and their hits.
    public var hitsFocused = false
    public var hitSelected = 0
    /// After a save: the closure to select when the list arrives.
    public var pendingSelection: RowID?

    public init(venue: Venue? = nil) { self.venue = venue }

    public var selectedClosure: Closure? { closures.indices.contains(selected) ? closures[selected] : nil }
}

/// Keys while the list is open (and no form over it); nil leaves the key to the shared handling.
func handleClosureListKey(_ pane: inout VenuesScope, _ key: Key) -> [Command]? {
    guard let action = KeyMap.action(for: key, in: .closureList) else { return nil }
    switch action {
    case .moveUp, .moveDown, .nextFocus, .previousFocus, .close, .closureList, .newClosure, .editClosure, .deleteClosure:
        return performClosures(action, &pane)
    default:
        return nil
    }
}

/// The list's actions, from a key or the palette (which opens the list first).
func performClosures(_ action: Action, _ pane: inout VenuesScope) -> [Command] {
    guard var list = pane.state.closureList else {
        // From the palette: the list opens first; only "new" goes on to its form.
        guard [.closureList, .newClosure, .editClosure, .deleteClosure].contains(action) else { return [] }
        var commands: [Command] = []
        pane.state.closureList = ClosureListState(venue: venueUnderCursor(pane.state))
        commands.append(.venueAdmin(.loadClosures))
        return action == .newClosure ? commands + performClosures(.newClosure, &pane) : commands
    }
    switch action {
    case .close, .closureList:
        pane.state.closureList = nil
        return []
    case .nextFocus, .previousFocus:
        list.hitsFocused.toggle()
        pane.state.closureList = list
        return []
    case .moveUp, .moveDown:
        let delta = action == .moveUp ? -1 : 1
        if list.hitsFocused {
            list.hitSelected = min(max(0, list.hits.count - 1), max(0, list.hitSelected + delta))
            pane.state.closureList = list
            return []
        }
        list.selected = min(max(0, list.closures.count - 1), max(0, list.selected + delta))
        pane.state.closureList = list
        return loadHits(&pane)
    case .newClosure:
        guard mayAdministerVenues(&pane.ui, pane.context) else { return [] }
        pane.form = ClosureForm.make(nil, venue: list.venue, today: pane.today, lookup: pane.lookup, language: pane.language)
        return []
    case .editClosure:
        guard let closure = list.selectedClosure else {
            pane.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        guard mayAdministerVenues(&pane.ui, pane.context) else { return [] }
        pane.form = ClosureForm.make(closure, venue: list.venue, today: pane.today, lookup: pane.lookup,
                                      language: pane.language)
        return []
    case .deleteClosure:
        guard let closure = list.selectedClosure else {
            pane.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        guard mayAdministerVenues(&pane.ui, pane.context) else { return [] }
        pane.ui.ask(.venues(.deleteClosure(id: closure.id, summary: closureSummary(closure, pane.context))))
        return []
    default:
        return []
    }
}

/// Asks for the hits of the selected closure unless they are already there.
private func loadHits(_ pane: inout VenuesScope) -> [Command] {
    guard var list = pane.state.closureList, let closure = list.selectedClosure else { return [] }
    guard list.hitsFor != closure.id else { return [] }
    list.hitsFor = closure.id
    list.hits = []
    list.hitsLoaded = false
    list.hitSelected = 0
    pane.state.closureList = list
    return [.venueAdmin(.loadClosureHits(closure))]
}

/// `3.12.–4.12.2026 Storsalen, Knutepunkt Fjell: Maling`
func closureSummary(_ c: Closure, _ pane: PaneContext) -> String {
    let dates = DateText.range(c.startsOn, c.endsOn, pane.language)
    return "\(dates) \(closureTarget(c, pane)): \(c.reason)"
}

/// The venue's name, or the site's with "whole site".
func closureTarget(_ c: Closure, _ pane: PaneContext) -> String {
    if let v = c.venueID { return pane.lookup.venue(v) }
    return "\(pane.lookup.site(c.siteID)) (\(pane.text(.venues(.closures(.wholeSite)))))"
}

func closureUpdate(_ pane: inout VenuesScope, _ msg: VenueAdminMsg) -> [Command] {
    switch msg {
    case .closuresLoaded(.success(let closures)):
        guard var list = pane.state.closureList else { return [] }
        let keep = list.pendingSelection ?? list.selectedClosure?.id
        list.closures = closures
        list.loaded = true
        list.selected = closures.firstIndex { $0.id == keep } ?? min(list.selected, max(0, closures.count - 1))
        list.pendingSelection = nil
        // Dates or target may have changed: read the hits again.
        list.hitsFor = nil
        pane.state.closureList = list
        return loadHits(&pane)
    case .closuresLoaded(.failure(let error)):
        pane.message = StatusMessage(phrase(for: error), isError: true)
        return []
    case .closureHitsLoaded(let id, let result):
        guard var list = pane.state.closureList, list.hitsFor == id else { return [] }
        switch result {
        case .success(let hits):
            list.hits = hits
            list.hitsLoaded = true
        case .failure(let error):
            pane.message = StatusMessage(phrase(for: error), isError: true)
        }
        pane.state.closureList = list
        return []
    case .closureSaved(.success(let saved)):
        pane.ui.submitted(.venues(.closures(.saved(hits: saved.hits))))
        pane.state.closureList?.pendingSelection = saved.closure.id
        return (pane.state.closureList == nil ? [] : [.venueAdmin(.loadClosures)]) + reloadVenueLists(&pane)
    case .closureSaved(.failure(let error)):
        pane.ui.submitFailed(error) { form in
            guard case .invalidClosure(let problems) = error else { return false }
            ClosureForm.show(problems, in: &form)
            return true
        }
        return []
    case .closureDeleted(.success):
        pane.message = StatusMessage(.venues(.closures(.deleted)))
        return (pane.state.closureList == nil ? [] : [.venueAdmin(.loadClosures)]) + reloadVenueLists(&pane)
    case .closureDeleted(.failure(let error)):
        pane.message = StatusMessage(phrase(for: error), isError: true)
        return pane.state.closureList == nil ? [] : [.venueAdmin(.loadClosures)]
    default:
        return []
    }
}
