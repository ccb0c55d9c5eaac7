import CNCursesW
import TerminalKit

/// Turns `wget_wch` results into `Key`s.
enum KeyDecoder {
    /// A plain character (`wget_wch` returned OK).
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter  // nonl(): Enter arrives as CR
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace  // ^H and DEL: terminals disagree
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32: return nil  // ^@, ^\, ^], ^^, ^_: unused
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A function key (`wget_wch` returned KEY_CODE_YES).
    static func keyCode(_ code: UInt32) -> Key? {
        let k = Int32(bitPattern: code)
        switch k {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_SR: return .shiftUp
        case KEY_SF: return .shiftDown
        case KEY_SLEFT: return .shiftLeft
        case KEY_SRIGHT: return .shiftRight
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        case KEY_SHOME: return .home
        case KEY_SEND: return .end
        default:
            let f0 = dugnad_key_f0()
            if k > f0, k <= f0 + 63 { return .function(Int(k - f0)) }
            return nil
        }
    }
}
