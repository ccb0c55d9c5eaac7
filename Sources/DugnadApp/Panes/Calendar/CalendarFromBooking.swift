import DugnadCore
import TerminalKit

/// `p` on a booked cell of the Venues grid: the activity form, prefilled from
/// the booking, that saves an activity linked to it. Only a public booking
/// may become a public calendar entry; a private one is refused with a reason.
func publishBooking(_ model: inout Model) {
    let span = VenueDay.span(ofColumn: model.venues.column)
    guard let row = model.venues.grid.selectedRow, let b = row.booking(from: span.from, to: span.to) else {
        model.message = StatusMessage(.nothingSelected, isError: true)
        return
    }
    guard b.isPublic else {
        model.message = StatusMessage(.calendar(.details(.bookingNotPublic)), isError: true)
        return
    }
    guard mayChange(&model, .editActivities) else { return }
    let a = Activity(title: b.purpose.isEmpty ? b.bookerName : b.purpose, organiser: b.bookerName, category: .sosialt,
                     audience: .alle, kommunedelID: row.venue.kommunedelID, venueID: b.venueID,
                     start: b.start, end: b.end, bookingID: b.id)
    var form = CalendarForms.activity(a, series: nil, model: model)
    form.purpose = .calendar(.fromBooking(bookingID: b.id))
    form.title = .calendar(.newActivity)
    model.form = form
}
