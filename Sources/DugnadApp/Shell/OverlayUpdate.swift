import DugnadCore
import TerminalKit

/// Actions the palette offers: everything but bare movement and form keys.
public func paletteActions() -> [Action] {
    let excluded: Set<Action> = [.moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .first, .last,
                                 .open, .close, .save, .nextField, .previousField, .palette]
    return Action.allCases.filter { !excluded.contains($0) }
}

/// The palette's actions matching its filter, best first.
public func paletteMatches(_ state: PaletteState, language: Language) -> [Action] {
    let query = state.input.text
    return paletteActions()
        .compactMap { action -> (Action, Int)? in
            FuzzyMatch.score(query, in: Phrase.action(action).text(language)).map { (action, $0) }
        }
        .sorted { $0.1 > $1.1 }
        .map(\.0)
}

func handleOverlayKey(_ model: inout Model, _ key: Key) -> [Command] {
    switch model.overlay {
    case .help(let scroll):
        switch key {
        case .up, .char("k"): model.overlay = .help(scroll: max(0, scroll - 1))
        case .down, .char("j"): model.overlay = .help(scroll: scroll + 1)
        case .pageDown: model.overlay = .help(scroll: scroll + 10)
        case .pageUp: model.overlay = .help(scroll: max(0, scroll - 10))
        default: model.overlay = nil
        }
        return []
    case .palette(var state):
        return handlePaletteKey(&model, &state, key)
    case .globalSearch(var state):
        return handleGlobalSearchKey(&model, &state, key)
    case .confirm(let confirmation):
        switch key {
        case .char("y"), .char("j"), .char("Y"), .char("J"), .enter:
            model.overlay = nil
            return confirmed(confirmation, &model)
        case .char("n"), .char("N"), .escape:
            model.overlay = nil
        default: break
        }
        return []
    case nil:
        return []
    }
}

private func handlePaletteKey(_ model: inout Model, _ state: inout PaletteState, _ key: Key) -> [Command] {
    let matches = paletteMatches(state, language: model.language)
    switch key {
    case .escape: model.overlay = nil; return []
    case .up, .ctrl("p"): state.selected = max(0, state.selected - 1)
    case .down, .ctrl("n"): state.selected = min(max(0, matches.count - 1), state.selected + 1)
    case .enter:
        model.overlay = nil
        guard matches.indices.contains(state.selected) else { return [] }
        return perform(matches[state.selected], &model)
    default:
        if state.input.handle(key) { state.selected = 0 }
    }
    model.overlay = .palette(state)
    return []
}

private func handleGlobalSearchKey(_ model: inout Model, _ state: inout GlobalSearchState, _ key: Key) -> [Command] {
    switch key {
    case .escape: model.overlay = nil; return []
    case .up, .ctrl("p"): state.selected = max(0, state.selected - 1)
    case .down, .ctrl("n"): state.selected = min(max(0, state.results.count - 1), state.selected + 1)
    case .enter:
        model.overlay = nil
        guard state.results.indices.contains(state.selected) else { return [] }
        return jump(to: state.results[state.selected], &model)
    default:
        guard state.input.handle(key) else { break }
        state.selected = 0
        model.overlay = .globalSearch(state)
        let text = state.input.text.trimmingWhitespace()
        if text.count < 2 {
            state.results = []
            state.resultsFor = text
            model.overlay = .globalSearch(state)
            return []
        }
        return [.search(text)]
    }
    model.overlay = .globalSearch(state)
    return []
}

/// Shows a search hit where it lives: its tab, its list filtered to its name.
private func jump(to hit: SearchResult, _ model: inout Model) -> [Command] {
    let list: ListKey
    switch hit.kind {
    case .organisation:
        model.tab = .directory; model.directory.section = .organisations; model.directory.focus = .list
        list = .organisations
    case .venue:
        model.tab = .directory; model.directory.section = .venues; model.directory.focus = .list
        list = .directoryVenues
    case .person:
        model.tab = .volunteers; model.volunteers.section = .volunteers
        list = .volunteers
    case .staff:
        model.tab = .directory; model.directory.section = .staff; model.directory.focus = .list
        list = .staff
    case .activity:
        model.tab = .calendar
        list = .activities
    case .application:
        model.tab = .grants
        list = .applications
    }
    model.setQuery(list, hit.title)
    model.message = StatusMessage(.jumpedTo(hit.title))
    return model.reload(list, keepCursor: false)
}

private func confirmed(_ confirmation: Confirmation, _ model: inout Model) -> [Command] {
    switch confirmation {
    case .quitDiscardingForm:
        model.form = nil
        model.quitting = true
        return []
    case .discardForm:
        model.form = nil
        return []
    case .setOrganisationActive(let id, _, let active):
        return [.setOrganisationActive(id: id, active: active)]
    case .cancelBooking(let id, _):
        return [.venues(.cancelBooking(id))]
    case .cancelSeries(let series, let from):
        return [.venues(.cancelSeries(series, from: from))]
    case .setVenueActive(let id, _, let active):
        return [.venueAdmin(.setVenueActive(id: id, active: active))]
    case .deleteClosure(let id, _):
        return [.venueAdmin(.deleteClosure(id))]
    }
}
