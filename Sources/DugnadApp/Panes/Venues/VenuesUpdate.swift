import DugnadCore
import TerminalKit

/// Keys the Venues pane takes before the key map: the `g` date line, and the
/// keys of the screen on top (the closure list and the approval queue have
/// lines of their own). nil leaves the key to the key map.
func venuesHandleKey(_ key: Key, _ pane: inout VenuesScope) -> [Command]? {
    if pane.state.dateInput != nil { return handleDateInputKey(&pane, key) }
    if pane.state.quickInput != nil { return handleQuickBookingKey(&pane, key) }
    switch pane.state.top {
    case .closures: return handleClosureListKey(&pane, key)
    case .approvalQueue: return handleApprovalKey(&pane, key)
    default: return nil
    }
}

/// A key changed a booking form: the draft is assessed again (price, conflicts) when it changed.
func venuesFormEdited(before: FormState, _ pane: inout VenuesScope) -> [Command] {
    guard var after = pane.form, after.purpose.bookingVenueID != nil, !after.saving else { return [] }
    let organisations = pane.state.organisations
    BookingForm.fillFromOrganisation(before: before, &after, organisations: organisations)
    pane.form = after
    let old = BookingForm.assessment(before, today: pane.today, organisations: organisations)
    let assessment = BookingForm.assessment(after, today: pane.today, organisations: organisations)
    if assessment == nil {
        after.notes = BookingEditForm.fixedNotes(after)
        pane.form = after
        return []
    }
    if let assessment, assessment != old { return [assessment] }
    return []
}

/// The Venues pane's actions, from a key or the palette; nil leaves the action to the shell.
func venuesPerform(_ action: Action, _ pane: inout VenuesScope) -> [Command]? {
    switch pane.state.top {
    case .closures:
        if [.moveUp, .moveDown, .nextFocus, .previousFocus, .close, .closureList, .newClosure, .editClosure,
            .deleteClosure].contains(action) { return performClosures(action, &pane) }
    case .approvalQueue:
        if let commands = performApproval(action, &pane) { return commands }
    case .freeSlots:
        if let commands = freeSlotPerform(action, &pane) { return commands }
    case .week:
        if let commands = venueWeekPerform(action, &pane) { return commands }
    case nil:
        break
    }
    if pane.state.top != nil {
        // Over the grid only the screens' own actions, the grid's screens and the shell's apply.
        switch action {
        case .approvalQueue, .closureList, .findFreeSlot, .approveRequest, .rejectRequest, .newClosure, .newVenue:
            break
        case .quickBook:
            // From the palette over another screen: the line opens over the grid.
            pane.state.screens = []
            break
        default:
            return nil
        }
    }
    return gridPerform(action, &pane)
}

