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
    @Option(parsing: .unconditional, help: "Export this venue's bookings instead of the activities.") var venue: Int64?
    @Option(parsing: .unconditional, help: "First day (YYYY-MM-DD, dd.mm.yyyy, +3, -7); default today.") var from: String?
    @Option(parsing: .unconditional, help: "Last day; default a year after --from.") var to: String?
    @Option(help: "Only these kommunedeler (name or id; repeatable).") var kommunedel: [String] = []
    @Option(help: "Only these audiences: barn, ungdom, voksne, seniorer, alle (repeatable).") var audience: [String] = []
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let today = try Environment.today(nil)
            let (first, last) = try ExportRange.period(from: from, to: to, today: today, language: language,
                                                       defaultLength: 365)
            let database = try options.openReadOnly()
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
        switch DateInput.readDate(text, today: today) {
        case .success(let date): return date
        case .failure(.outsideSupportedRange): throw CLIError.dateOutsideRange(text)
        case .failure(.notADate): throw CLIError.badDate(text)
        }
    }

    /// `--from`/`--to` as a period: the first day defaults to today, the last
    /// to `defaultLength` days later (kept inside the supported range); a
    /// last day before the first is refused rather than read as an empty period.
    static func period(from: String?, to: String?, today: CivilDate, language: Language,
                       defaultLength: Int) throws -> (CivilDate, CivilDate) {
        let first = try parse(from, today: today, language: language) ?? today
        let last = try parse(to, today: today, language: language)
            ?? min(first.adding(days: defaultLength), CivilDate.supportedRange.upperBound)
        guard first <= last else { throw CLIError.reversedRange(from: first.iso, to: last.iso) }
        return (first, last)
    }

    /// Reads a UTF-8 input file, or says in one line why it cannot.
    static func read(_ path: String) throws -> String {
        do { return try String(contentsOfFile: path, encoding: .utf8) }
        catch { throw CLIError.cannotRead(path: path, reason: (error as NSError).localizedDescription) }
    }

    /// Writes an export through the shared `OutputFile` (standard output
    /// without `-o`; a device or FIFO is written, never replaced).
    static func write(_ text: String, to path: String?) throws {
        do throws(OutputProblem) { try OutputFile.write(text, to: path) }
        catch { throw CLIError.cannotWrite(path: path ?? "-", problem: error) }
    }
}
