import DugnadCore
import TerminalKit

/// The answer: the existing activity's edit form, or a new one prefilled from the booking.
func openFormFromBooking(_ pane: inout CalendarScope, existing: Activity?, prefill: Activity) {
    if let existing {
        pane.form = CalendarForms.activity(existing, series: nil, pane: pane)
        pane.message = StatusMessage(.calendar(.details(.alreadyPublished)))
        return
    }
    guard let bookingID = prefill.bookingID else { return }
    var form = CalendarForms.activity(prefill, series: nil, pane: pane)
    form.purpose = .calendar(.fromBooking(bookingID: bookingID))
    form.title = .calendar(.newActivity)
    pane.form = form
}
