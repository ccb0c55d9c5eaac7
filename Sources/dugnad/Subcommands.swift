import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad demo` — fill a database with realistic, deterministic demo data.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill a database with demo data around today.")
    @OptionGroup var options: DatabaseOptions
    @Option(help: "Size: 1 ≈ one year of a 100,000-inhabitant municipality.") var scale: Double = 1
    @Option(help: "Random seed; the same seed and date give the same data.") var seed: UInt64 = 1
    @Option(help: "The date the data is centred on (YYYY-MM-DD).") var today: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            guard scale > 0, scale <= 100 else { throw CLIError.badScale(String(scale)) }
            let day = try Environment.today(today)
            let database = try options.open()
            let summary = try DemoData.fill(database, scale: scale, seed: seed, today: day)
            print("\(database.path): \(summary)")
        }
    }
}

/// `dugnad import orgs FILE.csv`
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import data from files.", subcommands: [ImportOrganisations.self, ImportICS.self])
}

/// `dugnad check` — integrity, foreign keys and domain invariants.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the database's integrity and the domain rules; non-zero exit when anything is wrong.")
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.open()
            let problems = try database.check()
            let lang = try Environment.language(options.lang)
            if problems.isEmpty {
                print(lang == .nb ? "\(database.path): ingen feil." : "\(database.path): no problems found.")
                return
            }
            for problem in problems { print(problem) }
            throw CLIError.checkFailed(problems.count)
        }
    }
}

/// `dugnad backup FILE` — SQLite online backup, safe while others work.
struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a consistent copy of the database (SQLite online backup).")
    @OptionGroup var options: DatabaseOptions
    @Argument(help: "Where to write the copy.") var destination: String

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let database = try options.open()
            try database.backup(to: destination)
            print(destination)
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
                    throw ValidationError("--role must be one of: frontdesk, coordinator, grants, admin")
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
                for s in try options.open().staffMembers() {
                    print("\(s.username)\t\(s.role.rawValue)\t\(s.active ? "active" : "inactive")\t\(s.displayName)")
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
