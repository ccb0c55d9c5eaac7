import DugnadApp
import DugnadCore
import DugnadStore
import Foundation
import NCursesBackend
import TerminalKit

/// Wires the pure app to the real terminal and the database: one thread owns
/// curses; the loop polls keys, the change watcher and the inbox.
enum TerminalSession {
    /// `clock` gives the civil date now; nil when `--today` fixed it (demos, tests, screenshots).
    static func run(database: AppDatabase, language: Language, today: CivilDate, themeName: String?,
                    clock: (() -> CivilDate)?) throws {
        let (chosenTheme, themeProblem) = resolveTheme(themeName)
        let watcher: ChangeWatcher
        do { watcher = try ChangeWatcher(path: database.path) } catch { throw CLIError.store(error) }
        let terminal: NCursesTerminal
        do { terminal = try NCursesTerminal(theme: chosenTheme) } catch NCursesError.notATerminal {
            throw CLIError.notATerminal
        } catch { throw CLIError.terminal(String(describing: error)) }
        defer { terminal.shutdown() }

        // Without colours (NO_COLOR, vt100) the mono theme keeps every state apart by attributes.
        let theme = terminal.colorCapability == .none ? Theme.mono : terminal.theme
        var model = Model(language: language, today: today, user: database.user,
                          staff: try? database.currentStaff(), size: terminal.size())
        if let themeProblem { model.message = StatusMessage(.themeFallback(themeProblem), isError: true) }
        // Type-ahead: keys wait (in order) for the reference data the forms' pickers offer.
        model.keysBeforeLookup = []

        let runner = CommandRunner(database: database, today: today)
        let program = Program<Model, Msg, Command>(
            backend: terminal, model: model,
            update: update,
            view: { model, size in
                var sized = model
                sized.size = size
                return view(sized, theme: theme)
            },
            keyToMsg: { key in key == .resize ? .resized(terminal.size()) : .keyPressed(key) },
            perform: { command, send in runner.perform(command, send: send) },
            shouldQuit: { $0.quitting },
            tick: {
                // Midnight while the app runs: today moves on (the date is a message, not a constant).
                if let day = clock?(), day != runner.today {
                    runner.today = day
                    return .dateChanged(day)
                }
                guard watcher.poll() else { return nil }
                runner.databaseChanged()
                return .databaseChanged
            })
        runner.onRedraw = { [weak program] in program?.requestFullRedraw() }
        runner.language = language
        // A damaged file is named at once: quick_check runs beside the first frame, off the loop.
        DispatchQueue.global(qos: .utility).async { [weak program] in
            do {
                let problems = try database.quickCheck()
                if !problems.isEmpty { program?.send(.databaseDamaged(problems)) }
            } catch {
                program?.send(.databaseDamaged([String(describing: error)]))
            }
        }
        for command in initialCommands(model) {
            runner.perform(command) { program.send($0) }
        }
        program.run()
    }

    /// The theme by name or path; a broken one falls back to the built-in
    /// default and the problem (file:line and key) is shown on the message line.
    static func resolveTheme(_ nameOrPath: String?) -> (Theme, String?) {
        guard let nameOrPath else {
            if case .success(let theme) = loadTheme(nameOrPath: "default", themesDirectories: Environment.themeDirectories) {
                return (theme, nil)
            }
            return (.builtinDefault, nil)
        }
        switch loadTheme(nameOrPath: nameOrPath, themesDirectories: Environment.themeDirectories) {
        case .success(let theme): return (theme, nil)
        case .failure(let error): return (.builtinDefault, error.description)
        }
    }
}
