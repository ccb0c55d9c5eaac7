import DugnadCore
import DugnadStore

/// One venue's bookings as iCalendar. Written by the Venues issue.
enum VenueCalendarExport {
    static func ics(database: AppDatabase, venueID: Int64, from: CivilDate, through: CivilDate) throws -> String {
        throw CLIError.notAvailableYet("export ics --venue")
    }
}
