import DugnadCore
import TerminalKit

extension Model {
    /// The load the Calendar pane needs now, if any.
    var calendarLoadCommand: Command? { calendarLoadNeeded.map { .calendar(.load($0)) } }

    /// The load the Calendar pane needs for the rows its body shows now.
    var calendarLoadNeeded: CalendarQuery? { calendar.loadNeeded(visible: paneLayout.table.height) }
}

/// The Calendar tab sees actions first while it is active. Returns nil for
/// actions it leaves to the shared handling (tabs, help, quit, …).
func calendarPerform(_ action: Action, _ model: inout Model) -> [Command]? {
    switch action {
    case .calendarMonth: return setMode(&model, .month)
    case .calendarWeek: return setMode(&model, .week)
    case .calendarAgenda: return setMode(&model, .agenda)
    case .calendarDay: return setMode(&model, .day)
    case .previousDay, .moveLeft: return moveDay(&model, to: model.calendar.day.adding(days: -1))
    case .nextDay, .moveRight: return moveDay(&model, to: model.calendar.day.adding(days: 1))
    case .previousWeek: return moveDay(&model, to: model.calendar.day.adding(days: -7))
    case .nextWeek: return moveDay(&model, to: model.calendar.day.adding(days: 7))
    case .previousMonth: return moveDay(&model, to: model.calendar.day.adding(months: -1))
    case .nextMonth: return moveDay(&model, to: model.calendar.day.adding(months: 1))
    case .goToToday: return moveDay(&model, to: model.today)
    case .moveUp: return moveSelection(&model, by: -1)
    case .moveDown: return moveSelection(&model, by: 1)
    case .first: return moveSelection(&model, by: -100_000)
    case .last: return moveSelection(&model, by: 100_000)
    case .pageUp: return moveDay(&model, to: model.calendar.day.adding(days: -7))
    case .pageDown: return moveDay(&model, to: model.calendar.day.adding(days: 7))
    case .open, .editActivity: return openActivityEdit(&model)
    case .goToDate: model.form = CalendarForms.goToDate(model); return []
    case .newActivity:
        guard mayChange(&model, .editActivities) else { return [] }
        model.form = CalendarForms.activity(nil, series: nil, model: model)
        return []
    case .quickAddActivity:
        guard mayChange(&model, .editActivities) else { return [] }
        model.form = CalendarForms.quickAdd(model)
        return []
    case .cancelOccurrence: return toggleCancelled(&model)
    case .endSeries:
        guard let o = model.calendar.selectedOccurrence, let id = o.seriesID, o.id == 0 else {
            model.message = StatusMessage(.calendar(.notASeries), isError: true)
            return []
        }
        guard mayChange(&model, .editActivities) else { return [] }
        model.form = CalendarForms.endSeries(id: id, title: o.title, from: o.start.date, model: model)
        return []
    case .filterCalendar: model.form = CalendarForms.filter(model); return []
    case .exportCalendar: model.form = CalendarForms.export(model); return []
    case .close:
        guard !model.calendar.filter.isEmpty || !model.calendar.query.isEmpty else { return [] }
        model.calendar.filter = CalendarFilter()
        model.calendar.query = ""
        return reloadCalendar(&model)
    default: return nil
    }
}

private func setMode(_ model: inout Model, _ mode: CalendarViewMode) -> [Command] {
    model.calendar.mode = mode
    model.calendar.selected = 0
    return loadOrRecall(&model)
}

private func moveDay(_ model: inout Model, to day: CivilDate) -> [Command] {
    model.calendar.day = day
    model.calendar.selected = 0
    return loadOrRecall(&model)
}

/// The load the view needs, or nothing when the same month or week was read
/// since the data last changed: then that answer is shown again at once.
private func loadOrRecall(_ model: inout Model) -> [Command] {
    guard let query = model.calendarLoadNeeded else { return [] }
    if let slice = model.calendar.recentSlice(for: query) {
        model.calendar.apply(query, slice)
        return []
    }
    return [.calendar(.load(query))]
}

