import DugnadCore
import TerminalKit

/// Ctrl-S in one of the Calendar pane's forms (fields already validated by kind).
func saveCalendarForm(_ pane: inout CalendarScope, _ form: inout FormState, _ purpose: CalendarFormPurpose) -> [Command] {
    switch purpose {
    case .goToDate:
        guard let d = DateInput.parseDate(form.value(ActivityFormField.date), today: pane.today) else { return [] }
        pane.form = nil
        return moveCalendar(&pane, to: d)
    case .filter:
        var f = CalendarFilter()
        for key in [ActivityFormField.kommunedel, .kommunedel2] { if let id = RowID(form.value(key)) { f.kommunedelIDs.insert(id) } }
        if let a = Audience(rawValue: form.value(ActivityFormField.audience)) { f.audiences = [a] }
        if let c = ActivityCategory(rawValue: form.value(ActivityFormField.category)) { f.categories = [c] }
        f.organiser = form.value(ActivityFormField.organiser)
        f.price = CalendarFilter.Price(rawValue: form.value(ActivityFormField.price)) ?? .any
        pane.state.filter = f
        pane.state.query = form.value(ActivityFormField.text)
        pane.form = nil
        return reloadCalendar(&pane)
    case .endSeries(let id, _):
        guard let d = DateInput.parseDate(form.value(ActivityFormField.date), today: pane.today) else { return [] }
        return pane.ui.submit(form, .calendar(.endSeries(id: id, before: d)))
    case .export:
        return pane.ui.submit(form, .calendar(.export(pane.state.wantedQuery, path: form.value(ActivityFormField.path))))
    case .quickAdd:
        switch QuickAdd.parse(form.value(ActivityFormField.line), today: pane.today) {
        case .failure(let problem):
            form.setError(ActivityFormField.line, .calendar(.quickAddProblem(problem)))
            pane.form = form
            return []
        case .success(let q):
            let a = activity(from: q, lookup: pane.lookup)
            let rule = q.weeklyInterval.flatMap { RecurrenceRule(pattern: .weekly(weekdays: [q.date.weekday]), interval: $0) }
            return pane.ui.submit(form, .calendar(.save(a, rule: rule, seriesID: nil, scope: .wholeSeries, date: q.date)))
        }
    case .fromBooking(let bookingID):
        guard let (read, rule) = activity(from: &form, id: 0, today: pane.today) else {
            form.focusFirstError()
            pane.form = form
            return []
        }
        var a = read
        a.bookingID = bookingID
        return pane.ui.submit(form, .calendar(.save(a, rule: rule, seriesID: nil, scope: .wholeSeries, date: a.start.date)))
    case .activity(let id, let seriesID, let occurrence):
        guard let (a, rule) = activity(from: &form, id: id, today: pane.today) else {
            form.focusFirstError()
            pane.form = form
            return []
        }
        let scope = SeriesScope(rawValue: form.value(ActivityFormField.scope)) ?? .wholeSeries
        return pane.ui.submit(form, .calendar(.save(a, rule: rule, seriesID: seriesID, scope: scope,
                                            date: occurrence ?? a.start.date)))
    }
}

private func moveCalendar(_ pane: inout CalendarScope, to day: CivilDate) -> [Command] {
    pane.state.day = day
    pane.state.selected = 0
    return pane.calendarLoadCommand.map { [$0] } ?? []
}

/// The quick-add line as an activity: `@place` names a venue (or, failing
/// that, stays as free text); the kommunedel follows the venue's site.
func activity(from q: QuickAdd, lookup: Lookup) -> Activity {
    let start = CivilDateTime(date: q.date, time: q.start ?? .midnight)
    let end = q.end.map { CivilDateTime(date: q.date, time: $0) } ?? CivilDateTime(date: q.date.adding(days: 1), time: .midnight)
    var a = Activity(title: q.title, organiser: "", category: q.category ?? .sosialt, audience: q.audience ?? .alle,
                     kommunedelID: nil, venueID: nil, start: start, end: end, allDay: q.start == nil)
    let place = q.place.lowercased()
    if !place.isEmpty {
        let venue = lookup.venueNames.sorted { $0.key < $1.key }.first { $0.value.lowercased().contains(place) }
        a.venueID = venue?.key
        if venue == nil { a.location = q.place }
        let text = (venue?.value ?? q.place).lowercased()
        a.kommunedelID = lookup.sites.first { text.contains($0.name.lowercased()) }?.kommunedelID
            ?? lookup.kommunedeler.first { $0.name.lowercased().split(separator: "/").contains { place.contains($0) } }?.id
    }
    return a
}

