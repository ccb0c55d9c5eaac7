import DugnadCore
import TerminalKit

/// `p` on a booked cell of the Venues grid: the activity form, prefilled from
/// the booking, that saves an activity linked to it. Only a public booking
/// may become a public calendar entry; a private one is refused with a reason.
func publishBooking(_ model: inout Model) -> [Command] {
    guard let (row, b) = bookingUnderCursor(&model) else { return [] }
    guard b.isPublic else {
        model.message = StatusMessage(.calendar(.details(.bookingNotPublic)), isError: true)
        return []
    }
    guard mayChange(&model, .editActivities) else { return [] }
    let a = Activity(title: b.purpose.isEmpty ? b.bookerName : b.purpose, organiser: b.bookerName, category: .sosialt,
                     audience: .alle, kommunedelID: row.venue.kommunedelID, venueID: b.venueID,
                     start: b.start, end: b.end, bookingID: b.id)
    // One booking, one published activity: the store says first whether it already has one.
    return [.calendar(.loadBookingActivity(prefill: a))]
}

/// The answer: the existing activity's edit form, or a new one prefilled from the booking.
func openFormFromBooking(_ model: inout Model, existing: Activity?, prefill: Activity) {
    if let existing {
        model.form = CalendarForms.activity(existing, series: nil, model: model)
        model.message = StatusMessage(.calendar(.details(.alreadyPublished)))
        return
    }
    guard let bookingID = prefill.bookingID else { return }
    var form = CalendarForms.activity(prefill, series: nil, model: model)
    form.purpose = .calendar(.fromBooking(bookingID: bookingID))
    form.title = .calendar(.newActivity)
    model.form = form
}
