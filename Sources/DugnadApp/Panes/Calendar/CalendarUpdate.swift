import DugnadCore
import TerminalKit

extension PaneScope where State == CalendarState {
    /// The load the Calendar pane needs now, if any.
    var calendarLoadCommand: Command? { calendarLoadNeeded.map { .calendar(.load($0)) } }

    /// The load the Calendar pane needs for the rows its body shows now.
    var calendarLoadNeeded: CalendarQuery? { state.loadNeeded(visible: paneLayout.table.height) }
}

/// The Calendar tab sees actions first while it is active. Returns nil for
/// actions it leaves to the shared handling (tabs, help, quit, …).
func calendarPerform(_ action: Action, _ pane: inout CalendarScope) -> [Command]? {
    switch action {
    case .calendarMonth: return setMode(&pane, .month)
    case .calendarWeek: return setMode(&pane, .week)
    case .calendarAgenda: return setMode(&pane, .agenda)
    case .calendarDay: return setMode(&pane, .day)
    case .previousDay, .moveLeft: return moveDay(&pane, to: pane.state.day.adding(days: -1))
    case .nextDay, .moveRight: return moveDay(&pane, to: pane.state.day.adding(days: 1))
    case .previousWeek: return moveDay(&pane, to: pane.state.day.adding(days: -7))
    case .nextWeek: return moveDay(&pane, to: pane.state.day.adding(days: 7))
    case .previousMonth: return moveDay(&pane, to: pane.state.day.adding(months: -1))
    case .nextMonth: return moveDay(&pane, to: pane.state.day.adding(months: 1))
    case .goToToday: return moveDay(&pane, to: pane.today)
    case .moveUp: return moveSelection(&pane, by: -1)
    case .moveDown: return moveSelection(&pane, by: 1)
    case .first: return moveSelection(&pane, by: -100_000)
    case .last: return moveSelection(&pane, by: 100_000)
    case .pageUp: return moveDay(&pane, to: pane.state.day.adding(days: -7))
    case .pageDown: return moveDay(&pane, to: pane.state.day.adding(days: 7))
    case .open, .editActivity: return openActivityEdit(&pane)
    case .goToDate: pane.form = CalendarForms.goToDate(pane); return []
    case .newActivity:
        guard pane.mayChange(.editActivities) else { return [] }
        pane.form = CalendarForms.activity(nil, series: nil, pane: pane)
        return []
    case .quickAddActivity:
        guard pane.mayChange(.editActivities) else { return [] }
        pane.form = CalendarForms.quickAdd(pane)
        return []
    case .cancelOccurrence: return toggleCancelled(&pane)
    case .endSeries:
        guard let o = pane.state.selectedOccurrence, let id = o.seriesID, o.id == 0 else {
            pane.message = StatusMessage(.calendar(.notASeries), isError: true)
            return []
        }
        guard pane.mayChange(.editActivities) else { return [] }
        pane.form = CalendarForms.endSeries(id: id, title: o.title, from: o.start.date, pane: pane)
        return []
    case .filterCalendar: pane.form = CalendarForms.filter(pane); return []
    case .exportCalendar: pane.form = CalendarForms.export(pane); return []
    case .close:
        guard !pane.state.filter.isEmpty || !pane.state.query.isEmpty else { return [] }
        pane.state.filter = CalendarFilter()
        pane.state.query = ""
        return reloadCalendar(&pane)
    default: return nil
    }
}

private func setMode(_ pane: inout CalendarScope, _ mode: CalendarViewMode) -> [Command] {
    pane.state.mode = mode
    pane.state.selected = 0
    return loadOrRecall(&pane)
}

private func moveDay(_ pane: inout CalendarScope, to day: CivilDate) -> [Command] {
    pane.state.day = day
    pane.state.selected = 0
    return loadOrRecall(&pane)
}

/// The load the view needs, or nothing when the same month or week was read
/// since the data last changed: then that answer is shown again at once.
private func loadOrRecall(_ pane: inout CalendarScope) -> [Command] {
    guard let query = pane.calendarLoadNeeded else { return [] }
    if let slice = pane.state.recentSlice(for: query) {
        pane.state.apply(query, slice)
        return []
    }
    return [.calendar(.load(query))]
}

