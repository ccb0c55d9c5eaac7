import DugnadCore
import TerminalKit

/// Routes a key to whatever is on top: the size notice, an overlay, the `/`
/// line, a form, or else the key map of the current tab.
func handleKey(_ model: inout Model, _ key: Key) -> [Command] {
    if key == .resize { return [] }
    if model.tooSmall {
        if key == .char("q") { model.quitting = true }
        return []
    }
    model.message = nil
    if model.overlay != nil { return handleOverlayKey(&model, key) }
    if model.listSearch != nil { return handleListSearchKey(&model, key) }
    if model.tab == .venues, let commands = handleVenuesKey(&model, key) { return commands }
    if model.form != nil { return handleFormKey(&model, key) }
    guard let action = KeyMap.action(for: key, in: model.keyContext) else { return [] }
    return perform(action, &model)
}

/// Carries out an action, whether it came from a key or the palette.
func perform(_ action: Action, _ model: inout Model) -> [Command] {
    if model.tab == .calendar, let commands = calendarPerform(action, &model) { return commands }
    if model.tab == .venues, model.venues.freeSlots != nil, let commands = freeSlotPerform(action, &model) { return commands }
    if model.tab == .venues, model.venues.week != nil, let commands = venueWeekPerform(action, &model) { return commands }
    switch action {
    case .quit:
        if model.form?.isDirty == true { model.overlay = .confirm(.quitDiscardingForm) } else { model.quitting = true }
        return []
    case .help: model.overlay = .help(scroll: 0); return []
    case .palette: model.overlay = .palette(PaletteState()); return []
    case .globalSearch: model.overlay = .globalSearch(GlobalSearchState()); return []
    case .redraw: return [.redraw]
    case .showCalendar: return show(.calendar, &model)
    case .showVenues: return show(.venues, &model)
    case .showGrants: return show(.grants, &model)
    case .showVolunteers: return show(.volunteers, &model)
    case .showDirectory: return show(.directory, &model)
    case .nextFocus: return cycleFocus(&model, forward: true)
    case .previousFocus: return cycleFocus(&model, forward: false)
    case .moveUp: return moveVertically(&model, .up)
    case .moveDown: return moveVertically(&model, .down)
    case .pageUp: return model.moveList(model.activeList, .pageUp)
    case .pageDown: return model.moveList(model.activeList, .pageDown)
    case .first: return model.moveList(model.activeList, .home)
    case .last: return model.moveList(model.activeList, .end)
    case .moveLeft, .moveRight: return moveHorizontally(&model, right: action == .moveRight)
    case .open: return openSelection(&model)
    case .close:
        if !model.query(model.activeList).isEmpty {
            model.setQuery(model.activeList, "")
            return model.reload(model.activeList, keepCursor: false)
        }
        return []
    case .search:
        let current = model.query(model.activeList)
        model.listSearch = ListSearchState(input: TextFieldState(current), previous: current)
        return []
    case .newOrganisation where model.tab == .directory && model.directory.section == .venues:
        return performVenueAdmin(.newVenue, &model)
    case .editOrganisation where model.tab == .directory && model.directory.section == .venues:
        return performVenueAdmin(.editVenue, &model)
    case .toggleActive where model.tab == .directory && model.directory.section == .venues:
        return performVenueAdmin(.toggleVenueActive, &model)
    case .newOrganisation: return openOrganisationForm(&model, editing: nil)
    case .editOrganisation:
        guard model.tab == .directory, model.activeList == .organisations,
              let org = model.directory.organisations.selectedRow else {
            model.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        return openOrganisationForm(&model, editing: org)
    case .toggleActive: return askToggleActive(&model)
    case .cycleSort:
        model.directory.sort = model.directory.sort.next
        return model.reload(.organisations, keepCursor: false)
    case .previousDay: return shiftDay(&model, by: -1)
    case .nextDay: return shiftDay(&model, by: 1)
    case .previousWeek: return shiftDay(&model, by: -7)
    case .nextWeek: return shiftDay(&model, by: 7)
    case .goToToday: return setDay(&model, model.today)
    case .save, .nextField, .previousField: return []
    case .selectRange, .extendLeft, .extendRight, .filterVenues, .cancelBooking, .cancelSeries, .approvalQueue, .venueWeek,
         .findFreeSlot, .publishBooking, .editBooking, .repeatBooking:
        return performVenues(action, &model)
    case .approveRequest, .rejectRequest: return performApproval(action, &model) ?? []
    case .newVenue, .editVenue, .toggleVenueActive, .closureList, .newClosure, .editClosure, .deleteClosure:
        return performVenueAdmin(action, &model)
    // "Go to date" belongs to the Venues grid there, to the Calendar elsewhere.
    case .goToDate where model.tab == .venues: return performVenues(action, &model)
    // Calendar actions outside the Calendar tab: show it first, then act.
    case .calendarMonth, .calendarWeek, .calendarAgenda, .calendarDay, .previousMonth, .nextMonth, .goToDate,
         .newActivity, .quickAddActivity, .editActivity, .cancelOccurrence, .endSeries, .filterCalendar, .exportCalendar:
        let commands = show(.calendar, &model)
        return commands + (calendarPerform(action, &model) ?? [])
    }
}

func show(_ tab: Tab, _ model: inout Model) -> [Command] {
    model.tab = tab
    return (model.windowCommand(model.activeList).map { [$0] } ?? []) + detailCommands(model)
}

private func cycleFocus(_ model: inout Model, forward: Bool) -> [Command] {
    switch model.tab {
    case .directory:
        let order: [DirectoryState.Focus] = [.sections, .list, .detail]
        let i = order.firstIndex(of: model.directory.focus)!
        model.directory.focus = order[(i + (forward ? 1 : 2)) % 3]
        return []
    case .volunteers:
        model.volunteers.section = model.volunteers.section == .requests ? .volunteers : .requests
        return model.windowCommand(model.activeList).map { [$0] } ?? []
    case .calendar, .venues, .grants:
        return []
    }
}

private func moveVertically(_ model: inout Model, _ motion: ListMotion) -> [Command] {
    if model.tab == .directory && model.directory.focus == .sections {
        let all = DirectoryState.Section.allCases
        let i = model.directory.section.rawValue + (motion == .up ? -1 : 1)
        model.directory.section = all[(i + all.count) % all.count]
        return (model.windowCommand(model.activeList).map { [$0] } ?? []) + detailCommands(model)
    }
    return model.moveList(model.activeList, motion) + detailCommands(model)
}

private func moveHorizontally(_ model: inout Model, right: Bool) -> [Command] {
    switch model.tab {
    case .directory:
        model.directory.focus = right ? (model.directory.focus == .sections ? .list : .detail)
                                      : (model.directory.focus == .detail ? .list : .sections)
        return []
    case .calendar, .venues: return shiftDay(&model, by: right ? 1 : -1)
    case .grants, .volunteers: return []
    }
}

private func openSelection(_ model: inout Model) -> [Command] {
    switch model.activeList {
    case .organisations:
        if model.directory.focus == .sections { model.directory.focus = .list; return [] }
        guard let org = model.directory.organisations.selectedRow else { return [] }
        if Permissions.allows(model.staff?.role, .editDirectory) { return openOrganisationForm(&model, editing: org) }
        model.directory.focus = .detail
        return []
    default:
        if model.tab == .directory { model.directory.focus = model.directory.focus == .sections ? .list : .detail }
        return []
    }
}

private func shiftDay(_ model: inout Model, by days: Int) -> [Command] {
    switch model.tab {
    case .calendar: return setDay(&model, model.calendar.day.adding(days: days))
    case .venues: return setDay(&model, model.venues.day.adding(days: days))
    default: return []
    }
}

private func setDay(_ model: inout Model, _ day: CivilDate) -> [Command] {
    switch model.tab {
    case .calendar: model.calendar.day = day
    case .venues: model.venues.day = day
    default: return []
    }
    return model.reload(model.activeList, keepCursor: false)
}

/// The `/` line filters the current list live as the user types.
func handleListSearchKey(_ model: inout Model, _ key: Key) -> [Command] {
    guard var search = model.listSearch else { return [] }
    let list = model.activeList
    switch key {
    case .enter:
        model.listSearch = nil
        return []
    case .escape:
        model.listSearch = nil
        model.setQuery(list, search.previous)
        return model.reload(list, keepCursor: false)
    default:
        guard search.input.handle(key) else { return [] }
        model.listSearch = search
        model.setQuery(list, search.input.text)
        return model.reload(list, keepCursor: false)
    }
}
