import Testing
@testable import TerminalKit

@Suite struct TextFieldStateTests {
    @Test func typingAndMoving() {
        var f = TextFieldState()
        for c in "Fjel" { let consumed = f.handle(.char(c)); #expect(consumed) }
        do { let consumed = f.handle(.left); #expect(consumed) }
        do { let consumed = f.handle(.char("l")); #expect(consumed) }
        #expect(f.text == "Fjell" && f.cursor == 4)
        do { let consumed = f.handle(.end); #expect(consumed) }
        do { let consumed = f.handle(.backspace); #expect(consumed) }
        #expect(f.text == "Fjel" && f.cursor == 4)
        do { let consumed = f.handle(.home); #expect(consumed) }
        do { let consumed = f.handle(.delete); #expect(consumed) }
        #expect(f.text == "jel" && f.cursor == 0)
        do { let consumed = f.handle(.backspace); #expect(consumed) }  // at start: consumed, no change
        #expect(f.text == "jel")
    }

    @Test func readlineKills() {
        var f = TextFieldState("Drammen sanitetsforening")
        do { let consumed = f.handle(.ctrl("w")); #expect(consumed) }
        #expect(f.text == "Drammen ")
        do { let consumed = f.handle(.ctrl("a")); #expect(consumed) }
        #expect(f.cursor == 0)
        do { let consumed = f.handle(.right); #expect(consumed) }
        do { let consumed = f.handle(.ctrl("k")); #expect(consumed) }
        #expect(f.text == "D")
        do { let consumed = f.handle(.ctrl("e")); #expect(consumed) }
        do { let consumed = f.handle(.ctrl("u")); #expect(consumed) }
        #expect(f.text == "" && f.cursor == 0)
    }

    @Test func unknownKeysAreNotConsumed() {
        var f = TextFieldState("x")
        do { let consumed = f.handle(.up); #expect(!consumed) }
        do { let consumed = f.handle(.enter); #expect(!consumed) }
        do { let consumed = f.handle(.ctrl("s")); #expect(!consumed) }
        do { let consumed = f.handle(.char("\u{1B}")); #expect(!consumed) }
        #expect(f.text == "x")
    }

    @Test func multiScalarCharactersAreOneStep() {
        var f = TextFieldState("ae\u{301}")
        #expect(f.cursor == 2)
        do { let consumed = f.handle(.backspace); #expect(consumed) }
        #expect(f.text == "a")
    }

    @Test func visibleScrollsToTheCursor() {
        var f = TextFieldState("abcdefghij")
        var v = f.visible(width: 5)
        #expect(v.text == "ghij" && v.cursorColumn == 4)
        f.cursor = 0
        v = f.visible(width: 5)
        #expect(v.text == "abcde" && v.cursorColumn == 0)
        let wide = TextFieldState("日本語")
        v = wide.visible(width: 4)
        #expect(v.text == "語" && v.cursorColumn == 2)
        #expect(TextFieldState("ab").visible(width: 5) == ("ab", 2))
    }
}
