import DugnadCore

/// Effects the update asks for, as data. The CommandRunner performs each
/// one (one store transaction) and answers with a `Msg`.
public enum Command: Sendable, Equatable {
    case loadLookup
    case loadPage(ListRequest)
    case saveOrganisation(Organisation)
    case setOrganisationActive(id: RowID, active: Bool)
    case loadOrganisationDetail(RowID)
    case search(String)
    case reloadStaff
    case redraw
    case venues(VenuesCommand)
    case calendar(CalendarCommand)
    case venueAdmin(VenueAdminCommand)
}
