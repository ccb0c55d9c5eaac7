import DugnadCore
import TerminalKit

/// Keys on the Venues tab, seen before the shared key map: the `g` line,
/// the booking form (to re-assess the draft after each change) and the grid's
/// own actions. nil leaves the key to the shared handling.
func handleVenuesKey(_ model: inout Model, _ key: Key) -> [Command]? {
    if let form = model.form {
        guard form.purpose.bookingVenueID != nil else { return nil }
        let organisations = model.venues.organisations
        let before = BookingForm.assessment(form, today: model.today, organisations: organisations)
        var commands = handleFormKey(&model, key)
        guard var after = model.form, after.purpose.bookingVenueID != nil, !after.saving else { return commands }
        let assessment = BookingForm.assessment(after, today: model.today, organisations: organisations)
        if assessment == nil {
            after.notes = BookingEditForm.fixedNotes(after)
            model.form = after
        } else if let assessment, assessment != before {
            commands.append(assessment)
        }
        return commands
    }
    if model.venues.dateInput != nil { return handleDateInputKey(&model, key) }
    if model.venues.closureList != nil { return handleClosureListKey(&model, key) }
    if model.venues.queue != nil { return handleApprovalKey(&model, key) }
    if model.venues.freeSlots != nil {
        guard let action = KeyMap.action(for: key, in: .freeSlots) else { return nil }
        return freeSlotPerform(action, &model)
    }
    if model.venues.week != nil {
        guard let action = KeyMap.action(for: key, in: .venueWeek) else { return nil }
        return venueWeekPerform(action, &model)
    }
    guard let action = KeyMap.action(for: key, in: .venueGrid) else { return nil }
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
        model.venues.anchor = nil
        return nil
    case .close:
        guard model.venues.anchor != nil else { return nil }
        model.venues.anchor = nil
        return []
    case .moveLeft: return moveColumn(&model, by: -1, extend: false)
    case .moveRight: return moveColumn(&model, by: 1, extend: false)
    case .previousDay: return setGridDay(&model, model.venues.day.adding(days: -1))
    case .nextDay: return setGridDay(&model, model.venues.day.adding(days: 1))
    case .previousWeek: return setGridDay(&model, model.venues.day.adding(days: -7))
    case .nextWeek: return setGridDay(&model, model.venues.day.adding(days: 7))
    case .goToToday: return setGridDay(&model, model.today)
    case .open:
        guard let row = model.venues.grid.selectedRow else {
            model.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        return openBookingForm(&model, row: row)
    case .selectRange, .extendLeft, .extendRight, .goToDate, .filterVenues, .cancelBooking, .cancelSeries, .approvalQueue,
         .venueWeek, .findFreeSlot, .publishBooking, .editBooking, .repeatBooking:
        return performVenues(action, &model)
    default: return nil
    }
}

/// The grid's own actions, from a key or the palette.
func performVenues(_ action: Action, _ model: inout Model) -> [Command] {
    var commands: [Command] = []
    if model.tab != .venues { commands = show(.venues, &model) }
    switch action {
    case .selectRange:
        model.venues.anchor = model.venues.anchor == nil ? model.venues.column : nil
    case .extendLeft: commands += moveColumn(&model, by: -1, extend: true)
    case .extendRight: commands += moveColumn(&model, by: 1, extend: true)
    case .goToDate: model.venues.dateInput = TextFieldState()
    case .filterVenues:
        model.form = VenueFilterForm.make(model.venues.filter, lookup: model.lookup, language: model.language)
    case .cancelBooking, .cancelSeries: askToCancel(&model, rest: action == .cancelSeries)
    case .approvalQueue: commands += openApprovalQueue(&model)
    case .venueWeek where model.venues.week == nil: commands += openVenueWeek(&model)
    case .findFreeSlot where model.venues.freeSlots == nil:
        model.form = FreeSlotForm.make(model.venues.filter, today: model.today, lookup: model.lookup, language: model.language)
    case .publishBooking: commands += publishBooking(&model)
    case .editBooking: commands += openBookingEdit(&model)
    case .repeatBooking: commands += openBookingRepeat(&model)
    default: break
    }
    return commands
}

/// `x` / `X` on a booked cell: asks before cancelling the booking, or every
/// occurrence of its series from that date on.
private func askToCancel(_ model: inout Model, rest: Bool) {
    guard let b = bookingUnderCursor(&model)?.booking else { return }
    guard mayChange(&model, .book) else { return }
    if rest {
        guard let series = b.seriesID else {
            model.message = StatusMessage(.venues(.series(.notInSeries)), isError: true)
            return
        }
        model.overlay = .confirm(.cancelSeries(seriesID: series, from: b.start.date))
    } else {
        model.overlay = .confirm(.cancelBooking(id: b.id, date: b.start.date))
    }
}

