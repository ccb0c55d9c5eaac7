import DugnadCore
import TerminalKit

/// Routes a key to whatever is on top: the size notice, an overlay, the `/`
/// line, a form, the active pane's own line, or else the key map of what the
/// pane shows. The shell acts only on its own actions (tabs, help, palette,
/// quit); everything else is the pane's.
func handleKey(_ model: inout Model, _ key: Key) -> [Command] {
    if key == .resize { return [] }
    if model.tooSmall {
        if key == .char("q") { model.quitting = true }
        return []
    }
    model.message = nil
    if model.overlay != nil { return handleOverlayKey(&model, key) }
    if model.listSearch != nil { return handleListSearchKey(&model, key) }
    if model.form != nil { return handleFormKey(&model, key) }
    if let commands = model.visit(model.tab, HandleKey(key: key)) { return commands }
    guard let action = KeyMap.action(for: key, in: model.keyContext) else { return [] }
    return perform(action, &model)
}

/// Carries out an action from a key: the active pane first, then the shell's own.
func perform(_ action: Action, _ model: inout Model) -> [Command] {
    if let commands = model.visit(model.tab, Perform(action: action)) { return commands }
    return performShellAction(action, &model) ?? []
}

/// An action from the palette: where the active pane does not know it, the
/// pane whose action it is gets it after switching to its tab.
func performFromPalette(_ action: Action, _ model: inout Model) -> [Command] {
    if let commands = performShellAction(action, &model) { return commands }
    if let commands = model.visit(model.tab, Perform(action: action)) { return commands }
    for tab in Tab.allCases where tab != model.tab {
        var trial = model
        let shown = trial.show(tab)
        if let commands = trial.visit(tab, Perform(action: action)) {
            model = trial
            return shown + commands
        }
    }
    return []
}

/// The shell's own actions; nil for a pane's.
private func performShellAction(_ action: Action, _ model: inout Model) -> [Command]? {
    switch action {
    case .quit:
        if model.form?.isDirty == true { model.overlay = .confirm(.quitDiscardingForm) } else { model.quitting = true }
        return []
    case .help: model.overlay = .help(scroll: 0); return []
    case .palette: model.overlay = .palette(PaletteState()); return []
    case .globalSearch: model.overlay = .globalSearch(GlobalSearchState()); return []
    case .redraw: return [.redraw]
    case .showCalendar: return model.show(.calendar)
    case .showVenues: return model.show(.venues)
    case .showGrants: return model.show(.grants)
    case .showVolunteers: return model.show(.volunteers)
    case .showDirectory: return model.show(.directory)
    case .registerVolunteer where model.tab != .volunteers:
        // F2 at the front desk: the form opens over whatever tab is shown; Ctrl-S goes to the Volunteers pane.
        return model.visit(.volunteers, Perform(action: action)) ?? []
    // Quick intake of a grant application from any tab: the Grants pane opens its form over this one.
    case .grantIntake: return model.visit(.grants, Perform(action: action))
    case .search:
        guard let current = model.read(model.tab, SearchQueryOf()) else { return [] }
        model.listSearch = ListSearchState(input: TextFieldState(current), previous: current)
        return []
    default:
        return nil
    }
}

/// The `/` line filters the current list live as the user types.
func handleListSearchKey(_ model: inout Model, _ key: Key) -> [Command] {
    guard var search = model.listSearch else { return [] }
    switch key {
    case .enter:
        model.listSearch = nil
        return []
    case .escape:
        model.listSearch = nil
        return model.visit(model.tab, Search(text: search.previous)) ?? []
    case .tab:
        // A pane that completes its query (the grant filter) rewrites the line.
        guard let commands = model.visit(model.tab, Complete(text: search.input.text)) else { return [] }
        if let text = model.read(model.tab, SearchQueryOf()) { search.input = TextFieldState(text) }
        model.listSearch = search
        return commands
    default:
        guard search.input.handle(key) else { return [] }
        model.listSearch = search
        return model.visit(model.tab, Search(text: search.input.text)) ?? []
    }
}

/// Keys while a form is open: the shared form mechanism edits it; Ctrl-S
/// goes to the pane the form belongs to (by its purpose), whichever tab is
/// shown; Esc asks before discarding edits.
func handleFormKey(_ model: inout Model, _ key: Key) -> [Command] {
    guard var form = model.form else { return [] }
    let before = form
    let outcome = form.handle(key, today: model.today)
    model.form = form
    let owner = form.purpose.owner
    switch outcome {
    case .handled:
        return model.visit(owner, FormEdited(before: before)) ?? []
    case .cancel:
        if form.isDirty { model.overlay = .confirm(.discardForm) } else { model.form = nil }
        return []
    case .quit:
        return performShellAction(.quit, &model) ?? []
    case .save:
        guard !form.saving else { return [] }
        guard form.validateAll(today: model.today) else {
            return model.ui.fieldsRefused(form)
        }
        return model.visit(owner, SaveForm(form: form)) ?? []
    }
}
