import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad import ics FILE` — VEVENTs become activities (series with RRULE);
/// a UID already stored is updated. Items it cannot take are listed and
/// skipped; the rest is saved in one transaction or not at all.
struct ImportICS: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ics",
        abstract: "Import activities from an iCalendar file (.ics); skipped items are reported one per line.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The .ics file.") var file: String

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let lang = try Environment.language(options.lang)
            let text = try ExportRange.read(file)
            let result = ActivityICalendarImport.read(text)
            let database = try options.open()
            let summary = try database.importEvents(result.events)
            // Overrides (RECURRENCE-ID) the store could not place are reported like the items the reader skipped.
            let skipped = (result.problems + summary.skipped).sorted { $0.line < $1.line }
            for p in skipped {
                Console.error(Phrase.calendar(.importSkipped(p)).text(lang))
            }
            // A changed or cancelled date of a series counts as an update.
            Console.out(Phrase.calendar(.importSummary(created: summary.created, updated: summary.updated + summary.overrides,
                                                 skipped: skipped.count)).text(lang))
        }
    }
}
