import Testing
@testable import TerminalKit

/// What a grapheme is sent to the terminal as, and the columns it takes:
/// the same in the buffer, the diff and ncurses (one spacing scalar per cell).
@Suite struct TerminalCellsTests {
    static func scalars(_ cells: [TerminalCell]) -> [[UInt32]] {
        cells.map { $0.grapheme.unicodeScalars.map(\.value) }
    }

    @Test func emojiSequencesBecomeAFormEveryTerminalMeasuresAlike() {
        let keycap = terminalCells("1️⃣", widths: .builtin)
        #expect(Self.scalars(keycap) == [[0x31, 0x20E3]] && keycap.map(\.width) == [1])
        let flag = terminalCells("🇳🇴", widths: .builtin)
        #expect(Self.scalars(flag) == [[0x1F1F3], [0x1F1F4]] && flag.map(\.width) == [1, 1])
        let family = terminalCells("👨‍👩‍👧", widths: .builtin)
        #expect(Self.scalars(family) == [[0x1F468]] && family.map(\.width) == [2])
        let thumb = terminalCells("👍🏽", widths: .builtin)
        #expect(Self.scalars(thumb) == [[0x1F44D]] && thumb.map(\.width) == [2])
        let heart = terminalCells("❤️", widths: .builtin)
        #expect(Self.scalars(heart) == [[0x2764]] && heart.map(\.width) == [1])
        let rainbow = terminalCells("🏳️‍🌈", widths: .builtin)
        #expect(Self.scalars(rainbow) == [[0x1F3F3]] && rainbow.map(\.width) == [1])
        let scotland = terminalCells("🏴󠁧󠁢󠁳󠁣󠁴󠁿", widths: .builtin)
        #expect(Self.scalars(scotland) == [[0x1F3F4]] && scotland.map(\.width) == [2])
        let wideWithVS16 = terminalCells("😀\u{FE0F}", widths: .builtin)
        #expect(wideWithVS16.map(\.width) == [2] && Self.scalars(wideWithVS16) == [[0x1F600, 0xFE0F]])
        #expect(terminalCells("⌚\u{FE0E}", widths: .builtin).map(\.width) == [2])
    }

    @Test func otherClustersKeepTheirMarksAndSplitWhereWcwidthDoes() {
        #expect(Self.scalars(terminalCells("e\u{301}", widths: .builtin)) == [[0x65, 0x301]])
        let hangul = terminalCells("\u{1100}\u{1161}\u{11A8}", widths: .builtin)
        #expect(hangul.map(\.width) == [2] && hangul[0].grapheme.unicodeScalars.count == 3)
        // Devanagari "ki": the vowel sign is a spacing mark, a column of its own in wcwidth.
        #expect(terminalCells("कि", widths: .builtin).map(\.width) == [1, 1])
        // At most four marks stay with a cell (CCHARW_MAX).
        let zalgo = terminalCells(Character("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"), widths: .builtin)
        #expect(zalgo.count == 1 && zalgo[0].grapheme.unicodeScalars.count == 5)
        #expect(terminalCells("\u{200B}", widths: .builtin).isEmpty)
    }

    @Test func aScalarTheTerminalsWcwidthDoesNotKnowIsShownAsReplacement() {
        // An older C library (Unicode 14) says -1 for U+1FAE8, new in 15.
        let old = ScalarWidth { $0.value == 0x1FAE8 ? -1 : ScalarWidth.builtinColumns($0) }
        let cells = terminalCells("🫨", widths: old)
        #expect(Self.scalars(cells) == [[0xFFFD]] && cells.map(\.width) == [1])
        #expect(terminalCells("🫨", widths: .builtin).map(\.width) == [2])
    }

    @Test func builtinWidthsAreWcwidthShaped() {
        let w = ScalarWidth.builtin.columns
        #expect(w("a") == 1 && w("日") == 2 && w("\u{301}") == 0 && w("\u{200D}") == 0)
        #expect(w("\u{1F1F3}") == 1, "regional indicator: neutral, as wcwidth")
        #expect(w("\u{1F3FD}") == 2 && w("\u{AD}") == 1 && w("\u{1B}") == -1 && w("\u{0}") == 0)
        #expect(w("\u{25FD}") == 2 && !isNarrowCommon(0x25FD), "wide geometric emoji are not on the narrow fast path")
    }

    @Test func everyCellHoldsOneSpacingScalarOfItsWidthAndOnlyMarksAfter() {
        let samples = ["1️⃣", "#️⃣", "🇳🇴", "🇳", "👨‍👩‍👧", "👩🏽‍💻", "👍🏽", "❤️", "⚠️", "🏳️‍🌈", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "e\u{301}",
                       "कि", "क्षि", "กำ", "日", "😀", "\u{1100}\u{1161}", "Å", "🫨"]
        for sample in samples {
            for c in sample {
                for cell in terminalCells(c, widths: .builtin) {
                    let s = Array(cell.grapheme.unicodeScalars)
                    #expect(ScalarWidth.builtin.columns(s[0]) == cell.width, "\(sample.debugDescription)")
                    #expect(s.dropFirst().allSatisfy { ScalarWidth.builtin.columns($0) == 0 }, "\(sample.debugDescription)")
                    #expect(s.count <= 5)
                }
            }
        }
    }
}
