import DugnadCore

// `e` and `r` on a booked cell of the grid: change the booking (or its
// series from that date), or make a single booking the first of a weekly
// series. The forms re-check with the store after every change, as the
// booking form does, and save in one transaction.

/// The grid row and the booking under the cursor, or nil with the status
/// line saying there is none (`e`, `r`, `x`, `X`, `p`).
func bookingUnderCursor(_ model: inout Model) -> (row: VenueDay, booking: Booking)? {
    let span = VenueDay.span(ofColumn: model.venues.column)
    guard let row = model.venues.grid.selectedRow, let b = row.booking(from: span.from, to: span.to) else {
        model.message = StatusMessage(.nothingSelected, isError: true)
        return nil
    }
    return (row, b)
}

func openBookingEdit(_ model: inout Model) -> [Command] {
    guard let booking = bookingUnderCursor(&model)?.booking, mayChange(&model, .book) else { return [] }
    let organisations = model.venues.organisations
    let form = BookingEditForm.makeEdit(booking, venueName: model.lookup.venue(booking.venueID),
                                        organisations: organisations, language: model.language)
    model.form = form
    model.venues.anchor = nil
    var commands: [Command] = organisations.isEmpty ? [.venues(.loadOrganisations)] : []
    if let check = BookingForm.assessment(form, today: model.today, organisations: organisations) { commands.append(check) }
    return commands
}

func openBookingRepeat(_ model: inout Model) -> [Command] {
    guard let booking = bookingUnderCursor(&model)?.booking, mayChange(&model, .book) else { return [] }
    guard booking.seriesID == nil else {
        model.message = StatusMessage(.venues(.series(.alreadyInSeries)), isError: true)
        return []
    }
    model.form = BookingEditForm.makeRepeat(booking, venueName: model.lookup.venue(booking.venueID),
                                            language: model.language)
    model.venues.anchor = nil
    return []
}

/// Ctrl-S in the edit or repeat form.
func saveBookingEdit(_ model: inout Model, _ form: FormState) -> [Command] {
    var form = form
    guard let command = BookingEditForm.save(&form, today: model.today, organisations: model.venues.organisations) else {
        model.form = form
        return []
    }
    return submit(form, .venues(command), &model)
}

func bookingEditUpdate(_ model: inout Model, _ msg: VenuesMsg) -> [Command] {
    switch msg {
    case .editAssessed(let draft, let scope, let result):
        guard var form = model.form,
              BookingForm.assessment(form, today: model.today, organisations: model.venues.organisations)
                == .venues(.assessEdit(draft, scope)) else { return [] }
        switch result {
        case .success(let occurrences): form.notes = BookingEditForm.notes(occurrences)
        case .failure(let error): form.notes = [FormNote(phrase(for: error), isError: true)]
        }
        model.form = form
        return []
    case .bookingsEdited(.success(let count), _):
        model.form = nil
        model.message = StatusMessage(.venues(.series(.edited(count: count))))
        return model.reload(.bookings, keepCursor: true) + reloadVenueWeek(model)
    case .bookingsEdited(.failure(let error), _):
        return venuesUpdate(&model, .booked(.failure(error)))
    default:
        return []
    }
}
