import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad import orgs FILE.csv [--dry-run]` — Dugnad's layout or
/// Enhetsregisteret's download; a re-import brings the register up to date.
struct ImportOrganisations: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "orgs",
        abstract: "Import or update organisations from CSV (Dugnad's layout or Enhetsregisteret's download; UTF-8, UTF-16 or Windows-1252); all rows or none.")
    @OptionGroup var options: DatabaseOptions
    @Flag(name: .long, help: "Show what the import would do without writing anything.") var dryRun = false
    @Argument(help: "The CSV file.") var file: String

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let lang = try Environment.language(options.lang)
            let input = try InputFile.open(file, language: lang)
            let database = try options.open()
            let r = try InputFile.reading(file, language: lang) { try database.importOrganisations(file: input, dryRun: dryRun) }
            if let note = InputFile.encodingNote(r.encoding, language: lang) { print(note) }
            print(Self.report(r, lang))
        }
    }

    static func report(_ r: OrganisationImportReport, _ lang: Language) -> String {
        var lines: [String] = []
        if lang == .nb {
            lines.append((r.dryRun ? "Prøvekjøring, ingenting er lagret: " : "Organisasjoner: ")
                + "\(r.created) \(r.created == 1 ? "ny" : "nye"), \(r.updated) oppdatert, \(r.unchanged) uendret, \(r.deactivated) deaktivert (slettet i registeret), 0 avvist.")
            if r.deletedNotAdded > 0 { lines.append("\(r.deletedNotAdded) enheter er slettet i registeret og ble ikke lagt til.") }
            if !r.ignoredColumns.isEmpty { lines.append("Kolonner som ikke leses (\(r.ignoredColumns.count)): " + r.ignoredColumns.joined(separator: ", ")) }
        } else {
            lines.append((r.dryRun ? "Dry run, nothing saved: " : "Organisations: ")
                + "\(r.created) new, \(r.updated) updated, \(r.unchanged) unchanged, \(r.deactivated) deactivated (deleted in the register), 0 rejected.")
            if r.deletedNotAdded > 0 { lines.append("\(r.deletedNotAdded) units are deleted in the register and were not added.") }
            if !r.ignoredColumns.isEmpty { lines.append("Columns not read (\(r.ignoredColumns.count)): " + r.ignoredColumns.joined(separator: ", ")) }
        }
        return lines.map { ImportedText.clean($0) }.joined(separator: "\n")
    }
}
