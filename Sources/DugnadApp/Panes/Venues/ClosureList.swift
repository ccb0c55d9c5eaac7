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
func handleClosureListKey(_ model: inout Model, _ key: Key) -> [Command]? {
    guard let action = KeyMap.action(for: key, in: .closureList) else { return nil }
    switch action {
    case .moveUp, .moveDown, .nextFocus, .previousFocus, .close, .closureList, .newClosure, .editClosure, .deleteClosure:
        return performClosures(action, &model)
    default:
        return nil
    }
}

/// The list's actions, from a key or the palette (which opens the list first).
func performClosures(_ action: Action, _ model: inout Model) -> [Command] {
    guard var list = model.venues.closureList else {
        // From the palette: the list opens first; only "new" goes on to its form.
        guard [.closureList, .newClosure, .editClosure, .deleteClosure].contains(action) else { return [] }
        var commands = model.tab == .venues ? [] : show(.venues, &model)
        model.venues.closureList = ClosureListState(venue: venueUnderCursor(model))
        commands.append(.venueAdmin(.loadClosures))
        return action == .newClosure ? commands + performClosures(.newClosure, &model) : commands
    }
    switch action {
    case .close, .closureList:
        model.venues.closureList = nil
        return []
    case .nextFocus, .previousFocus:
        list.hitsFocused.toggle()
        model.venues.closureList = list
        return []
    case .moveUp, .moveDown:
        let delta = action == .moveUp ? -1 : 1
        if list.hitsFocused {
            list.hitSelected = min(max(0, list.hits.count - 1), max(0, list.hitSelected + delta))
            model.venues.closureList = list
            return []
        }
        list.selected = min(max(0, list.closures.count - 1), max(0, list.selected + delta))
        model.venues.closureList = list
        return loadHits(&model)
    case .newClosure:
        guard mayAdministerVenues(&model) else { return [] }
        model.form = ClosureForm.make(nil, venue: list.venue, today: model.today, lookup: model.lookup, language: model.language)
        return []
    case .editClosure:
        guard let closure = list.selectedClosure else {
            model.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        guard mayAdministerVenues(&model) else { return [] }
        model.form = ClosureForm.make(closure, venue: list.venue, today: model.today, lookup: model.lookup,
                                      language: model.language)
        return []
    case .deleteClosure:
        guard let closure = list.selectedClosure else {
            model.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        guard mayAdministerVenues(&model) else { return [] }
        model.overlay = .confirm(.deleteClosure(id: closure.id, summary: closureSummary(closure, model)))
        return []
    default:
        return []
    }
}

/// Asks for the hits of the selected closure unless they are already there.
private func loadHits(_ model: inout Model) -> [Command] {
    guard var list = model.venues.closureList, let closure = list.selectedClosure else { return [] }
    guard list.hitsFor != closure.id else { return [] }
    list.hitsFor = closure.id
    list.hits = []
    list.hitsLoaded = false
    list.hitSelected = 0
    model.venues.closureList = list
    return [.venueAdmin(.loadClosureHits(closure))]
}

/// `03.12.2026–04.12.2026 Storsalen, Knutepunkt Fjell: Maling`
func closureSummary(_ c: Closure, _ model: Model) -> String {
    let dates = c.startsOn == c.endsOn ? c.startsOn.norwegian : "\(c.startsOn.norwegian)–\(c.endsOn.norwegian)"
    return "\(dates) \(closureTarget(c, model)): \(c.reason)"
}

/// The venue's name, or the site's with "whole site".
func closureTarget(_ c: Closure, _ model: Model) -> String {
    if let v = c.venueID { return model.lookup.venue(v) }
    return "\(model.lookup.site(c.siteID)) (\(model.text(.venues(.closures(.wholeSite)))))"
}

func closureUpdate(_ model: inout Model, _ msg: VenueAdminMsg) -> [Command] {
    switch msg {
    case .closuresLoaded(.success(let closures)):
        guard var list = model.venues.closureList else { return [] }
        let keep = list.pendingSelection ?? list.selectedClosure?.id
        list.closures = closures
        list.loaded = true
        list.selected = closures.firstIndex { $0.id == keep } ?? min(list.selected, max(0, closures.count - 1))
        list.pendingSelection = nil
        // Dates or target may have changed: read the hits again.
        list.hitsFor = nil
        model.venues.closureList = list
        return loadHits(&model)
    case .closuresLoaded(.failure(let error)):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return []
    case .closureHitsLoaded(let id, let result):
        guard var list = model.venues.closureList, list.hitsFor == id else { return [] }
        switch result {
        case .success(let hits):
            list.hits = hits
            list.hitsLoaded = true
        case .failure(let error):
            model.message = StatusMessage(phrase(for: error), isError: true)
        }
        model.venues.closureList = list
        return []
    case .closureSaved(.success(let saved)):
        model.form = nil
        model.message = StatusMessage(.venues(.closures(.saved(hits: saved.hits))))
        model.venues.closureList?.pendingSelection = saved.closure.id
        return (model.venues.closureList == nil ? [] : [.venueAdmin(.loadClosures)]) + reloadVenueLists(&model)
    case .closureSaved(.failure(let error)):
        guard var form = model.form else {
            model.message = StatusMessage(phrase(for: error), isError: true)
            return []
        }
        form.saving = false
        if case .invalidClosure(let problems) = error { ClosureForm.show(problems, in: &form) } else { form.formError = phrase(for: error) }
        model.form = form
        model.message = form.formError == nil ? fixFieldsMessage(form) : StatusMessage(phrase(for: error), isError: true)
        return []
    case .closureDeleted(.success):
        model.message = StatusMessage(.venues(.closures(.deleted)))
        return (model.venues.closureList == nil ? [] : [.venueAdmin(.loadClosures)]) + reloadVenueLists(&model)
    case .closureDeleted(.failure(let error)):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return model.venues.closureList == nil ? [] : [.venueAdmin(.loadClosures)]
    default:
        return []
    }
}
