import DugnadCore

/// Effects the update asks for, as data. The CommandRunner performs each
/// one (one store transaction) and answers with a `Msg`, failures included.
public enum Command: Sendable, Equatable {
    case loadLookup
    case loadPage(ListRequest)
    case search(String)
    case reloadStaff
    case redraw
    case directory(DirectoryCommand)
    case venues(VenuesCommand)
    case calendar(CalendarCommand)
    case grants(GrantsCommand)
    case venueAdmin(VenueAdminCommand)
    case volunteers(VolunteersCommand)
}
