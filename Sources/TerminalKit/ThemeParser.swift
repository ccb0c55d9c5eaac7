import TOMLKit

/// Reads a theme from TOML (the format is documented at the top of
/// `Themes/default.toml`). Both `[roles."grid.free"]` tables and inline
/// `"grid.free" = { … }` entries under `[roles]` work, as do nested tables
/// (`[roles.grid.free]`): a role's name is its dotted path below `roles`.
extension Theme {
    public static func parse(toml: String, file: String) throws(ThemeError) -> Theme {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, message: error.description)
        } catch {
            throw ThemeError(file: file, message: "\(error)")
        }
        var parser = ThemeParser(file: file, locator: TOMLKeyLocator(source: toml))
        return try parser.theme(from: root)
    }
}

private struct ThemeParser {
    let file: String
    let locator: TOMLKeyLocator
    var roles: [ThemeRole: Style] = [:]

    init(file: String, locator: TOMLKeyLocator) {
        self.file = file
        self.locator = locator
    }

    func error(_ message: String, key: String?, path: [String]...) -> ThemeError {
        var line: Int?
        for p in path where line == nil { line = locator.line(of: p) }
        return ThemeError(file: file, line: line, key: key, message: message)
    }

    mutating func theme(from root: TOMLTable) throws(ThemeError) -> Theme {
        var name = defaultName
        for key in root.keys {
            guard let value = root[key] else { continue }
            switch key {
            case "name":
                guard let s = value.string, !s.isEmpty else {
                    throw error("must be a non-empty string", key: "name", path: ["name"])
                }
                name = s
            case "description":
                continue
            case "roles":
                guard let table = value.table else {
                    throw error("must be a table of roles", key: "roles", path: ["roles"])
                }
                for roleKey in table.keys {
                    guard let entry = table[roleKey] else { continue }
                    guard let sub = entry.table else {
                        throw error("must be a table with fg, bg and attrs", key: roleKey,
                                    path: ["roles", roleKey])
                    }
                    try parseRole(sub, path: [roleKey])
                }
            default:
                throw error("unknown key (expected name, description or roles)", key: key, path: [key])
            }
        }
        return Theme(name: name, roles: roles)
    }

    /// The file name without directory and extension: the name of a theme
    /// file that has no `name` key.
    var defaultName: String {
        var base = Substring(file.split(separator: "/").last ?? Substring(file))
        if base.hasSuffix(".toml") { base = base.dropLast(5) }
        return String(base)
    }

    mutating func parseRole(_ table: TOMLTable, path: [String]) throws(ThemeError) {
        let roleName = path.joined(separator: ".")
        var style = Style()
        var isRole = table.isEmpty
        for key in table.keys {
            guard let value = table[key] else { continue }
            let at = ["roles"] + path + [key]
            switch key {
            case "fg", "bg":
                isRole = true
                let color = try parseColor(value, role: roleName, at: at)
                if key == "fg" { style.fg = color } else { style.bg = color }
            case "attrs":
                isRole = true
                style.attrs = try parseAttributes(value, role: roleName, at: at)
            default:
                if let sub = value.table {
                    try parseRole(sub, path: path + [key])
                } else {
                    throw error("unknown field '\(key)' (expected fg, bg or attrs)", key: roleName,
                                path: at, ["roles"] + path)
                }
            }
        }
        guard isRole else { return }
        guard let role = ThemeRole(rawValue: roleName) else {
            throw error("unknown role", key: roleName, path: ["roles"] + path)
        }
        roles[role] = style
    }

    func parseColor(_ value: TOMLValueConvertible, role: String, at path: [String]) throws(ThemeError) -> Color {
        if let n = value.int {
            guard (0...255).contains(n) else {
                throw error("colour index \(n) out of range 0-255", key: role, path: path, Array(path.dropLast()))
            }
            return .indexed(UInt8(n))
        }
        guard let s = value.string else {
            throw error("colour must be a name, \"#rrggbb\" or a number 0-255", key: role,
                        path: path, Array(path.dropLast()))
        }
        guard let color = ThemeVocabulary.color(named: s) else {
            throw error("unknown colour '\(s)'", key: role, path: path, Array(path.dropLast()))
        }
        return color
    }

    func parseAttributes(_ value: TOMLValueConvertible, role: String, at path: [String]) throws(ThemeError) -> TextAttributes {
        guard let array = value.array else {
            throw error("attrs must be a list such as [\"bold\"]", key: role, path: path, Array(path.dropLast()))
        }
        var attrs: TextAttributes = []
        for item in array {
            guard let s = item.string, let a = ThemeVocabulary.attributeNames[s.lowercased()] else {
                throw error("unknown attribute '\(item.string ?? item.debugDescription)'"
                            + " (expected bold, dim, italic, underline or reverse)",
                            key: role, path: path, Array(path.dropLast()))
            }
            attrs.formUnion(a)
        }
        return attrs
    }
}
