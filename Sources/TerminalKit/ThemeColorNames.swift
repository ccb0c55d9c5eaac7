/// The colour and attribute vocabulary of theme files.
enum ThemeVocabulary {
    static let colorNames: [String: Color] = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var names: [String: Color] = ["default": .default, "gray": .ansi(8), "grey": .ansi(8)]
        for (i, name) in base.enumerated() {
            names[name] = .ansi(UInt8(i))
            names["bright-" + name] = .ansi(UInt8(i + 8))
        }
        return names
    }()

    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic,
        "underline": .underline, "underlined": .underline,
        "reverse": .reverse, "reversed": .reverse,
    ]

    /// A colour from its spelling in a theme file: a name, "#rrggbb", or a
    /// palette index 0–255 (as a number or a string of digits).
    static func color(named text: String) -> Color? {
        let s = text.lowercased()
        if let c = colorNames[s] { return c }
        if s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        if let n = Int(s), (0...255).contains(n) { return .indexed(UInt8(n)) }
        return nil
    }

    /// The spelling `color(named:)` reads back as the same colour.
    static func name(of color: Color) -> String {
        switch color {
        case .default: return "default"
        case .ansi(let n):
            let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
            return n < 8 ? base[Int(n)] : "bright-" + base[Int(n) & 7]
        case .indexed(let n): return String(n)
        case .rgb(let r, let g, let b):
            func hex(_ v: UInt8) -> String {
                let s = String(v, radix: 16)
                return s.count == 1 ? "0" + s : s
            }
            return "#" + hex(r) + hex(g) + hex(b)
        }
    }
}
