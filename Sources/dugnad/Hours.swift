import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad hours` — volunteer hours for the annual report: every entry as CSV, or totals by volunteer,
/// service, kommunedel or month.
struct Hours: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export volunteer hours as CSV, or print totals (--by).")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "First day (default 1 January this year).") var from: String?
    @Option(help: "Last day (default today).") var to: String?
    @Option(help: "Print totals by volunteer, service, kommunedel or month instead of every entry.") var by: String?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let today = Environment.osloToday()
            let first = try ExportRange.parse(from, today: today, language: language) ?? CivilDate(year: today.year, month: 1, day: 1)!
            let last = try ExportRange.parse(to, today: today, language: language) ?? today
            let database = try options.open()
            if let by {
                guard let grouping = AppDatabase.HoursGrouping(rawValue: by) else { throw CLIError.unknownValue(option: "--by", value: by) }
                let rows = try database.hoursTotals(by: grouping, from: first, through: last)
                let text = rows.map { "\($0.key)\t\(String(format: "%.1f", Double($0.minutes) / 60))" }.joined(separator: "\n")
                try ExportRange.write(text + (rows.isEmpty ? "" : "\n"), to: output)
            } else {
                try ExportRange.write(try database.hoursCSV(from: first, through: last), to: output)
            }
        }
    }
}
