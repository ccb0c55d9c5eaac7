import Foundation

/// The only file I/O in TerminalKit: find and read a theme file.
///
/// A NAME (no "/" and not ending in ".toml") is looked up as NAME.toml in
/// each directory in order; "default" and "mono" fall back to the compiled-in
/// themes so the app always starts. Anything else is read as a path.
public func loadTheme(nameOrPath: String, themesDirectories: [String]) -> Result<Theme, ThemeError> {
    let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
    let candidates = isPath
        ? [nameOrPath]
        : themesDirectories.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + nameOrPath + ".toml" }
    for path in candidates where FileManager.default.fileExists(atPath: path) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            return .failure(ThemeError(file: path, message: "cannot read: \(error.localizedDescription)"))
        }
        do {
            return .success(try Theme.parse(toml: text, file: path))
        } catch {
            return .failure(error)
        }
    }
    if !isPath {
        if nameOrPath == Theme.builtinDefault.name { return .success(.builtinDefault) }
        if nameOrPath == Theme.mono.name { return .success(.mono) }
    }
    let searched = isPath ? "" : " (searched: \(themesDirectories.joined(separator: ", ")))"
    return .failure(ThemeError(file: nameOrPath, message: "theme not found" + searched))
}
