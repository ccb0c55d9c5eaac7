import DugnadCore
import TerminalKit

/// The week of one venue: the seven days of the grid's week as rows, the
/// same half-hour columns (cursor column, scrolling and selection are the
/// grid's own, so toggling keeps the time of day).
public struct VenueWeekState: Sendable, Equatable {
    public var venue: Venue
    public var monday: CivilDate
    /// The cursor's day, 0 = Monday.
    public var row: Int
    /// The seven days once read; empty while the week is being read (then
    /// nothing is drawn rather than another week's bookings).
    public var days: [VenueDay] = []

    public init(venue: Venue, monday: CivilDate, row: Int) { self.venue = venue; self.monday = monday; self.row = row }

    public var date: CivilDate { monday.adding(days: row) }
    public var selectedDay: VenueDay? { days.count == 7 ? days[row] : nil }
}

/// `w` on the grid: the week of the venue under the cursor, the cursor on the grid's day.
func openVenueWeek(_ pane: inout VenuesScope) -> [Command] {
    guard let row = pane.state.grid.selectedRow else {
        pane.message = StatusMessage(.nothingSelected, isError: true)
        return []
    }
    let day = pane.state.day
    pane.state.anchor = nil
    pane.state.week = VenueWeekState(venue: row.venue, monday: day.startOfWeek, row: day.weekday - 1)
    return [.venues(.loadWeek(row.venue, monday: day.startOfWeek))]
}

/// The week view's actions, from a key or the palette; nil leaves the
/// action to the shared handling (tabs, help, palette, quit).
func venueWeekPerform(_ action: Action, _ pane: inout VenuesScope) -> [Command]? {
    guard var week = pane.state.week else { return nil }
    switch action {
    case .moveUp, .moveDown:
        week.row = min(6, max(0, week.row + (action == .moveUp ? -1 : 1)))
        pane.state.week = week
        pane.state.anchor = nil
        return []
    case .moveLeft, .moveRight, .selectRange, .extendLeft, .extendRight:
        return handleGridAction(action, &pane)
    case .previousWeek, .nextWeek:
        return setWeek(&pane, week.monday.adding(days: action == .previousWeek ? -7 : 7), row: week.row)
    case .goToToday:
        return setWeek(&pane, pane.today.startOfWeek, row: pane.today.weekday - 1)
    case .open:
        guard let day = week.selectedDay else {
            pane.message = StatusMessage(.nothingSelected, isError: true)
            return []
        }
        return openBookingForm(&pane, row: day)
    case .close where pane.state.anchor != nil:
        pane.state.anchor = nil
        return []
    case .close, .venueWeek:
        // Back to the grid on the day under the cursor; the grid's venue cursor never moved.
        pane.state.week = nil
        return setGridDay(&pane, week.date)
    default:
        return nil
    }
}

private func setWeek(_ pane: inout VenuesScope, _ monday: CivilDate, row: Int) -> [Command] {
    guard var week = pane.state.week else { return [] }
    week.monday = monday
    week.row = row
    week.days = []
    pane.state.week = week
    pane.state.anchor = nil
    return [.venues(.loadWeek(week.venue, monday: monday))]
}

/// Reads the shown week again (after a booking, a cancellation or an outside change).
func reloadVenueWeek(_ pane: VenuesScope) -> [Command] {
    guard let week = pane.state.week else { return [] }
    return [.venues(.loadWeek(week.venue, monday: week.monday))]
}

func venueWeekLoaded(_ pane: inout VenuesScope, venueID: RowID, monday: CivilDate, _ result: Result<[VenueDay], AppError>) {
    // Only the answer for the week and venue still shown.
    guard var week = pane.state.week, week.venue.id == venueID, week.monday == monday else { return }
    switch result {
    case .success(let days):
        week.days = days
        pane.state.week = week
    case .failure(let error):
        pane.message = StatusMessage(phrase(for: error), isError: true)
    }
}
