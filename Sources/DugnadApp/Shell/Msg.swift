import DugnadCore
import TerminalKit

/// Everything that happens to the app, as past-tense facts. A pane's own
/// messages are nested under its case, as its commands are.
public enum Msg: Sendable {
    case keyPressed(Key)
    case resized(Size)
    /// Another process (or this one) committed to the database.
    case databaseChanged
    /// The civil date in Europe/Oslo moved on (midnight passed while the app runs).
    case dateChanged(CivilDate)
    /// `PRAGMA quick_check` found damage in the database file (its first findings).
    case databaseDamaged([String])
    /// A write has waited 200 ms for another process's lock and goes on trying (for up to 5 s); who holds it,
    /// where the system can tell. Keys keep working meanwhile.
    case waitingForLock(holder: String?)
    case lookupLoaded(Result<Lookup, AppError>)
    case pageLoaded(ListRequest, total: Int, rows: PageRows)
    case pageFailed(ListRequest, AppError)
    /// The exact count of a list whose window came with a lower bound (counted off the loop).
    case pageCounted(ListRequest, total: Int)
    case searchCompleted(query: String, results: Result<[SearchResult], AppError>)
    case staffLoaded(Result<Staff?, AppError>)
    case directory(DirectoryMsg)
    case venues(VenuesMsg)
    case calendar(CalendarMsg)
    case grants(GrantsMsg)
    case volunteers(VolunteersMsg)
}
