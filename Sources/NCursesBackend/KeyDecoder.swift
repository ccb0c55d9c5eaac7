import CNCursesW
import TerminalKit

/// Turns `wget_wch` results into `Key`s.
enum KeyDecoder {
    /// A plain character (`wget_wch` returned OK). ESC is handled by
    /// `KeyReader` before this.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter  // nonl(): Enter arrives as CR
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace  // ^H and DEL: terminals disagree
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32: return nil  // ^@, ^\, ^], ^^, ^_: unused
        case 0x80..<0xA0: return nil  // C1 controls: never typed text
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Registered with `define_key` for known sequences that mean no key of
    /// the app (Ctrl-Left, say): read as one press, then dropped.
    static let ignoredKeyCode: Int32 = 0x7000

    /// A key code of curses (`wget_wch` returned KEY_CODE_YES); codes of
    /// terminfo's extended keys (kUP5…) come from `extended`.
    static func keyCode(_ code: UInt32, extended: [Int32: Key?] = [:]) -> Key? {
        let k = Int32(bitPattern: code)
        switch k {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND: return .home  // VT220 Find sits where Home is (rxvt's ESC [ 1 ~)
        case KEY_END, KEY_C1, KEY_SELECT: return .end  // … and Select where End is
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_SR: return .shiftUp
        case KEY_SF: return .shiftDown
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_IC, KEY_SIC: return .insert
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        case KEY_SHOME: return .home
        case KEY_SEND: return .end
        case KEY_SNEXT: return .pageDown
        case KEY_SPREVIOUS: return .pageUp
        case ignoredKeyCode: return nil
        default:
            let f0 = dugnad_key_f0()
            if k > f0, k <= f0 + 63 { return .function(Int(k - f0)) }
            if let known = extended[k] { return known }
            return nil  // a key curses knows and the app does not (keypad 5, Help…): nothing
        }
    }

    /// The curses code that `define_key` should give a sequence meaning
    /// `key` (nil: the app has no such key).
    static func code(for key: Key?) -> Int32? {
        guard let key else { return ignoredKeyCode }
        switch key {
        case .up: return KEY_UP
        case .down: return KEY_DOWN
        case .left: return KEY_LEFT
        case .right: return KEY_RIGHT
        case .home: return KEY_HOME
        case .end: return KEY_END
        case .pageUp: return KEY_PPAGE
        case .pageDown: return KEY_NPAGE
        case .insert: return KEY_IC
        case .delete: return KEY_DC
        case .shiftUp: return KEY_SR
        case .shiftDown: return KEY_SF
        case .shiftLeft: return KEY_SLEFT
        case .shiftRight: return KEY_SRIGHT
        case .backTab: return KEY_BTAB
        case .enter: return KEY_ENTER
        case .function(let n) where n >= 1 && n <= 63: return dugnad_key_f0() + Int32(n)
        default: return nil
        }
    }
}
