import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad import ics FILE` — VEVENTs become activities (series with RRULE);
/// a UID already stored is updated, or counted unchanged. Items it cannot
/// take, and what it did with items it could only take in part, are listed
/// one per line; the rest is saved in one transaction or not at all.
struct ImportICS: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ics",
        abstract: "Import activities from an iCalendar file (.ics); skipped items are reported one per line.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The .ics file.") var file: String

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let lang = try Environment.language(options.lang)
            let input = try InputFile.open(file, language: lang)
            let database = try options.open()
            let today = try Environment.today(nil)
            let result = try InputFile.reading(file, language: lang) {
                try database.importICalendar(file: input, options: SystemTimeZones.options(around: today))
            }
            if result.problems.contains(where: { $0.cause == .notACalendar }) {
                throw CLIError.cannotRead(path: file, reason: lang == .nb ? "filen er ikke en iCalendar-fil (mangler BEGIN:VCALENDAR)"
                                                                           : "not an iCalendar file (no BEGIN:VCALENDAR)")
            }
            if let note = InputFile.encodingNote(result.encoding, language: lang) { Console.error(note) }
            for p in result.problems { Console.error(Self.line(p, lang)) }
            let s = result.summary
            let skipped = result.problems.filter(\.skipped).count
            // A changed or cancelled date of a series counts as a change.
            Console.out(lang == .nb
                  ? "Importerte: \(s.created) \(s.created == 1 ? "ny" : "nye"), \(s.updated + s.overrides) endret, \(s.unchanged) uendret; \(skipped) hoppet over."
                  : "Imported: \(s.created) new, \(s.updated + s.overrides) changed, \(s.unchanged) unchanged; \(skipped) skipped.")
        }
    }

    static func line(_ p: ICalendarImportProblem, _ lang: Language) -> String {
        let item = ImportedText.clean(p.item)
        if lang == .nb {
            return (p.skipped ? "Hoppet over" : "Merk") + " (linje \(p.line)\(item.isEmpty ? "" : ", «\(item.prefix(60))»")): \(ImportedText.clean(p.bokmal))"
        }
        return (p.skipped ? "Skipped" : "Note") + " (line \(p.line)\(item.isEmpty ? "" : ", “\(item.prefix(60))”")): \(ImportedText.clean(p.english))"
    }
}
