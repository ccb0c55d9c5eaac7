import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad export …` — iCalendar and CSV out of the database.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export calendars and lists (iCalendar, CSV).",
                                                    subcommands: [ExportICS.self, ExportCodes.self, ExportBookings.self, ExportGrants.self])
}

/// `dugnad export ics` — with `--venue`, one venue's bookings (the Venues
/// pane); without, the community activities (the Calendar pane).
struct ExportICS: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ics",
        abstract: "Write an iCalendar file (RFC 5545, Europe/Oslo): activities, or one venue's bookings with --venue.")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "Export this venue's bookings instead of the activities.") var venue: Int64?
    @Option(help: "First day (YYYY-MM-DD or dd.mm.yyyy); default today.") var from: String?
    @Option(help: "Last day; default a year after --from.") var to: String?
    @Option(help: "Only these kommunedeler (name or id; repeatable).") var kommunedel: [String] = []
    @Option(help: "Only these audiences: barn, ungdom, voksne, seniorer, alle (repeatable).") var audience: [String] = []
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let today = Environment.osloToday()
            let first = try ExportRange.parse(from, today: today, language: language) ?? today
            let last = try ExportRange.parse(to, today: today, language: language) ?? first.adding(days: 365)
            let database = try options.open()
            let text: String
            if let venue {
                text = try VenueCalendarExport.ics(database: database, venueID: venue, from: first, through: last)
            } else {
                text = try ActivityCalendarExport.ics(database: database, from: first, through: last,
                                                      kommunedeler: kommunedel, audiences: audience)
            }
            try ExportRange.write(text, to: output)
        }
    }
}

/// Shared parsing and writing for the export subcommands.
enum ExportRange {
    static func parse(_ text: String?, today: CivilDate, language: Language) throws -> CivilDate? {
        guard let text else { return nil }
        guard let date = DateInput.parseDate(text, today: today) else { throw CLIError.badDate(text) }
        return date
    }

    /// Reads a UTF-8 input file, or says in one line why it cannot.
    static func read(_ path: String) throws -> String {
        do { return try String(contentsOfFile: path, encoding: .utf8) }
        catch { throw CLIError.cannotRead(path: path, reason: (error as NSError).localizedDescription) }
    }

    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) }
        catch { throw CLIError.cannotRead(path: path, reason: (error as NSError).localizedDescription) }
    }
}
