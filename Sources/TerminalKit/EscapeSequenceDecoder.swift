/// Reads what follows an ESC from the terminal and decides, one input at a
/// time, whether it was the Escape key, a key sent as an escape sequence, or
/// a sequence the app has no key for — which is then dropped whole, so that
/// `ESC [ 1 ~` never becomes Escape, `[`, `1`, `~`.
///
/// It knows the forms that xterm, PuTTY, rxvt, screen/tmux, the Linux
/// console and VT100/VT220 send (see `KeySequenceVariants`), decoded by their
/// grammar rather than listed: CSI (`ESC [`) parameters and a final byte,
/// SS3 (`ESC O`) and a final byte, the Linux console's `ESC [ [ A`, rxvt's
/// `$ ^ @` finals. An ESC followed by another ESC or by a key is the Escape
/// key and then that key, not Alt with it: the app binds no Alt key, and
/// over a slow connection an Escape and the next key often arrive together.
///
/// Pure: the terminal backend feeds it and waits for more input only while
/// it answers `.needMore`.
public struct EscapeSequenceDecoder: Sendable {
    /// What the terminal gave after the ESC.
    public enum Input: Sendable, Equatable {
        /// A character as read.
        case scalar(Unicode.Scalar)
        /// A key the terminal library already decoded (terminfo).
        case key(Key)
        /// Nothing more arrived in time.
        case timeout
    }

    public enum Step: Sendable, Equatable {
        case needMore
        /// The sequence is over: the key it meant (nil: nothing, dropped) and
        /// the inputs that were not part of it and must be handled afresh,
        /// in order.
        case done(Key?, reprocess: [Input])
    }

    private enum State: Sendable {
        case start, csi, linuxFunction, ss3
    }

    private var state = State.start
    /// Parameter and intermediate bytes of a CSI or SS3 sequence.
    private var body: [Unicode.Scalar] = []
    /// Longer than any key a terminal sends: a runaway is not kept, and dropped.
    static let maximumLength = 32

    public init() {}

    public mutating func feed(_ input: Input) -> Step {
        switch state {
        case .start: return start(input)
        case .csi: return csi(input)
        case .linuxFunction: return linuxFunction(input)
        case .ss3: return ss3(input)
        }
    }

    /// Decodes a whole sequence given as a string that starts with ESC (for
    /// tests and for registering known sequences with the terminal library).
    /// nil when it is not one complete sequence or has no key.
    public static func decode(_ sequence: String) -> Key? {
        var scalars = sequence.unicodeScalars.makeIterator()
        guard scalars.next() == "\u{1B}" else { return nil }
        var decoder = EscapeSequenceDecoder()
        while let s = scalars.next() {
            switch decoder.feed(.scalar(s)) {
            case .needMore: continue
            case .done(let key, let reprocess):
                return reprocess.isEmpty && scalars.next() == nil ? key : nil
            }
        }
        return nil
    }

    // MARK: - States

    private mutating func start(_ input: Input) -> Step {
        switch input {
        case .timeout:
            return .done(.escape, reprocess: [])
        case .key:
            // Escape, and at once a key the terminal library decoded.
            return .done(.escape, reprocess: [input])
        case .scalar(let s):
            switch s {
            case "[": state = .csi; return .needMore
            case "O": state = .ss3; return .needMore
            default:
                // Escape, then an ordinary character or another ESC.
                return .done(.escape, reprocess: [input])
            }
        }
    }

    private mutating func csi(_ input: Input) -> Step {
        guard case .scalar(let s) = input else {
            // Cut off: a half sequence means nothing; a key that arrived
            // in its place is its own press.
            return .done(nil, reprocess: input == .timeout ? [] : [input])
        }
        let v = s.value
        if body.isEmpty && s == "[" { state = .linuxFunction; return .needMore }
        switch v {
        case 0x30...0x3F, 0x20...0x23, 0x25...0x2F:  // parameters, intermediates
            // A runaway is swallowed up to its final byte, then dropped.
            if body.count <= Self.maximumLength { body.append(s) }
            return .needMore
        case 0x24, 0x40...0x7E:  // a final byte; rxvt ends shifted keys with "$"
            if body.count > Self.maximumLength { return .done(nil, reprocess: []) }
            return .done(Self.csiKey(parameters: body, final: s), reprocess: [])
        default:
            // A control character (say a new ESC) cannot be inside a
            // sequence: what came so far is dropped, the character stands.
            return .done(nil, reprocess: [input])
        }
    }

    private mutating func linuxFunction(_ input: Input) -> Step {
        guard case .scalar(let s) = input else { return .done(nil, reprocess: input == .timeout ? [] : [input]) }
        let keys: [Unicode.Scalar: Key] = ["A": .function(1), "B": .function(2), "C": .function(3),
                                            "D": .function(4), "E": .function(5)]
        if let key = keys[s] { return .done(key, reprocess: []) }
        return s.value >= 0x20 && s.value < 0x7F ? .done(nil, reprocess: []) : .done(nil, reprocess: [input])
    }

