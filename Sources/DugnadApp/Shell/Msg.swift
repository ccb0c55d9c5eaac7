import DugnadCore
import TerminalKit

/// Everything that happens to the app, as past-tense facts.
public enum Msg: Sendable {
    case keyPressed(Key)
    case resized(Size)
    /// Another process (or this one) committed to the database.
    case databaseChanged
    case lookupLoaded(Lookup)
    case pageLoaded(ListRequest, total: Int, rows: PageRows)
    case pageFailed(ListRequest, AppError)
    case organisationSaved(Result<Organisation, AppError>)
    case organisationActiveSet(Result<Organisation, AppError>)
    case organisationDetailLoaded(OrganisationDetail)
    case searchCompleted(query: String, results: [SearchResult])
    case staffLoaded(Staff?)
    case venues(VenuesMsg)
    case calendar(CalendarMsg)
    case venueAdmin(VenueAdminMsg)
}
