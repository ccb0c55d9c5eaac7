import DugnadCore
import TerminalKit

/// The Venues tab behind the pane interface: the day grid with the screens
/// that open over it (`VenuesState.screens`).
public enum VenuesPane: Pane {
    public typealias State = VenuesState
    public typealias Message = VenuesMsg

    public static func keyContext(_ state: VenuesState) -> KeyContext { state.keyContext }

    public static func activeList(_ state: VenuesState) -> AnyPaneList<VenuesState>? {
        state.top == nil ? VenuesLists.grid.erased : nil
    }

    public static func shown(_ pane: inout Scope) -> [Command] {
        VenuesLists.grid.erased.windowCommands(pane)
    }

    /// Every view of the pane is read again: the grid's window, and each
    /// screen open over it (week, free slots, approval queue, closures).
    public static func databaseChanged(_ pane: inout Scope, visible: Bool) -> [Command] {
        // The booking form's organisations are read again when it next opens.
        pane.state.organisations = []
        VenuesLists.grid.forget(&pane.state, keepCursor: true)
        guard visible else { return [] }
        var commands = VenuesLists.grid.windowCommand(pane).map { [$0] } ?? []
        for screen in pane.state.screens {
            switch screen {
            case .week(let week): commands.append(.venues(.loadWeek(week.venue, monday: week.monday)))
            case .freeSlots(let list): commands.append(.venues(.findFreeSlots(list.query)))
            case .approvalQueue: commands.append(.venues(.loadRequests))
            case .closures: commands.append(.venueAdmin(.loadClosures))
            }
        }
        return commands
    }

    public static func todayMoved(from old: CivilDate, _ pane: inout Scope) {
        if pane.state.day == old { pane.state.day = pane.today }
    }

    public static func pageLoaded(_ request: ListRequest, total: Int, rows: PageRows, _ pane: inout Scope) -> [Command] {
        let commands = offer(request, total, rows, to: [VenuesLists.grid.erased], &pane)
        focusJumpedVenue(&pane)
        return commands
    }

    /// A booking found with Ctrl-F: its day in the grid, the cursor on it.
    public static func jump(to hit: SearchResult, _ pane: inout Scope) -> [Command]? {
        guard hit.kind == .booking, let listing = hit.booking else { return nil }
        return jumpToBooking(listing, &pane)
    }

    public static func update(_ pane: inout Scope, _ msg: VenuesMsg) -> [Command] {
        venuesUpdate(&pane, msg)
    }

    public static func handleKey(_ key: Key, _ pane: inout Scope) -> [Command]? {
        venuesHandleKey(key, &pane)
    }

    public static func formEdited(before: FormState, _ pane: inout Scope) -> [Command] {
        venuesFormEdited(before: before, &pane)
    }

    public static func perform(_ action: Action, _ pane: inout Scope) -> [Command]? {
        venuesPerform(action, &pane)
    }

    public static func save(_ form: FormState, _ pane: inout Scope) -> [Command] {
        saveVenuesForm(&pane, form)
    }

    public static func confirmed(_ confirmation: Confirmation, _ pane: inout Scope) -> [Command] {
        guard case .venues(let c) = confirmation else { return [] }
        switch c {
        case .cancelBooking(let listing):
            pane.state.cancelling = listing
            return [.venues(.cancelBooking(listing.id))]
        case .cancelSeries(let listing):
            guard let series = listing.booking.seriesID else { return [] }
            return [.venues(.cancelSeries(series, from: listing.booking.start.date))]
        case .setVenueActive(let id, _, let active): return [.venueAdmin(.setVenueActive(id: id, active: active))]
        case .deleteClosure(let id, _): return [.venueAdmin(.deleteClosure(id))]
        }
    }

    public static func view(_ pane: Scope, into buffer: inout Buffer, theme: Theme) {
        drawVenues(into: &buffer, pane, theme)
    }
}
