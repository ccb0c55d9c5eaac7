import DugnadCore
import TerminalKit

// The Venues pane at the front desk: a booking named as a person reads it
// (whose, where, when), undoing a cancellation, and a Ctrl-F booking hit
// shown on its day with the cursor on it.

/// The booking of the grid row as the cancel question and messages name it.
func listing(of booking: Booking, in row: VenueDay, _ pane: VenuesScope) -> BookingListing {
    BookingListing(booking: booking, venueName: row.venue.name, siteName: pane.lookup.site(row.venue.siteID),
                   party: row.party(of: booking))
}

/// `x` / `X` on a booked cell: asks before cancelling the booking, or every
/// occurrence of its series from that date on, naming exactly what goes.
func askToCancel(_ pane: inout VenuesScope, rest: Bool) {
    guard let found = bookingUnderCursor(&pane) else { return }
    let (row, b) = found
    guard pane.mayChange(.book) else { return }
    let named = listing(of: b, in: row, pane)
    if rest {
        guard b.seriesID != nil else {
            pane.message = StatusMessage(.venues(.series(.notInSeries)), isError: true)
            return
        }
        pane.ui.ask(.venues(.cancelSeries(named)))
    } else {
        pane.ui.ask(.venues(.cancelBooking(named)))
    }
}

/// `u`: the last booking cancelled here holds its venue again (the store
/// refuses after a day, or when the time was taken meanwhile).
func undoCancel(_ pane: inout VenuesScope) -> [Command] {
    guard let last = pane.state.undoable else {
        pane.message = StatusMessage(.frontDesk(.nothingToRestore), isError: true)
        return []
    }
    guard pane.mayChange(.book) else { return [] }
    return [.venues(.restoreBooking(last.id))]
}

func bookingRestored(_ pane: inout VenuesScope, _ result: Result<Booking, AppError>) -> [Command] {
    switch result {
    case .success(let booking):
        var named = pane.state.undoable ?? BookingListing(booking: booking, venueName: pane.lookup.venue(booking.venueID))
        named.booking = booking
        pane.state.undoable = nil
        pane.message = StatusMessage(.frontDesk(.restored(named)))
    case .failure(.notFound), .failure(.bookingOverlap):
        pane.message = StatusMessage(.frontDesk(.restoreRefused), isError: true)
    case .failure(let error):
        pane.message = StatusMessage(phrase(for: error), isError: true)
    }
    return VenuesLists.grid.reload(&pane, keepCursor: true) + reloadVenueWeek(pane)
}

/// A Ctrl-F booking hit: the grid on its day, narrowed to its venue's name,
/// the cursor on its venue's row and first half hour.
func jumpToBooking(_ listing: BookingListing, _ pane: inout VenuesScope) -> [Command] {
    let b = listing.booking
    pane.state.screens = []
    pane.state.dateInput = nil
    pane.state.anchor = nil
    pane.state.day = b.start.date
    pane.state.query = listing.venueName
    pane.state.focusVenue = b.venueID
    let minute = b.start.ordinal - b.start.date.dayNumber * 1440
    pane.state.column = min(VenueDay.columns - 1, max(0, minute / VenueDay.columnMinutes))
    let visible = pane.venueGrid.visibleColumns
    pane.state.scrollColumn = max(0, min(pane.state.column - 2, VenueDay.columns - visible))
    return VenuesLists.grid.reload(&pane, keepCursor: false)
}

/// After a page of the grid arrives: the row a jump asked for gets the cursor.
func focusJumpedVenue(_ pane: inout VenuesScope) {
    guard let id = pane.state.focusVenue, pane.state.grid.window.loaded else { return }
    if let index = pane.state.grid.rows.firstIndex(where: { $0.venue.id == id }) {
        pane.state.grid.window.cursor.selected = pane.state.grid.window.windowStart + index
        pane.state.grid.window.cursor.ensureVisible(visible: max(1, pane.paneLayout.visibleRows))
    }
    pane.state.focusVenue = nil
}
