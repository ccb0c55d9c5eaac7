/// Shift, Alt and Ctrl held with a terminal key, as xterm encodes them in
/// the modifier parameter of `ESC [ 1 ; m A`: m = 1 + shift + 2·alt + 4·ctrl
/// (+ 8 for Meta, which is treated as Alt).
public struct KeyModifiers: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let shift = KeyModifiers(rawValue: 1 << 0)
    public static let alt = KeyModifiers(rawValue: 1 << 1)
    public static let ctrl = KeyModifiers(rawValue: 1 << 2)

    /// The modifiers of xterm's parameter `m` (2…16); nil for values no
    /// terminal sends.
    public init?(xtermParameter m: Int) {
        guard m >= 1, m <= 16 else { return nil }
        let bits = m - 1
        var mods: KeyModifiers = []
        if bits & 1 != 0 { mods.insert(.shift) }
        if bits & 2 != 0 || bits & 8 != 0 { mods.insert(.alt) }
        if bits & 4 != 0 { mods.insert(.ctrl) }
        self = mods
    }
}

extension Key {
    /// The key the app sees for `base` pressed with `modifiers`, or nil when
    /// the app has no such key (the press is then dropped, never turned into
    /// another key).
    ///
    /// - Shift with an arrow is the shifted arrow; Shift-Tab is back-tab.
    /// - Shift with Home/End/PgUp/PgDn/Insert/Delete is the key itself (as
    ///   ncurses' KEY_SHOME etc. always were).
    /// - Function keys follow terminfo's numbering: Shift-F1 is F13, Ctrl-F1
    ///   F25, Ctrl-Shift-F1 F37, Alt-F1 F49, Alt-Shift-F1 F61.
    /// - Ctrl or Alt with anything else has no key of its own: nil.
    public static func modified(_ base: Key, _ modifiers: KeyModifiers) -> Key? {
        if modifiers.isEmpty { return base }
        if case .function(let n) = base {
            guard n >= 1, n <= 12 else { return nil }
            let offset: Int
            switch modifiers {
            case .shift: offset = 12
            case .ctrl: offset = 24
            case [.ctrl, .shift]: offset = 36
            case .alt: offset = 48
            case [.alt, .shift]: offset = 60
            default: return nil
            }
            let number = n + offset
            return number <= 63 ? .function(number) : nil
        }
        guard modifiers == .shift else { return nil }
        switch base {
        case .up: return .shiftUp
        case .down: return .shiftDown
        case .left: return .shiftLeft
        case .right: return .shiftRight
        case .tab, .backTab: return .backTab
        case .shiftUp, .shiftDown, .shiftLeft, .shiftRight: return base
        case .home, .end, .pageUp, .pageDown, .insert, .delete: return base
        default: return nil
        }
    }
}