/// Column moves and range selection, shared by the grid and the week view.
func handleGridAction(_ action: Action, _ model: inout Model) -> [Command] {
    switch action {
    case .moveLeft: return moveColumn(&model, by: -1, extend: false)
    case .moveRight: return moveColumn(&model, by: 1, extend: false)
    default: return performVenues(action, &model)
    }
}

private func moveColumn(_ model: inout Model, by delta: Int, extend: Bool) -> [Command] {
    var v = model.venues
    // After `v` plain arrows extend too (as in vi's visual mode); Esc or ↑/↓ end the selection.
    if extend { v.anchor = v.anchor ?? v.column }
    v.column = min(VenueDay.columns - 1, max(0, v.column + delta))
    let visible = model.venueGrid.visibleColumns
    if v.column < v.scrollColumn { v.scrollColumn = v.column }
    if v.column >= v.scrollColumn + visible { v.scrollColumn = v.column - visible + 1 }
    v.scrollColumn = max(0, min(v.scrollColumn, VenueDay.columns - visible))
    model.venues = v
    return []
}

/// Another day, same venue under the cursor, same time of day. The venue
/// rows on screen stay (the filter does not depend on the day): only the
/// new day's bookings of those venues are read.
func setGridDay(_ model: inout Model, _ day: CivilDate) -> [Command] {
    model.venues.day = day
    model.venues.anchor = nil
    guard model.venues.grid.window.loaded, !model.venues.grid.rows.isEmpty, model.windowCommand(.bookings) == nil else {
        return model.reload(.bookings, keepCursor: true)
    }
    model.venues.grid.keep(pages: ListWindow.pagesPerFirstWindow, visible: model.paneLayout.visibleRows)
    return [.venues(.loadDay(day, model.venues.grid.rows.map(\.venue)))]
}

private func handleDateInputKey(_ model: inout Model, _ key: Key) -> [Command] {
    guard var input = model.venues.dateInput else { return [] }
    switch key {
    case .escape:
        model.venues.dateInput = nil
        return []
    case .enter:
        model.venues.dateInput = nil
        guard let day = DateInput.parseDate(input.text, today: model.today) else {
            model.message = StatusMessage(.badDate, isError: true)
            return []
        }
        return setGridDay(&model, day)
    default:
        _ = input.handle(key)
        model.venues.dateInput = input
        return []
    }
}

/// Enter on the grid or the week view: the booking form for the selected
/// range (or the free cell under the cursor) of `row`, widened to the venue's slots.
func openBookingForm(_ model: inout Model, row: VenueDay) -> [Command] {
    let v = model.venues
    if v.anchor == nil, row.state(ofColumn: v.column) != .free {
        model.message = StatusMessage(.venues(.cellNotFree), isError: true)
        return []
    }
    let span = row.slotAligned(firstColumn: v.selection.lowerBound, lastColumn: v.selection.upperBound)
    let start = CivilDateTime(date: row.date, time: CivilTime(minutes: span.start)!)
    let end = CivilDateTime(ordinal: row.date.dayNumber * 1440 + span.end)
    return openBookingForm(&model, venue: row.venue, start: start, end: end)
}

/// The booking form for `venue` from `start` to `end` (from the grid, the week or a free slot found).
func openBookingForm(_ model: inout Model, venue: Venue, start: CivilDateTime, end: CivilDateTime) -> [Command] {
    guard mayChange(&model, .book) else { return [] }
    let v = model.venues
    let name = model.lookup.venue(venue.id).isEmpty ? venue.name : model.lookup.venue(venue.id)
    var form = BookingForm.make(venue: venue, venueName: name, start: start, end: end,
                                organisations: v.organisations, language: model.language)
    form.focus = 3   // the organisation: date and times come from the grid
    model.form = form
    model.venues.anchor = nil
    var commands: [Command] = v.organisations.isEmpty ? [.venues(.loadOrganisations)] : []
    if let assessment = BookingForm.assessment(form, today: model.today, organisations: v.organisations) {
        commands.append(assessment)
    }
    return commands
}

/// Ctrl-S in the booking or filter form.
func saveVenuesForm(_ model: inout Model, _ form: FormState) -> [Command] {
    var form = form
    switch form.purpose {
    case .booking:
        guard let booking = BookingForm.booking(from: &form, today: model.today, organisations: model.venues.organisations) else {
            model.form = form
            return []
        }
        let command: VenuesCommand
        switch SeriesInput.reading(form, firstDate: booking.start.date, today: model.today) {
        case .single: command = .book(booking)
        case .series(let series, let skip): command = .bookSeries(booking, series, skip)
        case .invalid(let field, let problem):
            form.setError(field, problem)
            form.focusFirstError()
            model.form = form
            return []
        }
        return submit(form, .venues(command), &model)
    case .venueFilter:
        model.venues.filter = VenueFilterForm.filter(from: form, keeping: model.venues.filter)
        model.form = nil
        return model.reload(.bookings, keepCursor: false)
    case .freeSlot:
        return saveFreeSlotForm(&model, form)
    case .editBooking, .repeatBooking:
        return saveBookingEdit(&model, form)
    case .organisation, .calendar, .venue, .closure:
        return []
    }
}

