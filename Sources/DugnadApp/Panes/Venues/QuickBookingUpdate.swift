import DugnadCore
import TerminalKit

// Quick booking (`b` in the grid; "hurtigbooking"/"book" in the palette
// from any tab): one line — day, time, people, kind and place in any order —
// answered with the free rooms ranked by fit; Enter on one opens the booking
// form with all of it filled in.

/// `b`: the one line opens in the title row.
func openQuickBooking(_ pane: inout VenuesScope) -> [Command] {
    guard pane.mayChange(.book) else { return [] }
    pane.state.quickInput = TextFieldState()
    return pane.state.organisations.isEmpty ? [.venues(.loadOrganisations)] : []
}

func handleQuickBookingKey(_ pane: inout VenuesScope, _ key: Key) -> [Command] {
    guard var input = pane.state.quickInput else { return [] }
    switch key {
    case .escape:
        pane.state.quickInput = nil
        return []
    case .enter:
        switch QuickBooking.parse(input.text, today: pane.today, kommunedeler: pane.lookup.kommunedeler,
                                  sites: pane.lookup.sites) {
        case .failure(let problem):
            pane.message = StatusMessage(.frontDesk(.quickProblem(problem)), isError: true)
            return []
        case .success(let request):
            pane.state.quickInput = nil
            var list = FreeSlotListState(query: request.query)
            list.quick = request
            pane.state.freeSlots = list
            return [.venues(.findFreeRooms(request.query))]
        }
    default:
        _ = input.handle(key)
        pane.state.quickInput = input
        return []
    }
}

/// What a room costs for the quick booking's time: for a registered
/// voluntary organisation (the usual booker at the desk) and for anyone else.
func quickPrices(_ venue: Venue, _ request: QuickBooking) -> (voluntary: Money, other: Money) {
    let start = CivilDateTime(date: request.date, time: request.start)
    let end = request.end == .endOfDay ? CivilDateTime(date: request.date.adding(days: 1), time: .midnight)
        : CivilDateTime(date: request.date, time: request.end)
    return (PriceRule.price(venue: venue, start: start, end: end, organisationInFrivillighetsregisteret: true),
            PriceRule.price(venue: venue, start: start, end: end, organisationInFrivillighetsregisteret: false))
}

/// Enter on a ranked room: the booking form with day, time, people and purpose filled in.
func openQuickBookingForm(_ pane: inout VenuesScope, _ slot: FreeSlot, _ request: QuickBooking) -> [Command] {
    let commands = openBookingForm(&pane, venue: slot.venue, start: slot.start, end: slot.end)
    guard var form = pane.form else { return commands }
    if let n = request.attendees { form.setValue(BookingField.attendees, String(n)) }
    if !request.purpose.isEmpty { form.setValue(BookingField.purpose, request.purpose) }
    pane.form = form
    // The assessment was asked for before the people were filled in: ask again.
    let assessment = BookingForm.assessment(form, today: pane.today, organisations: pane.state.organisations)
    return commands.filter { if case .venues(.assess) = $0 { false } else { true } } + (assessment.map { [$0] } ?? [])
}
