import DugnadCore
import TerminalKit

/// `p` on a booked cell of the Venues grid: the activity form, prefilled from
/// the booking, that saves an activity linked to it. Only a public booking
/// may become a public calendar entry; a private one is refused with a reason.
func publishBooking(_ pane: inout VenuesScope) -> [Command] {
    guard let (row, b) = bookingUnderCursor(&pane) else { return [] }
    guard b.isPublic else {
        pane.message = StatusMessage(.calendar(.details(.bookingNotPublic)), isError: true)
        return []
    }
    guard pane.mayChange(.editActivities) else { return [] }
    let a = Activity(title: b.purpose.isEmpty ? b.bookerName : b.purpose, organiser: b.bookerName, category: .sosialt,
                     audience: .alle, kommunedelID: row.venue.kommunedelID, venueID: b.venueID,
                     start: b.start, end: b.end, bookingID: b.id)
    // One booking, one published activity: the store says first whether it already has one.
    return [.calendar(.loadBookingActivity(prefill: a))]
}

