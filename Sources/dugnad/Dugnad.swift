import ArgumentParser
import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

/// `dugnad` — the command line (SPEC §5). Without a subcommand it opens the TUI.
@main
struct Dugnad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dugnad",
        abstract: "Dugnad — the municipality's tool for the voluntary sector: calendar, venues, grants, volunteers.",
        subcommands: [Open.self, Demo.self, Import.self, Export.self, Check.self, Backup.self, StaffCommand.self, Bench.self,
                      GrantsCLI.self,
                      Match.self, Person.self, Hours.self, Crisis.self],
        defaultSubcommand: Open.self)

    /// Parses and runs like ArgumentParser's own `main`, but prints its
    /// messages through `Console` (a value echoed in "invalid value" is the
    /// user's text and may hold escape sequences) and exits 1 for bad usage,
    /// as every other refusal does (0 ok, 1 bad input or refused, 2 check
    /// found problems, 130 interrupted).
    static func main() {
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if code == .success {
                if !text.isEmpty { Console.out(text) }
                Foundation.exit(0)
            }
            if !text.isEmpty { Console.error(text) }
            if let exit = error as? ExitCode { Foundation.exit(exit.rawValue) }
            Foundation.exit(1)
        }
    }

    /// Runs a subcommand body, turning every failure into one translated line
    /// on stderr and a non-zero exit — never a stack trace.
    static func guarded(language: Language?, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            let lang = language ?? Language.detect(environment: Environment.variables)
            printError(error.message(lang))
            throw ExitCode(error.exitCode)
        } catch let error as StoreError {
            let lang = language ?? Language.detect(environment: Environment.variables)
            printError(storeMessage(error, lang))
            throw ExitCode(1)
        } catch let error as OutputProblem {
            let lang = language ?? Language.detect(environment: Environment.variables)
            printError(CLIError.cannotWrite(path: "-", problem: error).message(lang))
            throw ExitCode(1)
        }
    }

    static func printError(_ message: String) {
        Console.error("dugnad: " + message)
    }
}

extension CLIError {
    var exitCode: Int32 {
        switch self {
        case .checkFailed, .damaged: return 2
        case .interrupted: return 130
        default: return 1
        }
    }
}

/// Options every subcommand that opens a database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $DUGNAD_DB, else $XDG_DATA_HOME/dugnad/dugnad.sqlite).")
    var db: String?

    @Option(name: .long, help: "Language of messages: nb or en (default from LANG/LC_ALL/LC_MESSAGES).")
    var lang: String?

    func open() throws -> AppDatabase {
        do { return try AppDatabase.open(path: Environment.databasePath(db), user: Environment.loginUser) }
        catch { throw CLIError.store(error) }
    }

    /// For work that only reads (check, exports, lists): nothing is created,
    /// migrated or written, not even beside the file.
    func openReadOnly() throws -> AppDatabase {
        do { return try AppDatabase.openReadOnly(path: Environment.databasePath(db), user: Environment.loginUser) }
        catch { throw CLIError.store(error) }
    }

    var language: Language? { lang.flatMap(Language.init(argument:)) }
}

/// Opens the full-screen application.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the full-screen application (the default).")

    @OptionGroup var options: DatabaseOptions

    @Flag(name: .long, help: "Open the demo database (created with demo data when missing).")
    var demo = false

    @Option(name: .long, help: "Theme name (default, light, high-contrast, mono) or path to a .toml file.")
    var theme: String?

    @Option(name: .long, help: "Fix today's date (YYYY-MM-DD) for demos, tests and screenshots.")
    var today: String?

    func run() throws {
        try Dugnad.guarded(language: options.language) {
            let language = try Environment.language(options.lang)
            let today = try Environment.today(today)
            let clock: (() -> CivilDate)? = self.today == nil ? { Environment.osloToday() } : nil
            let database: AppDatabase
            if demo {
                database = try openDemoDatabase(today: today)
            } else {
                database = try options.open()
            }
            try TerminalSession.run(database: database, language: language, today: today, themeName: theme,
                                    clock: clock)
        }
    }

    private func openDemoDatabase(today: CivilDate) throws -> AppDatabase {
        let path = options.db ?? Environment.demoDatabasePath
        if !FileManager.default.fileExists(atPath: path) {
            // Built as `dugnad demo` builds it (a temporary file renamed into place when complete), so
            // Ctrl-C or a closed terminal during the first minute leaves no empty demo behind to open later.
            Console.error("dugnad: \(path)")
            let interruption = Interruption.install()
            defer { interruption.stop() }
            do { _ = try DemoBuild.fill(path: path, scale: 1, seed: 1, today: today, interruption: interruption) }
            catch is DemoCancelled { throw CLIError.interrupted }
        }
        do { return try AppDatabase.open(path: path, user: Environment.loginUser) } catch { throw CLIError.store(error) }
    }
}
