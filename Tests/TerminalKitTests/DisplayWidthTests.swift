import Testing
@testable import TerminalKit

@Suite struct DisplayWidthTests {
    @Test func asciiAndNorwegian() {
        #expect(displayWidth("hello") == 5)
        #expect(displayWidth("æøå ÆØÅ") == 7)
    }

    @Test func cjkIsTwo() {
        #expect(displayWidth("日本") == 4)
        #expect(displayWidth("한국어") == 6)
        #expect(displayWidth(Character("Ａ")) == 2)  // fullwidth A
    }

    @Test func emojiIsTwo() {
        #expect(displayWidth("😀") == 2)
        #expect(displayWidth("👍🏽") == 2)  // with skin tone modifier
        #expect(displayWidth("👨‍👩‍👧") == 2)  // ZWJ family
        #expect(displayWidth("🇳🇴") == 2)  // flag
        // Text default + VS16 is drawn without the VS16, so that wcwidth
        // terminals and VS16-aware ones agree on one column (TerminalCells).
        #expect(displayWidth("❤️") == 1)
        #expect(displayWidth("❤") == 1)
        #expect(displayWidth("1️⃣") == 1)  // keycap
    }

    @Test func combiningMarksAreZero() {
        let decomposed = "e\u{301}"
        #expect(decomposed.count == 1)
        #expect(displayWidth(decomposed) == 1)
        #expect(displayWidth("\u{200B}") == 0)
        #expect(displayWidth("\u{301}") == 0)
    }

    /// The scalar-wise cut of plain text gives what cutting character by character gives, for every width.
    @Test func truncateCutsPlainTextAsItCutsAnyText() {
        func byCharacter(_ s: String, _ w: Int, _ ellipsis: Bool) -> String {
            guard w > 0 else { return "" }
            if s.reduce(0, { $0 + displayWidth($1) }) <= w { return s }
            var out = "", used = 0
            for c in s {
                if used + displayWidth(c) > (ellipsis ? w - 1 : w) { break }
                out.append(c); used += displayWidth(c)
            }
            return ellipsis ? out + "…" : out
        }
        for text in ["", "a", "Konnerud IL", "Drammen Turnforening – barneparti", "Mjøndalen · Åssiden", "e\u{301}le",
                     "日本語テキスト", "Fjell 👍🏽 lag", "tab\there", "ÆØÅ æøå ÉÜ"] {
            for width in 0...16 {
                for ellipsis in [true, false] {
                    #expect(truncate(text, toWidth: width, ellipsis: ellipsis) == byCharacter(text, width, ellipsis),
                            "\(text) \(width) \(ellipsis)")
                }
            }
        }
    }

    @Test func truncateAndPad() {
        #expect(truncate("Mjøndalen", toWidth: 5) == "Mjøn…")
        #expect(truncate("Mjøndalen", toWidth: 5, ellipsis: false) == "Mjønd")
        #expect(truncate("kort", toWidth: 10) == "kort")
        #expect(truncate("日本語", toWidth: 4) == "日…")
        #expect(truncate("日本語", toWidth: 3, ellipsis: false) == "日")
        #expect(pad("ab", toWidth: 5) == "ab   ")
        #expect(pad("ab", toWidth: 5, align: .right) == "   ab")
        #expect(pad("ab", toWidth: 5, align: .center) == " ab  ")
        #expect(pad("日本", toWidth: 5) == "日本 ")
        #expect(displayWidth(pad("日本語", toWidth: 5)) == 5)
    }

    @Test func sanitizeNeutralisesControls() {
        #expect(sanitize("\u{1B}[31mred") == "\u{FFFD}[31mred")
        #expect(sanitize("bell\u{7}") == "bell\u{FFFD}")
        #expect(sanitize("csi\u{9B}2J") == "csi\u{FFFD}2J")
        #expect(sanitize("a\tb") == "a b")
        #expect(sanitize("line\r\nnext") == "line\u{FFFD}next")
        #expect(sanitize("del\u{7F}") == "del\u{FFFD}")
        #expect(sanitize("plain æøå") == "plain æøå")
    }
}
