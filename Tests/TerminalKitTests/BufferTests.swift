import Testing
@testable import TerminalKit

@Suite struct BufferTests {
    @Test func putWritesAndReturnsColumns() {
        var b = Buffer(width: 10, height: 2)
        #expect(b.put("Hei æøå", x: 0, y: 0) == 7)
        #expect(b.line(0) == "Hei æøå")
        #expect(b[4, 0].grapheme == "æ")
    }

    @Test func putClipsToMaxWidthAndBuffer() {
        var b = Buffer(width: 6, height: 1)
        #expect(b.put("abcdefgh", x: 2, y: 0) == 4)
        #expect(b.line(0) == "  abcd")
        var c = Buffer(width: 10, height: 1)
        #expect(c.put("abcdefgh", x: 1, y: 0, maxWidth: 3) == 3)
        #expect(c.line(0) == " abc")
        #expect(c.put("x", x: 0, y: 5) == 0)
        #expect(c.put("x", x: 20, y: 0) == 0)
    }

    @Test func wideGlyphAtTheEdgeBecomesSpace() {
        var b = Buffer(width: 5, height: 1)
        #expect(b.put("ab日本", x: 0, y: 0) == 5)
        #expect(b[2, 0].grapheme == "日")
        #expect(b[2, 0].width == 2)
        #expect(b[3, 0].width == 0)
        #expect(b[4, 0].grapheme == " ")
        #expect(b[4, 0].width == 1)
        #expect(b.line(0) == "ab日")
        var c = Buffer(width: 10, height: 1)
        c.put("日本", x: 0, y: 0, maxWidth: 3)
        #expect(c.line(0) == "日")
        #expect(c[2, 0].width == 1)
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var b = Buffer(width: 4, height: 1)
        b.put("日本", x: 0, y: 0)
        b.put("x", x: 1, y: 0)  // over the continuation of 日
        #expect(b[0, 0].grapheme == " ")
        #expect(b[0, 0].width == 1)
        #expect(b.line(0) == " x本")
        b.put("y", x: 2, y: 0)  // over the head of 本
        #expect(b[3, 0].width == 1)
        #expect(b.line(0) == " xy")
    }

    @Test func controlCharactersNeverReachTheBuffer() {
        var b = Buffer(width: 20, height: 1)
        b.put("\u{1B}[31mx\u{7}\u{9B}", x: 0, y: 0)
        #expect(b.line(0) == "\u{FFFD}[31mx\u{FFFD}\u{FFFD}")
        for x in 0..<20 {
            #expect(!b[x, 0].grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        }
    }

    @Test func combiningCharacterStaysInOneCell() {
        var b = Buffer(width: 5, height: 1)
        #expect(b.put("e\u{301}x", x: 0, y: 0) == 2)
        #expect(b[0, 0].grapheme == "e\u{301}")
        #expect(b[1, 0].grapheme == "x")
    }

    @Test func textTrimsAndSkipsContinuations() {
        var b = Buffer(width: 8, height: 3)
        b.put("日本  ", x: 0, y: 0)
        b.put("x", x: 3, y: 2)
        #expect(b.text == "日本\n\n   x")
    }

    @Test func fillSetStyleAndBox() {
        var b = Buffer(width: 6, height: 4)
        b.fill(Rect(x: 1, y: 1, width: 2, height: 2), "#")
        #expect(b.line(1) == " ##")
        let red = Style(fg: .ansi(1))
        b.setStyle(Rect(x: 0, y: 1, width: 2, height: 1), red)
        #expect(b[1, 1].style == red)
        #expect(b[1, 1].grapheme == "#")
        var c = Buffer(width: 10, height: 3)
        c.box(c.area, style: .plain, title: "Tittel")
        #expect(c.text == "┌ Tittel ┐\n│        │\n└────────┘")
    }

    @Test func widgets() {
        var b = Buffer(width: 30, height: 4)
        let used = drawTabs(into: &b, area: Rect(x: 0, y: 0, width: 30, height: 1),
                            titles: ["Kalender", "Lokaler"], selected: 1,
                            active: Style(attrs: .reverse), inactive: .plain)
        #expect(used == 19)
        #expect(b.line(0) == " Kalender  Lokaler")
        #expect(b[11, 0].style.attrs == .reverse)
        let inner = drawDialog(into: &b, area: Rect(x: 0, y: 1, width: 12, height: 3),
                               title: "Ny", style: .plain, borderStyle: .plain)
        #expect(inner == Rect(x: 1, y: 2, width: 10, height: 1))
        #expect(b.line(1) == "┌ Ny ──────┐")
    }

    @Test func table() {
        var b = Buffer(width: 20, height: 4)
        let columns = [TableColumn("Navn", width: .fill), TableColumn("Plasser", width: .fixed(7), align: .right)]
        let rows = [["Fjell", "20"], ["Åskollen bibliotek", "120"], ["Svelvik", "8"]]
        drawTable(into: &b, area: b.area, columns: columns, rows: rows,
                  state: ListState(selected: 1, offset: 0),
                  headerStyle: Style(attrs: .bold), rowStyle: .plain, selectedStyle: Style(attrs: .reverse))
        #expect(b.text == "Navn         Plasser\nFjell             20\nÅskollen bi…     120\nSvelvik            8")
        #expect(b[19, 2].style.attrs == .reverse)
        #expect(b[0, 1].style == .plain)
    }
}

@Suite struct BufferHighlightTests {
    @Test func highlightFlipsReverseAddsTheRestAndTakesItsColours() {
        var b = Buffer(width: 6, height: 1)
        b.put("ab", x: 0, y: 0, style: Style(fg: .ansi(1), attrs: [.reverse]))
        b.put("cd", x: 2, y: 0, style: Style(attrs: [.dim]))
        b.highlight(Rect(x: 1, y: 0, width: 2, height: 1), with: Style(attrs: [.reverse, .bold]))
        #expect(b[0, 0].style == Style(fg: .ansi(1), attrs: [.reverse]))
        #expect(b[1, 0].style == Style(fg: .ansi(1), attrs: [.bold]))
        #expect(b[2, 0].style == Style(attrs: [.dim, .bold, .reverse]))
        #expect(b.line(0) == "abcd", "the text stays")
        b.highlight(Rect(x: 3, y: 0, width: 9, height: 3), with: Style(fg: .ansi(0), bg: .ansi(15)))
        #expect(b[3, 0].style == Style(fg: .ansi(0), bg: .ansi(15), attrs: [.dim]))
        #expect(b[5, 0].style.bg == .ansi(15), "clipped to the buffer")
    }
}
