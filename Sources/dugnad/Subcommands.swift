import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad demo` — fill a database with realistic, deterministic demo data.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill a database with demo data around today.")
    static var maximumScale: Int { Int(DemoLimits.scales.upperBound) }
    @OptionGroup var options: DatabaseOptions
    @Option(help: "Size: 1 ≈ one year of a 100,000-inhabitant municipality (0.01 to 100; decimals work).")
    var scale: Double = 1
    @Option(help: "Random seed; the same seed and date give the same data.") var seed: UInt64 = 1
    @Option(help: "The date the data is centred on (YYYY-MM-DD, 1900–2200).") var today: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            guard scale.isFinite, DemoLimits.scales.contains(scale) else { throw CLIError.badScale(String(scale)) }
            let day = try Environment.today(today)
            let interruption = Interruption.install()
            defer { interruption.stop() }
            let path = Environment.databasePath(options.db)
            let summary: DemoSummary
            do {
                summary = try DemoBuild.fill(path: path, scale: scale, seed: seed, today: day, interruption: interruption)
            } catch is DemoCancelled {
                throw CLIError.interrupted
            }
            Console.out("\(path): \(summary)")
        }
    }
}

/// `dugnad import orgs FILE.csv`
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import data from files.", subcommands: [ImportOrganisations.self, ImportICS.self])
}

/// `dugnad check` — integrity, foreign keys, `meta` and domain invariants,
/// read-only: exit 0 when sound, 2 when anything is wrong or the file is damaged.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the database's integrity and the domain rules (read-only); exit 2 when anything is wrong.")
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let lang = try Environment.language(options.lang)
            let database: AppDatabase
            let problems: [String]
            do throws(StoreError) {
                database = try AppDatabase.openReadOnly(path: Environment.databasePath(options.db), user: Environment.loginUser)
                problems = try database.check()
            } catch .damaged(let path, _) {
                throw CLIError.damaged(path: path, findings: AppDatabase.integrityReport(path: path))
            } catch {
                throw CLIError.store(error)
            }
            if problems.isEmpty {
                Console.out(lang == .nb ? "\(database.path): ingen feil." : "\(database.path): no problems found.")
                return
            }
            for problem in problems { Console.out(problem) }
            throw CLIError.checkFailed(problems.count)
        }
    }
}

/// `dugnad backup FILE` — SQLite online backup, safe while others work; the
/// copy is read back and checked before it is put in place. FILE may also be
/// `-`, a FIFO or a device (the verified copy is streamed there).
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a consistent, verified copy of the database (SQLite online backup).")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "Where to write the copy (a new file, or - for standard output).") var destination: String

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.openReadOnly()
            let target: OutputFile.Target
            do throws(OutputProblem) { target = try OutputFile.resolve(destination) } catch {
                throw CLIError.cannotWrite(path: destination, problem: error)
            }
            try BackupWriter.write(database, to: target, named: destination)
            if case .replace(let path) = target { Console.out(path) }
        }
    }
}

/// `dugnad staff add|list|remove`
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "staff", abstract: "Manage staff members and their roles.",
                                                    subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff member (or change the role of one).")
        @OptionGroup var options: DatabaseOptions
        @Argument(help: "Login user name.") var name: String
        @Option(help: "frontdesk, coordinator, grants or admin.") var role: String
        @Option(help: "Display name (default: the user name).") var displayName: String?

        func run() throws {
            try Dugnad.guarded(language: options.language) {
                guard let staffRole = StaffRole(rawValue: role) else {
                    throw CLIError.badOption(option: "--role", value: role, expected: "frontdesk, coordinator, grants, admin")
                }
                // Refused before the database is opened, so a bad name changes nothing at all.
                if let problem = StaffNameProblem.check(username: name.trimmingWhitespace())
                    ?? StaffNameProblem.check(displayName: displayName ?? "") {
                    throw CLIError.store(.invalidUsername(problem))
                }
                let database = try options.open()
                try database.addStaff(username: name, displayName: displayName ?? name, role: staffRole)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff members.")
        @OptionGroup var options: DatabaseOptions
        func run() throws {
            try Dugnad.guarded(language: options.language) {
                for s in try options.openReadOnly().staffMembers() {
                    Console.out("\(s.username)\t\(s.role.rawValue)\t\(s.active ? "active" : "inactive")\t\(s.displayName)")
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a staff member (the last admin stays).")
        @OptionGroup var options: DatabaseOptions
        @Argument(help: "Login user name.") var name: String
        func run() throws {
            try Dugnad.guarded(language: options.language) { try options.open().removeStaff(username: name) }
        }
    }
}
