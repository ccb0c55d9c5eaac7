import DugnadApp
import DugnadCore
import Foundation

/// Where things are and who is here, resolved once from arguments and environment.
enum Environment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }

    /// The login user is the staff member (SPEC §4). Taken from the password
    /// database, not from $USER, so it can't be changed with an export.
    static var loginUser: String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return variables["USER"] ?? "unknown"
    }

    static func language(_ argument: String?) throws -> Language {
        if let argument {
            guard let lang = Language(argument: argument) else {
                throw CLIError.badLanguage(argument)
            }
            return lang
        }
        return Language.detect(environment: variables)
    }

    /// `--today YYYY-MM-DD`, else the clock; either must lie in the supported range.
    static func today(_ argument: String?) throws -> CivilDate {
        if let argument {
            guard let date = CivilDate(iso: argument) else {
                throw CivilDate.isCalendarDateText(argument) ? CLIError.dateOutsideRange(argument) : CLIError.badDate(argument)
            }
            return date
        }
        let today = osloToday()
        guard today.isSupported else { throw CLIError.dateOutsideRange(today.iso) }
        return today
    }

    /// Today's date in Europe/Oslo, whatever the server's own time zone
    /// (total: a clock set far outside the supported range is refused by `today`).
    static func osloToday() -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo") ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(clampingYear: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// `$XDG_DATA_HOME/dugnad`, else `~/.local/share/dugnad`.
    static var dataDirectory: String {
        if let xdg = variables["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/dugnad" }
        let home = variables["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/dugnad"
    }

    /// `--db`, else `$DUGNAD_DB`, else the data directory's `dugnad.sqlite`.
    static func databasePath(_ argument: String?) -> String {
        if let argument, !argument.isEmpty { return argument }
        if let env = variables["DUGNAD_DB"], !env.isEmpty { return env }
        return dataDirectory + "/dugnad.sqlite"
    }

    static var demoDatabasePath: String { dataDirectory + "/demo.sqlite" }

    /// Where themes are looked up by name: next to the binary's package, then system-wide.
    static var themeDirectories: [String] {
        var dirs: [String] = []
        if let env = variables["DUGNAD_THEMES"] { dirs.append(env) }
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<5 {
            dirs.append(dir.appendingPathComponent("Themes").path)
            dir = dir.deletingLastPathComponent()
        }
        dirs.append(dataDirectory + "/themes")
        dirs.append("/usr/local/share/dugnad/themes")
        return dirs
    }
}
