import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad grants scheme NAME [--budget KR] [--max KR|none] [--deadlines MM-DD,…|rolling] [--reporting TEXT]
/// [--rule TEXT] [--awards N|none]` — shows a scheme's terms, or (an administrator) changes them. The budget
/// cannot go below what the scheme has granted this year.
struct GrantsScheme: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scheme",
        abstract: "Show a grant scheme's terms, or change them (administrators): budget, maximum, round deadlines, reporting, rule.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The scheme's name (or the start of it) or its number.") var scheme: String
    @Option(help: "The year's budget in kroner.") var budget: String?
    @Option(help: "The most one application can be granted, in kroner, or 'none'.") var max: String?
    @Option(help: "Round deadlines as MM-DD,MM-DD (e.g. 03-01,09-15), or 'rolling'.") var deadlines: String?
    @Option(help: "What the applicant must report afterwards ('' for nothing).") var reporting: String?
    @Option(help: "The rule the decisions rest on (shown in letters).") var rule: String?
    @Option(help: "How many awards a year (prizes), or 'none'.") var awards: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let wantsChange = [budget, max, deadlines, reporting, rule, awards].contains { $0 != nil }
            let database = wantsChange ? try options.open() : try options.openReadOnly()
            let all = try database.grantSchemes()
            let folded = scheme.lowercased()
            let matches = Int(scheme).flatMap { n in all.filter { $0.id == RowID(n) } }
                ?? all.filter { $0.name.lowercased() == folded }.nilIfEmpty
                ?? all.filter { $0.name.lowercased().hasPrefix(folded) }
            guard matches.count == 1, var found = matches.first else {
                throw CLIError.unknownValue(option: "scheme", value: scheme)
            }
            if wantsChange {
                var edit = GrantSchemeEdit(found)
                if let budget {
                    guard let m = Money(parsing: budget) else { throw CLIError.unknownValue(option: "--budget", value: budget) }
                    edit.annualBudget = m
                }
                if let max {
                    if max.lowercased() == "none" { edit.maximumAmount = nil } else {
                        guard let m = Money(parsing: max) else { throw CLIError.unknownValue(option: "--max", value: max) }
                        edit.maximumAmount = m
                    }
                }
                if let deadlines {
                    let text = deadlines.lowercased() == "rolling" ? "" : deadlines
                    guard let r = SchemeRounds(stored: text) else { throw CLIError.unknownValue(option: "--deadlines", value: deadlines) }
                    edit.rounds = r
                }
                if let reporting { edit.reporting = reporting }
                if let rule { edit.rule = rule }
                if let awards {
                    if awards.lowercased() == "none" { edit.maximumAwards = nil } else {
                        guard let n = Int(awards), n > 0 else { throw CLIError.unknownValue(option: "--awards", value: awards) }
                        edit.maximumAwards = n
                    }
                }
                found = try database.updateGrantScheme(id: found.id, edit)
            }
            let rounds = found.rounds.stored.isEmpty ? "rolling" : found.rounds.stored
            Console.out("\(found.id)\t\(found.name)\tbudget \(found.annualBudget.formatted)\tmax \(found.maximumAmount?.formatted ?? "–")\trounds \(rounds)")
        }
    }
}

private extension Array {
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
