import Testing
@testable import TerminalKit

/// `Buffer.put` and `displayWidth` take a shortcut for text whose scalars are
/// each a one-column grapheme; it must draw exactly what the grapheme path draws.
@Suite struct NarrowTextFastPathTests {
    static let simple: [Character] = Array("abcXYZ 019.,:;-_/[]()æøåÆØÅéüñß·–—…«»“”‘’←→↑↓─│┌┐└┘▒░█▲▼")

    @Test func bothPathsDrawTheSameCellsAtEveryOffsetAndClip() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = String((0..<Int.random(in: 0...30, using: &rng)).map { _ in Self.simple.randomElement(using: &rng)! })
            #expect(isSimpleNarrow(text))
            let x = Int.random(in: -5...25, using: &rng), limit = Int.random(in: 0...30, using: &rng)
            var fast = Buffer(width: 30, height: 1), slow = Buffer(width: 30, height: 1)
            let a = fast.putNarrow(text, x: x, y: 0, limit: limit, style: .plain)
            let b = slow.putGraphemes(text, x: x, y: 0, limit: limit, style: .plain)
            #expect(a == b && fast == slow, "\(text) at \(x) up to \(limit)")
            #expect(displayWidth(text) == text.reduce(0) { $0 + displayWidth($1) })
        }
    }

    @Test func textThatIsNotSimpleTakesTheGraphemePath() {
        for text in ["e\u{301}", "👍🏽", "日本", "a\u{200D}b", "tab\there", "\u{AD}", "🇳🇴", "\r\n"] {
            #expect(!isSimpleNarrow(text), "\(text.debugDescription)")
        }
        var b = Buffer(width: 10, height: 1)
        #expect(b.put("日本", x: 0, y: 0) == 4)
        #expect(b[1, 0].width == 0, "the second column of a wide glyph is a continuation")
    }
}