/// Reads the activity form; marks what is wrong and returns nil.
private func activity(from form: inout FormState, id: RowID, today: CivilDate) -> (Activity, RecurrenceRule?)? {
    form.clearErrors()
    guard let date = DateInput.parseDate(form.value(ActivityFormField.date), today: today) else { form.setError(ActivityFormField.date, .badDate); return nil }
    let allDay = form.value(ActivityFormField.allDay) == "1"
    var start = CivilDateTime(date: date, time: .midnight)
    var end = CivilDateTime(date: date.adding(days: 1), time: .midnight)
    if !allDay {
        guard let s = DateInput.parseTime(form.value(ActivityFormField.start)) else { form.setError(ActivityFormField.start, .fieldRequired); return nil }
        guard let e = DateInput.parseTime(form.value(ActivityFormField.end)) else { form.setError(ActivityFormField.end, .fieldRequired); return nil }
        guard e > s else { form.setError(ActivityFormField.end, .calendar(.endBeforeStart)); return nil }
        start = CivilDateTime(date: date, time: s)
        end = CivilDateTime(ordinal: CivilDateTime(date: date, time: .midnight).ordinal + e.minutes)
    }
    let free = form.value(ActivityFormField.free) == "1"
    guard let details = activityDetails(from: &form, free: free) else { return nil }
    let a = Activity(id: id, title: form.value(ActivityFormField.title), organiser: form.value(ActivityFormField.organiser),
                     category: ActivityCategory(rawValue: form.value(ActivityFormField.category)) ?? .annet,
                     audience: Audience(rawValue: form.value(ActivityFormField.audience)) ?? .alle,
                     kommunedelID: RowID(form.value(ActivityFormField.kommunedel)), venueID: RowID(form.value(ActivityFormField.venue)),
                     start: start, end: end, allDay: allDay, free: free,
                     description: form.value(ActivityFormField.description), details: details)
    let choice = RepeatChoice(rawValue: form.value(ActivityFormField.repeats)) ?? .none
    if choice == .none { return (a, nil) }
    var ruleEnd = RecurrenceRule.End.never
    let untilText = form.value(ActivityFormField.until), countText = form.value(ActivityFormField.count)
    if !untilText.isEmpty && !countText.isEmpty { form.setError(ActivityFormField.count, .calendar(.untilAndCount)); return nil }
    if let u = DateInput.parseDate(untilText, today: today) {
        guard u >= date else { form.setError(ActivityFormField.until, .calendar(.endBeforeStart)); return nil }
        ruleEnd = .until(u)
    }
    if let n = Int(countText) { ruleEnd = .count(n) }
    let pattern: RecurrenceRule.Pattern
    switch choice {
    case .none: return (a, nil)
    case .weekly, .biweekly:
        guard let extra = QuickAddNames.weekdays(form.value(ActivityFormField.weekdays)) else {
            form.setError(ActivityFormField.weekdays, .calendar(.badWeekdays))
            return nil
        }
        pattern = .weekly(weekdays: [date.weekday] + extra)
    case .monthlyNth: pattern = .monthly(ordinal: min(4, (date.day - 1) / 7 + 1), weekday: date.weekday)
    case .monthlyLast: pattern = .monthly(ordinal: -1, weekday: date.weekday)
    }
    guard let rule = RecurrenceRule(pattern: pattern, interval: choice == .biweekly ? 2 : 1, end: ruleEnd) else {
        form.setError(ActivityFormField.repeats, .calendar(.badWeekdays))
        return nil
    }
    return (a, rule)
}

/// Reads the detail fields; marks the field that breaks a rule and returns nil.
/// The price is read only when the activity is not free (a free one stores 0).
private func activityDetails(from form: inout FormState, free: Bool) -> ActivityDetails? {
    var price = Money.zero
    let priceText = form.value(ActivityFormField.priceAmount).trimmingWhitespace()
    if !free && !priceText.isEmpty {
        guard let p = Money(parsing: priceText) else { form.setError(ActivityFormField.priceAmount, .calendar(.details(.badPrice))); return nil }
        price = p
    }
    let d = ActivityDetails(signUpRequired: form.value(ActivityFormField.signUp) == "1", capacity: Int(form.value(ActivityFormField.capacity).trimmingWhitespace()),
                            contact: form.value(ActivityFormField.contact).trimmingWhitespace(),
                            accessibility: form.value(ActivityFormField.accessibility).trimmingWhitespace(),
                            languages: ActivityDetails.languages(form.value(ActivityFormField.languages)),
                            status: ActivityStatus(rawValue: form.value(ActivityFormField.status)) ?? .planned,
                            ageMin: Int(form.value(ActivityFormField.ageMin).trimmingWhitespace()), ageMax: Int(form.value(ActivityFormField.ageMax).trimmingWhitespace()),
                            price: price)
    switch d.problem {
    case .capacityBelowOne?: form.setError(ActivityFormField.capacity, .calendar(.details(.capacityBelowOne))); return nil
    case .ageMinAboveMax?: form.setError(ActivityFormField.ageMin, .calendar(.details(.ageMinAboveMax))); return nil
    case nil: return d
    }
}
