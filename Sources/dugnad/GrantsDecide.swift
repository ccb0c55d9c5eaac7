import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad grants decide REF --outcome … [--amount KR] --reasons TEXT` — a decision from a script,
/// with the same rules as the Grants tab (budget, maximum, conflict of interest, reasons).
struct GrantsDecide: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "decide",
        abstract: "Decide an application: granted, partly_granted or rejected, with the amount in kroner and the reasons.")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The application's reference.") var reference: String
    @Option(help: "granted, partly_granted or rejected.") var outcome: String
    @Option(help: "The amount granted in kroner (not for rejections or forwarded schemes).") var amount: String?
    @Option(help: "The reasons (required).") var reasons: String
    @Option(help: "The date of the decision (YYYY-MM-DD; default today).") var today: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            guard let status = ApplicationStatus(rawValue: outcome), GrantWorkflow.decisions.contains(status) else {
                throw CLIError.unknownValue(option: "--outcome", value: outcome)
            }
            let money = try amount.map { text -> Money in
                guard let m = Money(parsing: text) else { throw CLIError.unknownValue(option: "--amount", value: text) }
                return m
            }
            let day = try Environment.today(today)
            let database = try options.open()
            guard let id = try database.applicationID(reference: reference) else { throw CLIError.store(.notFound) }
            let decided = try database.decideApplication(id: id, GrantDecision(outcome: status, amount: money, reasons: reasons), on: day)
            print("\(decided.reference)\t\(decided.status.rawValue)\t\(decided.amountGranted?.formatted ?? "–")")
        }
    }
}

/// `dugnad grants conflict REF --reason TEXT` — the login user declares a conflict of interest.
struct GrantsConflict: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conflict",
        abstract: "Declare your conflict of interest on an application (you can then not score, recommend or decide it).")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The application's reference.") var reference: String
    @Option(help: "Why (required).") var reason: String

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.open()
            guard let id = try database.applicationID(reference: reference) else { throw CLIError.store(.notFound) }
            try database.declareConflict(id: id, reason: reason)
        }
    }
}
