import Foundation
import Testing
@testable import TerminalKit

/// A bounded fuzz of the theme TOML parser (issue 13, item 11): the shipped
/// theme cut, spliced and sprinkled with hostile bytes, and random TOML-ish
/// text. Every input either parses into a theme or is refused with a
/// `ThemeError` that names the file — never a trap, never a hang.
@Suite struct ThemeFuzzTests {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let shipped: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("Themes/default.toml"), encoding: .utf8)) ?? "[roles]\n"
    }()

    static let pieces = ["[roles]", "[roles.\"grid.free\"]", "\"base\" = {}", "fg = \"red\"", "bg = 300", "bg = -1",
                         "attrs = [\"bold\", 7]", "fg = \"#zzzzzz\"", "= =", "{", "}", "[[roles]]", "\"", "'''", "\"\"\"",
                         "\\u0000", "\u{1B}[31m", "\0", "\n", "\r\n", "\t", "#", "é", "🇳🇴", "9999999999999999999999",
                         "inf", "nan", "true", "1979-05-27T07:32:00Z", "[roles.a.b.c.d.e.f]", "x.y.z = 1", ","]

    func parses(_ text: String) {
        do {
            _ = try Theme.parse(toml: text, file: "fuzz.toml")
        } catch {
            #expect(error.description.contains("fuzz.toml"), "\(error.description)")
        }
    }

    @Test func mutatedShippedThemes() {
        var g = Generator(state: 6)
        let bytes = Array(Self.shipped.utf8)
        for _ in 0..<400 {
            var mutated = bytes
            for _ in 0..<(1 + g.int(4)) {
                let at = g.int(mutated.count)
                switch g.int(3) {
                case 0: mutated.removeSubrange(at..<min(mutated.count, at + g.int(40)))
                case 1: mutated.insert(contentsOf: Array(Self.pieces[g.int(Self.pieces.count)].utf8), at: at)
                default: mutated[at] = UInt8(truncatingIfNeeded: g.next())
                }
                if mutated.isEmpty { break }
            }
            parses(String(decoding: mutated, as: UTF8.self))
        }
    }

    @Test func randomPieces() {
        var g = Generator(state: 2026)
        for _ in 0..<1_500 {
            parses((0..<g.int(12)).map { _ in Self.pieces[g.int(Self.pieces.count)] }.joined(separator: g.int(2) == 0 ? "\n" : " "))
        }
    }
}
