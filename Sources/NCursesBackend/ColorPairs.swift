import CNCursesW
import TerminalKit

/// Maps styles to curses attributes and colour pairs, allocating pairs
/// lazily with `alloc_pair` and caching per style, since a frame uses only a
/// handful of styles but writes thousands of cells.
struct ColorPairs {
    let capability: ColorCapability
    /// `use_default_colors()` worked: -1 means the terminal's own colour.
    let hasDefaultColors: Bool
    private var cache: [Style: (attrs: attr_t, pair: Int32)] = [:]

    init(capability: ColorCapability, hasDefaultColors: Bool) {
        self.capability = capability
        self.hasDefaultColors = hasDefaultColors
    }

    mutating func resolve(_ style: Style) -> (attrs: attr_t, pair: Int32) {
        if let hit = cache[style] { return hit }
        let result = (attributes(style.attrs), pair(style))
        cache[style] = result
        return result
    }

    private func attributes(_ a: TextAttributes) -> attr_t {
        var out = dugnad_a_normal()
        if a.contains(.bold) { out |= dugnad_a_bold() }
        if a.contains(.dim) { out |= dugnad_a_dim() }
        if a.contains(.italic) { out |= dugnad_a_italic() }
        if a.contains(.underline) { out |= dugnad_a_underline() }
        if a.contains(.reverse) { out |= dugnad_a_reverse() }
        return out
    }

    private func pair(_ style: Style) -> Int32 {
        guard capability > .none else { return 0 }
        let fg = number(style.fg, isForeground: true)
        let bg = number(style.bg, isForeground: false)
        if fg == -1 && bg == -1 { return 0 }
        let p = alloc_pair(fg, bg)
        return p < 0 ? 0 : p  // out of pairs: default colours beat garbage
    }

    /// The curses colour number; pairs are limited to 256 colours, so
    /// truecolor is mapped like a 256-colour terminal.
    private func number(_ color: Color, isForeground: Bool) -> Int32 {
        switch color.degraded(to: min(capability, .indexed256)) {
        case .default:
            return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        case .ansi(let n), .indexed(let n):
            return Int32(n)
        case .rgb:
            return -1  // unreachable after degrading; keep the terminal's colour
        }
    }
}
