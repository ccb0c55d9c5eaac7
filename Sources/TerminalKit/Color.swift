/// A terminal colour as a theme or a widget asks for it.
///
/// Colours are kept as intended (possibly `.rgb`) and only mapped down to what
/// the terminal can show by `degraded(to:)`, so one theme file serves every
/// terminal from vt100 to truecolor.
public enum Color: Sendable, Hashable {
    /// The terminal's own foreground or background (curses colour -1).
    case `default`
    /// One of the 16 standard colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// An entry of the xterm 256-colour palette.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// How many colours the terminal can show; ordered from poorest to richest.
public enum ColorCapability: Sendable, Comparable, CaseIterable {
    case none, ansi8, ansi16, indexed256, truecolor
}

extension Color {
    /// The nearest colour the given capability can show. `.none` maps every
    /// colour to `.default`; attributes are the caller's business.
    public func degraded(to capability: ColorCapability) -> Color {
        switch (self, capability) {
        case (.default, _):
            return .default
        case (_, .none):
            return .default
        case (_, .truecolor):
            return self
        case (.ansi(let n), .ansi8):
            return .ansi(n & 7)
        case (.ansi, _):
            return self
        case (.indexed(let n), .indexed256):
            return .indexed(n)
        case (.indexed(let n), _) where n < 16:
            return Color.ansi(n).degraded(to: capability)
        case (.indexed(let n), _):
            let (r, g, b) = XtermPalette.rgb(of: n)
            return .ansi(XtermPalette.nearestANSI(r, g, b, count: capability == .ansi8 ? 8 : 16))
        case (.rgb(let r, let g, let b), .indexed256):
            return .indexed(XtermPalette.nearest256(r, g, b))
        case (.rgb(let r, let g, let b), _):
            return .ansi(XtermPalette.nearestANSI(r, g, b, count: capability == .ansi8 ? 8 : 16))
        }
    }
}