    private mutating func ss3(_ input: Input) -> Step {
        switch input {
        case .timeout:
            // ESC O and nothing more: Escape, then a typed "O".
            return body.isEmpty ? escapeThenO([]) : .done(nil, reprocess: [])
        case .key:
            return body.isEmpty ? escapeThenO([input]) : .done(nil, reprocess: [input])
        case .scalar(let s):
            switch s.value {
            case 0x30...0x3F:  // ESC O 5 A, ESC O 1 ; 5 A: old xterm modifiers
                if body.count <= Self.maximumLength { body.append(s) }
                return .needMore
            case 0x40...0x7E:
                if body.count > Self.maximumLength { return .done(nil, reprocess: []) }
                return .done(Self.ss3Key(parameters: body, final: s), reprocess: [])
            default:
                return body.isEmpty ? escapeThenO([input]) : .done(nil, reprocess: [input])
            }
        }
    }

    /// ESC O was Escape and a typed "O".
    private func escapeThenO(_ rest: [Input]) -> Step {
        .done(.escape, reprocess: [.scalar("O")] + rest)
    }

    // MARK: - Meaning

    /// Splits "1;5" into [1, 5]; an empty field is nil. nil for private
    /// parameters ("?", "<", ">", "=") no key uses.
    static func numbers(_ body: [Unicode.Scalar]) -> [Int?]? {
        var fields: [Int?] = [nil]
        for s in body {
            switch s {
            case "0"..."9":
                let digit = Int(s.value - 0x30)
                let current = fields[fields.count - 1] ?? 0
                guard current < 100_000 else { return nil }
                fields[fields.count - 1] = current * 10 + digit
            case ";", ":":
                fields.append(nil)
            default:
                return nil
            }
        }
        return fields
    }

    /// The modifiers in parameter `index`, or none when it is absent.
    static func modifiers(_ fields: [Int?], at index: Int) -> KeyModifiers? {
        guard fields.count > index, let m = fields[index] else { return [] }
        return KeyModifiers(xtermParameter: m)
    }

    static let letterKeys: [Unicode.Scalar: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]

    /// `ESC [ n ~` numbers (VT220, xterm, PuTTY, rxvt, Linux).
    static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
        // F13–F20 (Shift-F1… on the Linux console and rxvt): no binding, but keys, not junk.
        25: .function(13), 26: .function(14), 28: .function(15), 29: .function(16),
        31: .function(17), 32: .function(18), 33: .function(19), 34: .function(20),
    ]

    static func csiKey(parameters body: [Unicode.Scalar], final: Unicode.Scalar) -> Key? {
        guard let fields = numbers(body) else { return nil }
        switch final {
        case "A", "B", "C", "D", "H", "F", "P", "Q", "R", "S":
            // ESC [ A, ESC [ 1 ; 5 A; a lone parameter above 1 is a modifier (old screen).
            guard let base = letterKeys[final] else { return nil }
            let index = fields.count == 1 && (fields[0] ?? 1) > 1 ? 0 : 1
            guard fields.count <= 2, let mods = modifiers(fields, at: index) else { return nil }
            return Key.modified(base, mods)
        case "Z":
            return fields.count <= 2 ? .backTab : nil
        case "a", "b", "c", "d":
            // rxvt: Shift with an arrow.
            guard body.isEmpty else { return nil }
            return ["a": Key.shiftUp, "b": .shiftDown, "c": .shiftRight, "d": .shiftLeft][final]
        case "~", "$", "^", "@":
            guard fields.count <= 2, let n = fields[0], let base = tildeKeys[n] else { return nil }
            var mods: KeyModifiers
            switch final {
            case "$": mods = .shift
            case "^": mods = .ctrl
            case "@": mods = [.ctrl, .shift]
            default: mods = []
            }
            guard let extra = modifiers(fields, at: 1) else { return nil }
            mods.formUnion(extra)
            return Key.modified(base, mods)
        default:
            return nil  // keypad centre (E, G), mouse, focus, paste brackets, replies…
        }
    }

    /// Application keypad (`ESC O p` … `ESC O y` are 0…9) in digits and
    /// operators, so a number pad keeps typing what it shows.
    static let keypadCharacters: [Unicode.Scalar: Character] = [
        "j": "*", "k": "+", "l": ",", "m": "-", "n": ".", "o": "/", "X": "=",
        "p": "0", "q": "1", "r": "2", "s": "3", "t": "4", "u": "5", "v": "6", "w": "7", "x": "8", "y": "9",
    ]

    static func ss3Key(parameters body: [Unicode.Scalar], final: Unicode.Scalar) -> Key? {
        guard let fields = numbers(body) else { return nil }
        let index = fields.count == 1 ? 0 : 1
        guard fields.count <= 2, let mods = body.isEmpty ? [] : modifiers(fields, at: index) else { return nil }
        if let base = letterKeys[final] { return Key.modified(base, mods) }
        guard mods.isEmpty else { return nil }
        switch final {
        case "M": return .enter
        case "a", "b", "c", "d": return nil  // rxvt: Ctrl with an arrow
        default: return keypadCharacters[final].map(Key.char)
        }
    }
}
