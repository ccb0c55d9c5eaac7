import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad grants letter REF [-o FILE] [--english]` — the decision letter of a decided application.
struct GrantsLetter: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "letter",
        abstract: "Write the decision letter (Bokmål; --english for English) of a decided application.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The application's reference, e.g. 2026-0042.") var reference: String
    @Flag(help: "Write the letter in English.") var english = false
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.open()
            guard let facts = try database.decisionLetterFacts(reference: reference) else { throw CLIError.notDecided(reference) }
            try ExportRange.write(DecisionLetter.text(facts, english: english), to: output)
        }
    }
}

/// `dugnad grants funds [list [WORDS]] | add …` — the register of external funds the front desk shows clubs.
struct GrantsFunds: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "funds", abstract: "External funds: list, search and add.",
                                                    subcommands: [List.self, Add.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List (or search) external funds.")
        @OptionGroup var options: DatabaseOptions
        @Argument(help: "Words to search for in giver, purpose and who may apply.") var words: [String] = []
        func run() throws {
            try Dugnad.guarded(language: options.language) {
                let funds = try options.open().externalFunds(matching: words.joined(separator: " "))
                for f in funds {
                    print([String(f.id), f.giver, f.purpose, f.eligible, f.deadlines, f.url].joined(separator: "\t"))
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an external fund.")
        @OptionGroup var options: DatabaseOptions
        @Option(help: "Who gives the money.") var giver: String
        @Option(help: "What for.") var purpose: String
        @Option(help: "Who may apply.") var eligible: String = ""
        @Option(help: "Deadlines, as text.") var deadlines: String = ""
        @Option(help: "Link (http… or https…).") var url: String = ""
        func run() throws {
            try Dugnad.guarded(language: options.language) {
                let id = try options.open().saveExternalFund(ExternalFund(giver: giver, purpose: purpose, eligible: eligible,
                                                                          deadlines: deadlines, url: url))
                print(id)
            }
        }
    }
}