func venuesUpdate(_ model: inout Model, _ msg: VenuesMsg) -> [Command] {
    switch msg {
    case .requestsLoaded, .decided: return approvalUpdate(&model, msg)
    case .editAssessed, .bookingsEdited: return bookingEditUpdate(&model, msg)
    case .freeSlotsFound(let query, let result):
        freeSlotsFound(&model, query, result)
        return []
    case .weekLoaded(let venueID, let monday, let result):
        venueWeekLoaded(&model, venueID: venueID, monday: monday, result)
        return []
    case .dayLoaded(let day, .success(let rows)):
        // Only if still that day and the same venue rows (no reload in between).
        guard model.venues.day == day, rows.map(\.id) == model.venues.grid.rows.map(\.id) else { return [] }
        model.venues.grid.rows = rows
        return []
    case .dayLoaded(let day, .failure(let error)):
        guard model.venues.day == day else { return [] }
        model.message = StatusMessage(phrase(for: error), isError: true)
        return reloadBookings(&model)
    case .organisationsLoaded(let list):
        model.venues.organisations = list
        if var form = model.form, form.purpose.bookingVenueID != nil,
           let i = form.fields.firstIndex(where: { $0.key == "organisation" }) {
            form.fields[i].kind = .picker(BookingForm.choices(list, model.language))
            model.form = form
        }
        return []
    case .seriesAssessed(let draft, let series, let skip, let result):
        guard var form = model.form,
              BookingForm.assessment(form, today: model.today, organisations: model.venues.organisations)
                == .venues(.assessSeries(draft, series, skip)) else { return [] }
        switch result {
        case .success(let occurrences):
            let repeating: Bool = if case .repeatBooking = form.purpose { true } else { false }
            form.notes = BookingEditForm.fixedNotes(form) + SeriesInput.notes(occurrences, skip: skip, repeating: repeating)
        case .failure(let error): form.notes = [FormNote(phrase(for: error), isError: true)]
        }
        model.form = form
        return []
    case .seriesBooked(.success(let done)):
        model.form = nil
        model.venues.freeSlots = nil
        model.message = StatusMessage(.venues(.series(.booked(count: done.booked, skipped: done.skipped))))
        return reloadBookings(&model)
    case .cancelled(.success(let n), let rest):
        model.message = StatusMessage(rest ? .venues(.series(.cancelledRest(n))) : .venues(.series(.cancelledOne)))
        return reloadBookings(&model)
    case .cancelled(.failure(let error), _):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return reloadBookings(&model)
    case .seriesBooked(.failure(let error)):
        return venuesUpdate(&model, .booked(.failure(error)))
    case .bookingAssessed(let draft, let result):
        guard var form = model.form,
              BookingForm.assessment(form, today: model.today, organisations: model.venues.organisations)
                == .venues(.assess(draft)) else { return [] }
        switch result {
        case .success(let check): form.notes = BookingForm.notes(check)
        case .failure(let error): form.notes = [FormNote(phrase(for: error), isError: true)]
        }
        model.form = form
        return []
    case .booked(.success(let booking)):
        model.form = nil
        model.venues.freeSlots = nil   // the list is stale now; the grid shows the booking
        let name = model.lookup.venue(booking.venueID)
        model.message = StatusMessage(booking.status == .requested ? .venues(.requested(venue: name))
                                      : .venues(.booked(venue: name, start: booking.start, end: booking.end)))
        return reloadBookings(&model)
    case .booked(.failure(let error)):
        var commands = reloadBookings(&model)
        guard var form = model.form else {
            model.message = StatusMessage(phrase(for: error), isError: true)
            return commands
        }
        form.saving = false
        let lostRace: Bool
        switch error {
        case .bookingOverlap: lostRace = true
        case .bookingRefused(let conflicts): lostRace = conflicts.contains { if case .overlaps = $0 { true } else { false } }
        default: lostRace = false
        }
        form.formError = lostRace ? .venues(.takenMeanwhile) : phrase(for: error)
        if let assessment = BookingForm.assessment(form, today: model.today, organisations: model.venues.organisations) {
            commands.append(assessment)
        }
        model.form = form
        model.message = StatusMessage(form.formError ?? .noRows, isError: true)
        return commands
    }
}

/// After a change of bookings: the grid's window, and the week view if shown.
private func reloadBookings(_ model: inout Model) -> [Command] {
    model.reload(.bookings, keepCursor: true) + reloadVenueWeek(model)
}
