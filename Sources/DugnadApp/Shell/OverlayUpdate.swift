import DugnadCore
import TerminalKit

/// Actions the palette offers: everything but bare movement and form keys.
public func paletteActions() -> [Action] {
    let excluded: Set<Action> = [.moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .first, .last,
                                 .open, .close, .save, .nextField, .previousField, .palette, .confirmYes, .confirmNo,
                                 .confirmSwitch]
    return Action.allCases.filter { !excluded.contains($0) }
}


func handleOverlayKey(_ model: inout Model, _ key: Key) -> [Command] {
    switch model.overlay {
    case .help(let scroll):
        switch KeyMap.action(for: key, in: .help) {
        case .moveUp?: model.overlay = .help(scroll: max(0, scroll - 1))
        case .moveDown?: model.overlay = .help(scroll: scroll + 1)
        case .pageDown?: model.overlay = .help(scroll: scroll + 10)
        case .pageUp?: model.overlay = .help(scroll: max(0, scroll - 10))
        default: model.overlay = nil
        }
        return []
    case .palette(var state):
        return handlePaletteKey(&model, &state, key)
    case .globalSearch(var state):
        return handleGlobalSearchKey(&model, &state, key)
    case .confirm(let confirmation, let yes):
        // Only the question's own keys; every other key (a typed word's
        // letters included) is swallowed. Enter answers what is highlighted.
        switch KeyMap.action(for: key, in: .confirm) {
        case .confirmYes?:
            model.overlay = nil
            return yes ? confirmed(confirmation, &model) : []
        case .confirmSwitch?:
            model.overlay = .confirm(confirmation, yes: !yes)
        case .confirmNo?:
            model.overlay = nil
        default: break
        }
        return []
    case nil:
        return []
    }
}

private func handlePaletteKey(_ model: inout Model, _ state: inout PaletteState, _ key: Key) -> [Command] {
    let matches = paletteEntries(state, language: model.language, context: model.paneKeyContext)
    switch KeyMap.action(for: key, in: .overlay) {
    case .close?: model.overlay = nil; return []
    case .moveUp?: state.selected = max(0, state.selected - 1)
    case .moveDown?: state.selected = min(max(0, matches.count - 1), state.selected + 1)
    case .open?:
        model.overlay = nil
        guard matches.indices.contains(state.selected) else { return [] }
        return performFromPalette(matches[state.selected].action, &model)
    default:
        if state.input.handle(key) { state.selected = 0 }
    }
    model.overlay = .palette(state)
    return []
}

private func handleGlobalSearchKey(_ model: inout Model, _ state: inout GlobalSearchState, _ key: Key) -> [Command] {
    switch KeyMap.action(for: key, in: .overlay) {
    case .close?: model.overlay = nil; return []
    case .moveUp?: state.selected = max(0, state.selected - 1)
    case .moveDown?: state.selected = min(max(0, state.results.count - 1), state.selected + 1)
    case .open?:
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

/// Shows a search hit where it lives: the pane that shows hits of its kind.
func jump(to hit: SearchResult, _ model: inout Model) -> [Command] {
    for tab in Tab.allCases {
        var trial = model
        trial.tab = tab
        if let commands = trial.visit(tab, Jump(hit: hit)) {
            model = trial
            model.message = StatusMessage(.jumpedTo(hit.title))
            return commands
        }
    }
    return []
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
    case .directory:
        return model.visit(.directory, Confirmed(confirmation: confirmation)) ?? []
    case .venues:
        return model.visit(.venues, Confirmed(confirmation: confirmation)) ?? []
    }
}
