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
    @Option(help: "The venue's id.") var venue: Int64
    @Option(help: "First day (YYYY-MM-DD or dd.mm.yyyy).") var from: String
    @Option(help: "Last day.") var to: String
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let today = Environment.osloToday()
            let first = try ExportRange.parse(from, today: today, language: language) ?? today
            let last = try ExportRange.parse(to, today: today, language: language) ?? first
            let database = try options.open()
            let bookings: [Booking]
            do throws(StoreError) { bookings = try database.accessCodes(venueID: venue, from: first, through: last) }
            catch { throw CLIError.store(error) }
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
