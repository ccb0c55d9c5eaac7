import CNCursesW
import Glibc
import TerminalKit

/// Reads keys through curses' keypad (terminfo) and finishes what it leaves:
/// the sequences of other terminals are registered with `define_key` at
/// start, and anything that still arrives as ESC plus characters goes
/// through `EscapeSequenceDecoder`, so an unknown sequence is dropped whole
/// instead of being typed as keys.
struct KeyReader {
    private let window: UnsafeMutablePointer<WINDOW>
    /// Codes curses gives terminfo's extended keys (kUP5, kHOM3, …).
    private let extended: [Int32: Key?]
    /// Inputs a decoder handed back: read before the terminal again.
    private var pending: [EscapeSequenceDecoder.Input] = []
    private var currentTimeout = Int.min
    /// How long the rest of a sequence may take to arrive once it has begun
    /// (a sequence split between two network packets).
    static let continuationMs = 50

    init(window: UnsafeMutablePointer<WINDOW>) {
        self.window = window
        extended = Self.extendedKeys()
        Self.registerVariants()
    }

    /// terminfo's names for modified keys (xterm's kUP5 is Ctrl-Up): the
    /// suffix is xterm's modifier parameter, no suffix means Shift.
    static let extendedNames: [(String, Key)] = [
        ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home), ("kEND", .end),
        ("kIC", .insert), ("kDC", .delete), ("kPRV", .pageUp), ("kNXT", .pageDown),
    ]

    private static func extendedKeys() -> [Int32: Key?] {
        var map: [Int32: Key?] = [:]
        for (name, base) in extendedNames {
            for suffix in [""] + (2...8).map(String.init) {
                guard let sequence = dugnad_tigetstr(name + suffix) else { continue }
                let code = key_defined(sequence)
                guard code > 0 else { continue }
                let mods = suffix.isEmpty ? KeyModifiers.shift : KeyModifiers(xtermParameter: Int(suffix)!) ?? []
                // Standard codes (kLFT is KEY_SLEFT) keep their own meaning.
                if code > KEY_MAX { map[code] = Key.modified(base, mods) }
            }
        }
        return map
    }

    /// Gives curses every known sequence its terminfo entry lacks, with the
    /// code of the key it means; Ctrl/Alt forms without a key get the ignored
    /// code. A sequence that would clash with a defined one is left to the
    /// decoder.
    private static func registerVariants() {
        for sequence in KeySequenceVariants.all where key_defined(sequence) == 0 {
            guard let code = KeyDecoder.code(for: EscapeSequenceDecoder.decode(sequence)) else { continue }
            define_key(sequence, code)
        }
    }

    mutating func readKey(timeoutMs: Int) -> Key? {
        if !pending.isEmpty { return key(for: pending.removeFirst()) }
        switch read(timeoutMs: timeoutMs) {
        case .input(let input): return key(for: input)
        case .unknownKey: return nil
        }
    }

    /// A key for one input; an ESC starts a sequence.
    private mutating func key(for input: EscapeSequenceDecoder.Input) -> Key? {
        switch input {
        case .timeout: return nil
        case .key(let key): return key
        case .scalar(let s) where s == "\u{1B}": return readSequence()
        case .scalar(let s): return KeyDecoder.character(s.value)
        }
    }

    /// After an ESC: curses matched no terminfo key, and what it read is
    /// waiting in its queue, so the first look does not wait; the rest of a
    /// begun sequence gets `continuationMs`.
    private mutating func readSequence() -> Key? {
        var decoder = EscapeSequenceDecoder()
        var wait = 0
        while true {
            var input: EscapeSequenceDecoder.Input
            if !pending.isEmpty {
                input = pending.removeFirst()
            } else {
                switch read(timeoutMs: wait) {
                case .input(let read): input = read
                case .unknownKey:
                    // A key the app does not have: after the ESC alone it was
                    // Escape; inside a begun sequence the half sequence is dropped.
                    return wait == 0 ? .escape : nil
                }
            }
            if input == .key(.resize) {
                // A resize is no part of a sequence: it ends it and is handled next.
                pending.append(input)
                input = .timeout
            }
            switch decoder.feed(input) {
            case .needMore:
                wait = Self.continuationMs
            case .done(let key, let again):
                pending.insert(contentsOf: again, at: 0)
                return key
            }
        }
    }

    private enum ReadResult {
        case input(EscapeSequenceDecoder.Input)
        /// A key code curses knows and the app does not (keypad 5, Help, Ctrl-Left…).
        case unknownKey
    }

    /// One input from curses.
    private mutating func read(timeoutMs: Int) -> ReadResult {
        if timeoutMs != currentTimeout {
            wtimeout(window, Int32(timeoutMs))
            currentTimeout = timeoutMs
        }
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return .unknownKey }
            return .input(.scalar(scalar))
        case KEY_CODE_YES:
            return KeyDecoder.keyCode(UInt32(code), extended: extended).map { .input(.key($0)) } ?? .unknownKey
        default:
            return .input(.timeout)  // timeout, or interrupted by a signal
        }
    }
}