/// The day grid's actions.
private func gridPerform(_ action: Action, _ pane: inout VenuesScope) -> [Command]? {
    switch action {
    case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
        pane.state.anchor = nil
        return ListActions.perform(action, VenuesLists.grid.erased, &pane)
    case .close:
        if pane.state.anchor != nil {
            pane.state.anchor = nil
            return []
        }
        return ListActions.perform(action, VenuesLists.grid.erased, &pane)
    case .moveLeft: return moveColumn(&pane, by: -1, extend: false)
    case .moveRight: return moveColumn(&pane, by: 1, extend: false)
    case .previousDay: return setGridDay(&pane, pane.state.day.adding(days: -1))
    case .nextDay: return setGridDay(&pane, pane.state.day.adding(days: 1))
    case .previousWeek: return setGridDay(&pane, pane.state.day.adding(days: -7))
    case .nextWeek: return setGridDay(&pane, pane.state.day.adding(days: 7))
    case .goToToday: return setGridDay(&pane, pane.today)
    case .open:
        guard let row = pane.state.grid.selectedRow else {
            pane.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        return openBookingForm(&pane, row: row)
    case .approveRequest, .rejectRequest:
        return openApprovalQueue(&pane)
    case .newVenue, .editVenue, .toggleVenueActive:
        return performVenueAdmin(action, venue: venueUnderCursor(pane.state), &pane.ui, pane.context)
    case .closureList, .newClosure, .editClosure, .deleteClosure:
        return performClosures(action, &pane)
    case .selectRange, .extendLeft, .extendRight, .goToDate, .filterVenues, .cancelBooking, .cancelSeries, .undoCancel,
         .quickBook, .approvalQueue,
         .venueWeek, .findFreeSlot, .publishBooking, .editBooking, .repeatBooking:
        return performVenues(action, &pane)
    default: return nil
    }
}

/// The grid's own actions, from a key or the palette.
func performVenues(_ action: Action, _ pane: inout VenuesScope) -> [Command] {
    var commands: [Command] = []
    switch action {
    case .selectRange:
        pane.state.anchor = pane.state.anchor == nil ? pane.state.column : nil
    case .extendLeft: commands += moveColumn(&pane, by: -1, extend: true)
    case .extendRight: commands += moveColumn(&pane, by: 1, extend: true)
    case .goToDate: pane.state.dateInput = TextFieldState()
    case .filterVenues:
        pane.form = VenueFilterForm.make(pane.state.filter, lookup: pane.lookup, language: pane.language)
    case .cancelBooking, .cancelSeries: askToCancel(&pane, rest: action == .cancelSeries)
    case .undoCancel: commands += undoCancel(&pane)
    case .quickBook: commands += openQuickBooking(&pane)
    case .approvalQueue: commands += openApprovalQueue(&pane)
    case .venueWeek where pane.state.week == nil: commands += openVenueWeek(&pane)
    case .findFreeSlot where pane.state.freeSlots == nil:
        pane.form = FreeSlotForm.make(pane.state.filter, today: pane.today, lookup: pane.lookup, language: pane.language)
    case .publishBooking: commands += publishBooking(&pane)
    case .editBooking: commands += openBookingEdit(&pane)
    case .repeatBooking: commands += openBookingRepeat(&pane)
    default: break
    }
    return commands
}

/// Column moves and range selection, shared by the grid and the week view.
func handleGridAction(_ action: Action, _ pane: inout VenuesScope) -> [Command] {
    switch action {
    case .moveLeft: return moveColumn(&pane, by: -1, extend: false)
    case .moveRight: return moveColumn(&pane, by: 1, extend: false)
    default: return performVenues(action, &pane)
    }
}

private func moveColumn(_ pane: inout VenuesScope, by delta: Int, extend: Bool) -> [Command] {
    var v = pane.state
    // After `v` plain arrows extend too (as in vi's visual mode); Esc or ↑/↓ end the selection.
    if extend { v.anchor = v.anchor ?? v.column }
    v.column = min(VenueDay.columns - 1, max(0, v.column + delta))
    let visible = pane.venueGrid.visibleColumns
    if v.column < v.scrollColumn { v.scrollColumn = v.column }
    if v.column >= v.scrollColumn + visible { v.scrollColumn = v.column - visible + 1 }
    v.scrollColumn = max(0, min(v.scrollColumn, VenueDay.columns - visible))
    pane.state = v
    return []
}

/// Another day, same venue under the cursor, same time of day. The venue
/// rows on screen stay (the filter does not depend on the day): only the
/// new day's bookings of those venues are read.
func setGridDay(_ pane: inout VenuesScope, _ day: CivilDate) -> [Command] {
    pane.state.day = day
    pane.state.anchor = nil
    guard pane.state.grid.window.loaded, !pane.state.grid.rows.isEmpty, VenuesLists.grid.windowCommand(pane) == nil else {
        return VenuesLists.grid.reload(&pane, keepCursor: true)
    }
    pane.state.grid.keep(pages: ListWindow.pagesPerFirstWindow, visible: pane.paneLayout.visibleRows)
    return [.venues(.loadDay(day, pane.state.grid.rows.map(\.venue)))]
}

private func handleDateInputKey(_ pane: inout VenuesScope, _ key: Key) -> [Command] {
    guard var input = pane.state.dateInput else { return [] }
    switch key {
    case .escape:
        pane.state.dateInput = nil
        return []
    case .enter:
        pane.state.dateInput = nil
        switch DateInput.readDate(input.text, today: pane.today) {
        case .success(let day): return setGridDay(&pane, day)
        case .failure(let problem):
            pane.message = StatusMessage(Phrase(problem), isError: true)
            return []
        }
    default:
        _ = input.handle(key)
        pane.state.dateInput = input
        return []
    }
}

/// Enter on the grid or the week view: the booking form for the selected
/// range (or the free cell under the cursor) of `row`, widened to the venue's slots.
func openBookingForm(_ pane: inout VenuesScope, row: VenueDay) -> [Command] {
    let v = pane.state
    if v.anchor == nil, row.state(ofColumn: v.column) != .free {
        pane.message = StatusMessage(.venues(.cellNotFree), isError: true)
        return []
    }
    let span = row.slotAligned(firstColumn: v.selection.lowerBound, lastColumn: v.selection.upperBound)
    let start = CivilDateTime(date: row.date, time: CivilTime(minutes: span.start)!)
    let end = CivilDateTime(ordinal: row.date.dayNumber * 1440 + span.end)
    return openBookingForm(&pane, venue: row.venue, start: start, end: end)
}

/// The booking form for `venue` from `start` to `end` (from the grid, the week or a free slot found).
func openBookingForm(_ pane: inout VenuesScope, venue: Venue, start: CivilDateTime, end: CivilDateTime) -> [Command] {
    guard pane.mayChange(.book) else { return [] }
    let v = pane.state
    let name = pane.lookup.venue(venue.id).isEmpty ? venue.name : pane.lookup.venue(venue.id)
    var form = BookingForm.make(venue: venue, venueName: name, start: start, end: end,
                                organisations: v.organisations, language: pane.language)
    form.focus(on: BookingField.organisation)   // date and times come from the grid
    pane.form = form
    pane.state.anchor = nil
    var commands: [Command] = v.organisations.isEmpty ? [.venues(.loadOrganisations)] : []
    if let assessment = BookingForm.assessment(form, today: pane.today, organisations: v.organisations) {
        commands.append(assessment)
    }
    return commands
}

/// Ctrl-S in one of the Venues pane's forms.
func saveVenuesForm(_ pane: inout VenuesScope, _ form: FormState) -> [Command] {
    var form = form
    guard case .venues(let purpose) = form.purpose else { return [] }
    switch purpose {
    case .booking:
        guard let booking = BookingForm.booking(from: &form, today: pane.today, organisations: pane.state.organisations) else {
            pane.form = form
            return []
        }
        let command: VenuesCommand
        switch SeriesInput.reading(form, firstDate: booking.start.date, today: pane.today) {
        case .single: command = .book(booking)
        case .series(let series, let skip): command = .bookSeries(booking, series, skip)
        case .invalid(let field, let problem):
            form.setError(field, problem)
            form.focusFirstError()
            pane.form = form
            return []
        }
        return pane.ui.submit(form, .venues(command))
    case .venueFilter:
        pane.state.filter = VenueFilterForm.filter(from: form, keeping: pane.state.filter)
        pane.form = nil
        return VenuesLists.grid.reload(&pane, keepCursor: false)
    case .freeSlot:
        return saveFreeSlotForm(&pane, form)
    case .editBooking, .repeatBooking:
        return saveBookingEdit(&pane, form)
    case .venue, .closure:
        return saveVenueAdminForm(&pane, form)
    }
}

func venuesUpdate(_ pane: inout VenuesScope, _ msg: VenuesMsg) -> [Command] {
    switch msg {
    case .admin(let message): return venueAdminUpdate(&pane, message)
    case .requestsLoaded, .decided: return approvalUpdate(&pane, msg)
    case .editAssessed, .bookingsEdited: return bookingEditUpdate(&pane, msg)
    case .freeSlotsFound(let query, let result):
        freeSlotsFound(&pane, query, result)
        return []
    case .weekLoaded(let venueID, let monday, let result):
        venueWeekLoaded(&pane, venueID: venueID, monday: monday, result)
        return []
    case .dayLoaded(let day, .success(let rows)):
        // Only if still that day and the same venue rows (no reload in between).
        guard pane.state.day == day, rows.map(\.id) == pane.state.grid.rows.map(\.id) else { return [] }
        pane.state.grid.rows = rows
        return []
    case .dayLoaded(let day, .failure(let error)):
        guard pane.state.day == day else { return [] }
        pane.message = StatusMessage(phrase(for: error), isError: true)
        return reloadBookings(&pane)
    case .organisationsLoaded(.failure(let error)):
        pane.ui.fail(phrase(for: error))
        return []
    case .organisationsLoaded(.success(let list)):
        pane.state.organisations = list
        if var form = pane.form, form.purpose.bookingVenueID != nil,
           let i = form.fields.firstIndex(where: { $0.is(BookingField.organisation) }) {
            form.fields[i].kind = .picker(BookingForm.choices(list, pane.language))
            pane.form = form
        }
        return []
    case .seriesAssessed(let draft, let series, let skip, let result):
        guard var form = pane.form,
              BookingForm.assessment(form, today: pane.today, organisations: pane.state.organisations)
                == .venues(.assessSeries(draft, series, skip)) else { return [] }
        switch result {
        case .success(let occurrences):
            let repeating: Bool = if case .repeatBooking = form.venuesPurpose { true } else { false }
            form.notes = BookingEditForm.fixedNotes(form) + SeriesInput.notes(occurrences, skip: skip, repeating: repeating)
        case .failure(let error): form.notes = [FormNote(phrase(for: error), isError: true)]
        }
        pane.form = form
        return []
    case .seriesBooked(.success(let done)):
        pane.form = nil
        pane.state.freeSlots = nil
        pane.message = StatusMessage(.venues(.series(.booked(count: done.booked, skipped: done.skipped))))
        return reloadBookings(&pane)
    case .cancelled(.success(let n), let rest):
        if !rest, let named = pane.state.cancelling {
            pane.state.undoable = named
            pane.message = StatusMessage(.frontDesk(.cancelledOne(named)))
        } else {
            pane.message = StatusMessage(rest ? .venues(.series(.cancelledRest(n))) : .venues(.series(.cancelledOne)))
        }
        pane.state.cancelling = nil
        return reloadBookings(&pane)
    case .restored(let result):
        return bookingRestored(&pane, result)
    case .cancelled(.failure(let error), _):
        pane.state.cancelling = nil
        pane.message = StatusMessage(phrase(for: error), isError: true)
        return reloadBookings(&pane)
    case .seriesBooked(.failure(let error)):
        return venuesUpdate(&pane, .booked(.failure(error)))
    case .bookingAssessed(let draft, let result):
        guard var form = pane.form,
              BookingForm.assessment(form, today: pane.today, organisations: pane.state.organisations)
                == .venues(.assess(draft)) else { return [] }
        switch result {
        case .success(let check): form.notes = BookingForm.notes(check)
        case .failure(let error): form.notes = [FormNote(phrase(for: error), isError: true)]
        }
        pane.form = form
        return []
    case .booked(.success(let booking)):
        pane.form = nil
        pane.state.freeSlots = nil   // the list is stale now; the grid shows the booking
        let name = pane.lookup.venue(booking.venueID)
        pane.message = StatusMessage(booking.status == .requested ? .venues(.requested(venue: name))
                                      : .frontDesk(.booked(venue: name, booking)))
        if pane.state.day != booking.start.date {
            // The grid shows the day just booked, the cursor on its time.
            pane.state.day = booking.start.date
            pane.state.focusVenue = booking.venueID
            let minute = booking.start.ordinal - booking.start.date.dayNumber * 1440
            pane.state.column = min(VenueDay.columns - 1, max(0, minute / VenueDay.columnMinutes))
            return VenuesLists.grid.reload(&pane, keepCursor: true) + reloadVenueWeek(pane)
        }
        return reloadBookings(&pane)
    case .booked(.failure(let error)):
        var commands = reloadBookings(&pane)
        guard var form = pane.form else {
            pane.message = StatusMessage(phrase(for: error), isError: true)
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
        if let assessment = BookingForm.assessment(form, today: pane.today, organisations: pane.state.organisations) {
            commands.append(assessment)
        }
        pane.form = form
        pane.message = StatusMessage(form.formError ?? .noRows, isError: true)
        return commands
    }
}

/// After a change of bookings: the grid's window, and the week view if shown.
func reloadBookings(_ pane: inout VenuesScope) -> [Command] {
    VenuesLists.grid.reload(&pane, keepCursor: true) + reloadVenueWeek(pane)
}
