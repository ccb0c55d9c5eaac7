import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad person export ID` / `dugnad person erase ID` — a volunteer's right of access and to erasure.
struct Person: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A volunteer's personal data: export as JSON, erase (anonymise).",
                                                    subcommands: [PersonExport.self, PersonErase.self, PersonDue.self, PersonPurpose.self])
}

struct PersonExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write everything stored about a volunteer as JSON.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The volunteer's id.") var id: Int64
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.open()
            try ExportRange.write(try database.exportPerson(id), to: output)
        }
    }
}

struct PersonErase: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "erase",
        abstract: "Anonymise a volunteer (name, contact, birth year, skills, attests seen); aggregate hours are kept.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The volunteer's id.") var id: Int64
    @Flag(help: "Do not ask for confirmation.") var yes = false

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let nb = language == .nb
            let database = try options.open()
            guard let v = try database.volunteer(id: id) else { throw CLIError.store(.notFound) }
            if !yes {
                FileHandle.standardError.write(Data((nb ? "Slette (anonymisere) \(v.name) (\(id))? Skriv «ja»: "
                                                        : "Erase (anonymise) \(v.name) (\(id))? Type “yes”: ").utf8))
                let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                guard answer == "ja" || answer == "yes" else {
                    print(nb ? "Ingenting er slettet." : "Nothing was erased.")
                    throw ExitCode(1)
                }
            }
            try database.erasePerson(id, today: Environment.osloToday())
            print(nb ? "Frivillig \(id) er anonymisert; timene er beholdt uten navn." : "Volunteer \(id) is anonymised; the hours are kept without a name.")
        }
    }
}

struct PersonDue: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "due",
        abstract: "Flag volunteers who left longer ago than the erasure period, and list those due for erasure.")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "Fix today's date (YYYY-MM-DD).") var today: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.open()
            for id in try database.flagLeftVolunteersForErasure(today: try Environment.today(today)) { print(id) }
        }
    }
}

struct PersonPurpose: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "purpose",
        abstract: "Print the confirmation of purpose (bekreftelse på formål) for the volunteer's politiattest application.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The volunteer's id.") var id: Int64
    @Option(help: "The request (task) that needs the attest.") var request: Int64
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.open()
            try ExportRange.write(try database.confirmationOfPurpose(volunteerID: id, requestID: request,
                                                                     today: Environment.osloToday()), to: output)
        }
    }
}