private func moveSelection(_ model: inout Model, by delta: Int) -> [Command] {
    let count = model.calendar.selectableCount
    guard count > 0 else { return [] }
    model.calendar.selected = min(max(0, model.calendar.selected + delta), count - 1)
    // The day view and agenda read the next window as the selection nears the loaded one's edge.
    return model.calendar.isList ? (model.calendarLoadCommand.map { [$0] } ?? []) : []
}

/// Forgets what is loaded (new filter, outside change, saved) and reads the view again.
func reloadCalendar(_ model: inout Model, keepSelection: Bool = false) -> [Command] {
    model.calendar.invalidate(keepSelection: keepSelection)
    return model.calendarLoadCommand.map { [$0] } ?? []
}

private func toggleCancelled(_ model: inout Model) -> [Command] {
    guard let o = model.calendar.selectedOccurrence else {
        model.message = StatusMessage(.nothingSelected, isError: true)
        return []
    }
    guard mayChange(&model, .editActivities) else { return [] }
    return [.calendar(.setCancelled(o, !o.cancelled))]
}

private func openActivityEdit(_ model: inout Model) -> [Command] {
    guard let o = model.calendar.selectedOccurrence else {
        model.message = StatusMessage(.nothingSelected, isError: true)
        return []
    }
    guard mayChange(&model, .editActivities) else { return [] }
    if o.id == 0, let id = o.seriesID { return [.calendar(.loadSeries(id: id, occurrence: o))] }
    model.form = CalendarForms.activity(o, series: nil, model: model)
    return []
}

func calendarUpdate(_ model: inout Model, _ msg: CalendarMsg) -> [Command] {
    switch msg {
    case .loaded(let query, let slice):
        // A late answer for a view no longer shown is dropped; the current one was asked for.
        guard query == model.calendarLoadNeeded else { return [] }
        model.calendar.apply(query, slice)
        // Asking again for what was just read would never end (rows and counts can disagree while others write).
        guard let next = model.calendarLoadNeeded, next != query else { return [] }
        return [.calendar(.load(next))]
    case .loadFailed(_, let error):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return []
    case .saved(let result):
        switch result {
        case .success(let title):
            model.form = nil
            model.message = StatusMessage(.calendar(.saved(title)))
            return reloadCalendar(&model)
        case .failure(let error):
            if var form = model.form { form.saving = false; form.formError = phrase(for: error); model.form = form }
            model.message = StatusMessage(phrase(for: error), isError: true)
            return []
        }
    case .occurrenceCancelled(let result):
        switch result {
        case .success(let o):
            model.message = StatusMessage(.calendar(o.cancelled ? .cancelledOne(o.title, o.start.date) : .restoredOne(o.title, o.start.date)))
            return reloadCalendar(&model, keepSelection: true)
        case .failure(let error):
            model.message = StatusMessage(phrase(for: error), isError: true)
            return []
        }
    case .seriesEnded(let result):
        switch result {
        case .success(let date):
            model.form = nil
            model.message = StatusMessage(.calendar(.seriesEnded(date)))
            return reloadCalendar(&model)
        case .failure(let error):
            if var form = model.form { form.saving = false; form.formError = phrase(for: error); model.form = form }
            model.message = StatusMessage(phrase(for: error), isError: true)
            return []
        }
    case .exported(let result):
        switch result {
        case .success(let r):
            model.form = nil
            model.message = StatusMessage(.calendar(.exportedTo(r.path, r.events)))
        case .failure(let error):
            if var form = model.form { form.saving = false; form.formError = phrase(for: error); model.form = form }
            model.message = StatusMessage(phrase(for: error), isError: true)
        }
        return []
    case .seriesLoaded(let series, let occurrence):
        guard let series else {
            model.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        model.form = CalendarForms.activity(occurrence, series: series, model: model)
        return []
    case .bookingActivityLoaded(let existing, let prefill):
        openFormFromBooking(&model, existing: existing, prefill: prefill)
        return []
    }
}
