import DugnadCore

// `e` and `r` on a booked cell of the grid: change the booking (or its
// series from that date), or make a single booking the first of a weekly
// series. The forms re-check with the store after every change, as the
// booking form does, and save in one transaction.

/// The grid row and the booking under the cursor, or nil with the status
/// line saying there is none (`e`, `r`, `x`, `X`, `p`).
func bookingUnderCursor(_ pane: inout VenuesScope) -> (row: VenueDay, booking: Booking)? {
    let span = VenueDay.span(ofColumn: pane.state.column)
    guard let row = pane.state.grid.selectedRow, let b = row.booking(from: span.from, to: span.to) else {
        pane.message = StatusMessage(.nothingSelected, isError: true)
        return nil
    }
    return (row, b)
}

func openBookingEdit(_ pane: inout VenuesScope) -> [Command] {
    guard let booking = bookingUnderCursor(&pane)?.booking, pane.mayChange(.book) else { return [] }
    let organisations = pane.state.organisations
    let form = BookingEditForm.makeEdit(booking, venueName: pane.lookup.venue(booking.venueID),
                                        organisations: organisations, language: pane.language)
    pane.form = form
    pane.state.anchor = nil
    var commands: [Command] = organisations.isEmpty ? [.venues(.loadOrganisations)] : []
    if let check = BookingForm.assessment(form, today: pane.today, organisations: organisations) { commands.append(check) }
    return commands
}

func openBookingRepeat(_ pane: inout VenuesScope) -> [Command] {
    guard let booking = bookingUnderCursor(&pane)?.booking, pane.mayChange(.book) else { return [] }
    guard booking.seriesID == nil else {
        pane.message = StatusMessage(.venues(.series(.alreadyInSeries)), isError: true)
        return []
    }
    pane.form = BookingEditForm.makeRepeat(booking, venueName: pane.lookup.venue(booking.venueID),
                                            language: pane.language)
    pane.state.anchor = nil
    return []
}

/// Ctrl-S in the edit or repeat form.
func saveBookingEdit(_ pane: inout VenuesScope, _ form: FormState) -> [Command] {
    var form = form
    guard let command = BookingEditForm.save(&form, today: pane.today, organisations: pane.state.organisations) else {
        pane.form = form
        return []
    }
    return pane.ui.submit(form, .venues(command))
}

func bookingEditUpdate(_ pane: inout VenuesScope, _ msg: VenuesMsg) -> [Command] {
    switch msg {
    case .editAssessed(let draft, let scope, let result):
        guard var form = pane.form,
              BookingForm.assessment(form, today: pane.today, organisations: pane.state.organisations)
                == .venues(.assessEdit(draft, scope)) else { return [] }
        switch result {
        case .success(let occurrences): form.notes = BookingEditForm.notes(occurrences)
        case .failure(let error): form.notes = [FormNote(phrase(for: error), isError: true)]
        }
        pane.form = form
        return []
    case .bookingsEdited(.success(let count), _):
        pane.ui.submitted(.venues(.series(.edited(count: count))))
        return VenuesLists.grid.reload(&pane, keepCursor: true) + reloadVenueWeek(pane)
    case .bookingsEdited(.failure(let error), _):
        return venuesUpdate(&pane, .booked(.failure(error)))
    default:
        return []
    }
}
