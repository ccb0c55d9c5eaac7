/// The escape sequences terminals send for the keys the app knows, beyond
/// what one TERM's terminfo entry lists: a PuTTY, rxvt or Linux console
/// keyboard is often used with TERM=xterm-256color (or tmux's screen), and
/// then its Home (`ESC [ 1 ~`) is not in the entry. The backend registers
/// each one the terminfo entry lacks, so the terminal library reads it as one
/// key; `EscapeSequenceDecoder` gives the meaning (and drops the rest).
public enum KeySequenceVariants {
    static let esc = "\u{1B}"

    /// Every known form, each once.
    public static let all: [String] = {
        var out: [String] = []
        var seen = Set<String>()
        func add(_ s: String) { if seen.insert(s).inserted { out.append(s) } }
        let letters = ["A", "B", "C", "D", "H", "F"]
        let functionLetters = ["P", "Q", "R", "S"]
        // xterm normal and application cursor mode; VT100/VT220 PF1–PF4.
        for f in letters { add("\(esc)[\(f)"); add("\(esc)O\(f)") }
        for f in functionLetters { add("\(esc)O\(f)") }
        // xterm (and tmux with xterm-keys) modifiers: ESC [ 1 ; m A, ESC [ 1 ; m P.
        for m in 2...8 {
            for f in letters + functionLetters { add("\(esc)[1;\(m)\(f)") }
        }
        // VT220 editing keys and function keys (PuTTY, Linux, rxvt, screen):
        // ESC [ n ~ and with xterm modifiers ESC [ n ; m ~.
        let editing = [1, 2, 3, 4, 5, 6, 7, 8]
        let functions = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24]
        for n in editing + functions {
            add("\(esc)[\(n)~")
            for m in 2...8 { add("\(esc)[\(n);\(m)~") }
        }
        // rxvt: Shift ($), Ctrl (^), Ctrl-Shift (@) on the same numbers.
        for n in editing + functions {
            for final in ["$", "^", "@"] { add("\(esc)[\(n)\(final)") }
        }
        // rxvt: Shift-arrows ESC [ a…d, Ctrl-arrows ESC O a…d.
        for f in ["a", "b", "c", "d"] { add("\(esc)[\(f)"); add("\(esc)O\(f)") }
        // Linux console F1–F5.
        for f in ["A", "B", "C", "D", "E"] { add("\(esc)[[\(f)") }
        // Back-tab.
        add("\(esc)[Z")
        return out
    }()
}