private func moveSelection(_ pane: inout CalendarScope, by delta: Int) -> [Command] {
    let count = pane.state.selectableCount
    guard count > 0 else { return [] }
    pane.state.selected = min(max(0, pane.state.selected + delta), count - 1)
    // The day view and agenda read the next window as the selection nears the loaded one's edge.
    return pane.state.isList ? (pane.calendarLoadCommand.map { [$0] } ?? []) : []
}

/// Forgets what is loaded (new filter, outside change, saved) and reads the view again.
func reloadCalendar(_ pane: inout CalendarScope, keepSelection: Bool = false) -> [Command] {
    pane.state.invalidate(keepSelection: keepSelection)
    return pane.calendarLoadCommand.map { [$0] } ?? []
}

private func toggleCancelled(_ pane: inout CalendarScope) -> [Command] {
    guard let o = pane.state.selectedOccurrence else {
        pane.message = StatusMessage(.nothingSelected, isError: true)
        return []
    }
    guard pane.mayChange(.editActivities) else { return [] }
    return [.calendar(.setCancelled(o, !o.cancelled))]
}

private func openActivityEdit(_ pane: inout CalendarScope) -> [Command] {
    guard let o = pane.state.selectedOccurrence else {
        pane.message = StatusMessage(.nothingSelected, isError: true)
        return []
    }
    guard pane.mayChange(.editActivities) else { return [] }
    if o.id == 0, let id = o.seriesID { return [.calendar(.loadSeries(id: id, occurrence: o))] }
    pane.form = CalendarForms.activity(o, series: nil, pane: pane)
    return []
}

func calendarUpdate(_ pane: inout CalendarScope, _ msg: CalendarMsg) -> [Command] {
    switch msg {
    case .loaded(let query, let slice):
        // A late answer for a view no longer shown is dropped; the current one was asked for.
        guard query == pane.calendarLoadNeeded else { return [] }
        pane.state.apply(query, slice)
        // Asking again for what was just read would never end (rows and counts can disagree while others write).
        guard let next = pane.calendarLoadNeeded, next != query else { return [] }
        return [.calendar(.load(next))]
    case .loadFailed(_, let error):
        pane.message = StatusMessage(phrase(for: error), isError: true)
        return []
    case .saved(let result):
        switch result {
        case .success(let title):
            pane.ui.submitted(.calendar(.saved(title)))
            return reloadCalendar(&pane)
        case .failure(let error):
            pane.ui.submitFailed(error)
            return []
        }
    case .occurrenceCancelled(let result):
        switch result {
        case .success(let o):
            pane.message = StatusMessage(.calendar(o.cancelled ? .cancelledOne(o.title, o.start.date) : .restoredOne(o.title, o.start.date)))
            return reloadCalendar(&pane, keepSelection: true)
        case .failure(let error):
            pane.message = StatusMessage(phrase(for: error), isError: true)
            return []
        }
    case .seriesEnded(let result):
        switch result {
        case .success(let date):
            pane.ui.submitted(.calendar(.seriesEnded(date)))
            return reloadCalendar(&pane)
        case .failure(let error):
            pane.ui.submitFailed(error)
            return []
        }
    case .exported(let result):
        switch result {
        case .success(let r):
            pane.ui.submitted(.calendar(.exportedTo(r.path, r.events)))
        case .failure(let error):
            pane.ui.submitFailed(error)
        }
        return []
    case .seriesLoaded(.failure(let error), _), .bookingActivityLoaded(.failure(let error), _):
        pane.ui.fail(phrase(for: error))
        return []
    case .seriesLoaded(.success(let series), let occurrence):
        guard let series else {
            pane.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        pane.form = CalendarForms.activity(occurrence, series: series, pane: pane)
        return []
    case .bookingActivityLoaded(.success(let existing), let prefill):
        openFormFromBooking(&pane, existing: existing, prefill: prefill)
        return []
    }
}
