import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad export codes` — the access codes of a code-lock venue with their
/// validity windows (15 minutes before to 15 minutes after), as CSV for the lock system.
struct ExportCodes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "codes",
        abstract: "Write the access codes of a code-lock venue as CSV (booking, valid from, valid to, code).")
    @OptionGroup var options: DatabaseOptions
    @Option(parsing: .unconditional, help: "The venue's id.") var venue: Int64
    @Option(parsing: .unconditional, help: "First day (YYYY-MM-DD, dd.mm.yyyy, +3, -7).") var from: String
    @Option(parsing: .unconditional, help: "Last day.") var to: String
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let today = try Environment.today(nil)
            let (first, last) = try ExportRange.period(from: from, to: to, today: today, language: language,
                                                       defaultLength: 0)
            let database = try options.openReadOnly()
            let bookings: [Booking]
            let known: Bool
            do throws(StoreError) {
                known = try database.venue(id: venue) != nil
                bookings = known ? try database.accessCodes(venueID: venue, from: first, through: last) : []
            } catch { throw CLIError.store(error) }
            // An unknown venue is an error (exit 1), as for `export ics --venue`, not an empty file.
            guard known else { throw CLIError.unknownVenue(venue) }
            var lines = ["booking_id,valid_from,valid_to,code"]
            for b in bookings {
                guard let code = b.accessCode else { continue }
                let window = AccessCode.validity(start: b.start, end: b.end)
                lines.append("\(b.id),\(window.from.storageText),\(window.to.storageText),\(code)")
            }
            try ExportRange.write(lines.joined(separator: "\r\n") + "\r\n", to: output)
        }
    }
}
