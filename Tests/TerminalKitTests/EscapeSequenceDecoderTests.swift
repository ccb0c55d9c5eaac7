import Testing
@testable import TerminalKit

/// Drives the decoder the way the backend does: characters as typed, ESC
/// starts a sequence, inputs handed back are read again, and the end of the
/// input is a timeout.
private func keys(_ typed: String) -> [Key] {
    var pending: [EscapeSequenceDecoder.Input] = typed.unicodeScalars.map { .scalar($0) }
    var out: [Key] = []
    func next() -> EscapeSequenceDecoder.Input { pending.isEmpty ? .timeout : pending.removeFirst() }
    while !pending.isEmpty {
        let first = pending.removeFirst()
        guard first == .scalar("\u{1B}") else {
            if case .scalar(let s) = first { out.append(.char(Character(s))) }
            if case .key(let k) = first { out.append(k) }
            continue
        }
        var decoder = EscapeSequenceDecoder()
        while true {
            if case .done(let key, let again) = decoder.feed(next()) {
                if let key { out.append(key) }
                pending.insert(contentsOf: again, at: 0)
                break
            }
        }
    }
    return out
}

@Suite struct EscapeSequenceDecoderTests {
    @Test(arguments: [
        // xterm, normal and application cursor mode
        ("\u{1B}[A", Key.up), ("\u{1B}OB", .down), ("\u{1B}[C", .right), ("\u{1B}OD", .left),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}OP", .function(1)), ("\u{1B}OS", .function(4)),
        ("\u{1B}[15~", .function(5)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown),
        ("\u{1B}[1;2A", .shiftUp), ("\u{1B}[1;2D", .shiftLeft), ("\u{1B}[1;2H", .home),
        ("\u{1B}[1;2P", .function(13)), ("\u{1B}[15;5~", .function(29)), ("\u{1B}[3;2~", .delete),
        ("\u{1B}[Z", .backTab),
        // PuTTY, screen/tmux, Linux console: Home/End as VT220 Find/Select numbers
        ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[11~", .function(1)), ("\u{1B}[14~", .function(4)),
        // rxvt
        ("\u{1B}[7~", .home), ("\u{1B}[8~", .end), ("\u{1B}[7$", .home), ("\u{1B}[a", .shiftUp),
        ("\u{1B}[d", .shiftLeft), ("\u{1B}[2$", .insert), ("\u{1B}[11^", .function(25)),
        ("\u{1B}[23$", .function(23)),
        // Linux console F1–F5, F13+ (Shift-F1 there)
        ("\u{1B}[[A", .function(1)), ("\u{1B}[[E", .function(5)), ("\u{1B}[25~", .function(13)),
        // old xterm SS3 modifiers, keypad in application mode
        ("\u{1B}O2A", .shiftUp), ("\u{1B}OM", .enter), ("\u{1B}Oq", .char("1")), ("\u{1B}Ok", .char("+")),
    ])
    func knownFormsAreTheirKey(_ sequence: String, _ key: Key) {
        #expect(EscapeSequenceDecoder.decode(sequence) == key, "\(sequence.debugDescription)")
        #expect(keys(sequence) == [key], "\(sequence.debugDescription)")
    }

    @Test(arguments: [
        "\u{1B}[1;5A", "\u{1B}[1;3D", "\u{1B}[5;5~", "\u{1B}Oa", "\u{1B}[7^",  // Ctrl/Alt with no key of their own
        "\u{1B}[200~", "\u{1B}[201~", "\u{1B}[I", "\u{1B}[O",  // paste brackets, focus
        "\u{1B}[?1;2c", "\u{1B}[<0;12;5M", "\u{1B}[12;40R",  // terminal replies, SGR mouse
        "\u{1B}[99~", "\u{1B}[27;5;9~", "\u{1B}[E", "\u{1B}[G", "\u{1B}[[Z", "\u{1B}[1;5u",
        "\u{1B}[1;99A", "\u{1B}O5E",
    ])
    func unknownSequencesAreDroppedWhole(_ sequence: String) {
        #expect(keys(sequence) == [], "\(sequence.debugDescription) leaked")
        #expect(keys(sequence + "x") == [.char("x")], "what follows still counts")
    }

    @Test func theIssuesHomeAndEndAreNotTabSwitches() {
        // ESC [ 1 ~ used to become Escape, "[", "1", "~" (1 = Kalender).
        #expect(keys("\u{1B}[1~\u{1B}[4~") == [.home, .end])
        #expect(keys("\u{1B}[6~j") == [.pageDown, .char("j")])
    }

    @Test func escapeAloneAndBeforeTypedCharacters() {
        #expect(keys("\u{1B}") == [.escape])
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
        #expect(keys("\u{1B}x") == [.escape, .char("x")])
        #expect(keys("\u{1B}O") == [.escape, .char("O")])
        #expect(keys("\u{1B}\u{1B}x") == [.escape, .escape, .char("x")])
        #expect(keys("\u{1B}\u{1B}\u{1B}") == [.escape, .escape, .escape])
        // Escape and a key arriving together (a slow link; rxvt's Alt): both count.
        #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
        #expect(keys("\u{1B}\u{1B}[11~") == [.escape, .function(1)])
    }

    @Test func aSequenceCutOffIsDroppedAndWhatInterruptsItStands() {
        #expect(keys("\u{1B}[1;") == [])
        #expect(keys("\u{1B}[1\u{1B}[A") == [.up])
        #expect(keys("\u{1B}[1\r") == [.char("\r")])
        var decoder = EscapeSequenceDecoder()
        #expect(decoder.feed(.scalar("[")) == .needMore)
        #expect(decoder.feed(.key(.pageDown)) == .done(nil, reprocess: [.key(.pageDown)]))
    }

    @Test func aRunawaySequenceEnds() {
        let long = "\u{1B}[" + String(repeating: "1;", count: 40) + "A"
        #expect(keys(long) == [])
        #expect(keys(long + "q") == [.char("q")])
    }

    @Test func aKeyDecodedByTerminfoRightAfterEscapeIsEscapeAndThatKey() {
        var decoder = EscapeSequenceDecoder()
        #expect(decoder.feed(.key(.function(2))) == .done(.escape, reprocess: [.key(.function(2))]))
    }

    @Test func everyVariantIsOneCompleteSequence() {
        #expect(KeySequenceVariants.all.count == Set(KeySequenceVariants.all).count)
        for sequence in KeySequenceVariants.all {
            var decoder = EscapeSequenceDecoder()
            var steps: [EscapeSequenceDecoder.Step] = []
            for s in sequence.unicodeScalars.dropFirst() { steps.append(decoder.feed(.scalar(s))) }
            #expect(steps.dropLast().allSatisfy { $0 == .needMore }, "\(sequence.debugDescription)")
            guard case .done(_, let again)? = steps.last else {
                Issue.record("\(sequence.debugDescription) is not complete")
                continue
            }
            #expect(again.isEmpty, "\(sequence.debugDescription)")
        }
        // The ones the app has a key for.
        for s in ["\u{1B}[1~", "\u{1B}[4~", "\u{1B}[7~", "\u{1B}[8~", "\u{1B}[[A", "\u{1B}[a", "\u{1B}[1;2B"] {
            #expect(KeySequenceVariants.all.contains(s))
            #expect(EscapeSequenceDecoder.decode(s) != nil)
        }
    }

    @Test func modifierParameters() {
        #expect(KeyModifiers(xtermParameter: 1) == [])
        #expect(KeyModifiers(xtermParameter: 2) == .shift)
        #expect(KeyModifiers(xtermParameter: 3) == .alt)
        #expect(KeyModifiers(xtermParameter: 5) == .ctrl)
        #expect(KeyModifiers(xtermParameter: 8) == [.shift, .alt, .ctrl])
        #expect(KeyModifiers(xtermParameter: 9) == .alt)  // Meta
        #expect(KeyModifiers(xtermParameter: 0) == nil)
        #expect(KeyModifiers(xtermParameter: 17) == nil)
        #expect(Key.modified(.home, .shift) == .home)
        #expect(Key.modified(.tab, .shift) == .backTab)
        #expect(Key.modified(.left, .ctrl) == nil)
        #expect(Key.modified(.function(3), [.alt, .shift]) == .function(63))
        #expect(Key.modified(.function(4), [.alt, .shift]) == nil)  // terminfo stops at kf63
        #expect(Key.modified(.function(13), .shift) == nil)
    }
}
