import DugnadCore
import DugnadStore

/// The community activities as iCalendar. Written by the Calendar issue.
enum ActivityCalendarExport {
    static func ics(database: AppDatabase, from: CivilDate, through: CivilDate, kommunedeler: [String],
                    audiences: [String]) throws -> String {
        throw CLIError.notAvailableYet("export ics")
    }
}
