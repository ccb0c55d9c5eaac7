import Testing
@testable import TerminalKit

@Suite struct BufferDiffTests {
    @Test func noChangesNoRuns() {
        var b = Buffer(width: 20, height: 5)
        b.put("Hei", x: 1, y: 1)
        #expect(BufferDiff.runs(from: b, to: b).isEmpty)
    }

    @Test func oneCellChangeIsOneSmallRun() {
        var a = Buffer(width: 20, height: 5)
        a.put("Hei på deg", x: 0, y: 2)
        var b = a
        b.put("X", x: 4, y: 2)
        let runs = BufferDiff.runs(from: a, to: b)
        #expect(runs.count == 1)
        #expect(runs[0].x == 4 && runs[0].y == 2)
        #expect(runs[0].cells.count == 1)
        #expect(runs[0].cells[0].grapheme == "X")
    }

    @Test func nearbyChangesMergeFarOnesDoNot() {
        let a = Buffer(width: 40, height: 1)
        var b = a
        b.put("a", x: 0, y: 0)
        b.put("b", x: 3, y: 0)   // gap of 2: merged
        b.put("c", x: 20, y: 0)  // far: own run
        let runs = BufferDiff.runs(from: a, to: b)
        #expect(runs.map(\.x) == [0, 20])
        #expect(runs[0].cells.count == 4)
    }

    @Test func sizeChangeOrNoOldFrameRepaintsAll() {
        let a = Buffer(width: 10, height: 3)
        let b = Buffer(width: 12, height: 3)
        let runs = BufferDiff.runs(from: a, to: b)
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 12 })
        #expect(BufferDiff.runs(from: nil, to: a).count == 3)
    }

    @Test func runNeverStartsOnAContinuation() {
        var a = Buffer(width: 10, height: 1)
        a.put("日", x: 2, y: 0)
        var b = a
        b.setStyle(Rect(x: 3, y: 0, width: 1, height: 1), Style(attrs: .bold))  // only the continuation
        let runs = BufferDiff.runs(from: a, to: b)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)
        #expect(runs[0].cells.first?.width == 2)
    }

    @Test func applyingRunsReproducesTheFrame() {
        var a = Buffer(width: 30, height: 4)
        a.put("Kalender 日本 æøå", x: 0, y: 0)
        var b = a
        b.put("Lokaler 😀", x: 2, y: 0)
        b.put("ny linje", x: 5, y: 3)
        let backend = TestBackend(size: Size(width: 30, height: 4))
        backend.apply(BufferDiff.runs(from: nil, to: a))
        backend.apply(BufferDiff.runs(from: a, to: b))
        #expect(backend.screen == b)
    }
}

/// A terminal as ncurses drives it: writing a wide glyph covers the next
/// column, writing over either half of a wide glyph blanks the other half.
/// Runs applied to the old frame must give exactly the new one: no stale cell.
private struct TerminalModel {
    var cells: [[Cell]]
    init(_ b: Buffer) { cells = (0..<b.height).map { y in (0..<b.width).map { b[$0, y] } } }

    mutating func write(_ cell: Cell, x: Int, y: Int) {
        let end = min(cells[y].count, x + max(1, Int(cell.width)))
        for c in x..<end {
            // A glyph partly covered is gone whole, as in a real terminal.
            if cells[y][c].width == 0, c > 0, c - 1 < x { cells[y][c - 1] = Cell(grapheme: " ", style: cells[y][c - 1].style) }
            if cells[y][c].width == 2, c + 1 < cells[y].count, c + 1 >= end {
                cells[y][c + 1] = Cell(grapheme: " ", style: cells[y][c + 1].style)
            }
        }
        cells[y][x] = cell
        if cell.width == 2, x + 1 < cells[y].count { cells[y][x + 1] = .continuation(cell.style) }
    }

    mutating func apply(_ runs: [BufferDiff.Run]) {
        for run in runs {
            for (i, cell) in run.cells.enumerated() where cell.width != 0 { write(cell, x: run.x + i, y: run.y) }
        }
    }

    func matches(_ b: Buffer) -> Bool {
        (0..<b.height).allSatisfy { y in (0..<b.width).allSatisfy { cells[y][$0] == b[$0, y] } }
    }
}

@Suite struct EmojiWidthBufferDiffTests {
    static let names = ["Aa 1️⃣ Keycap lag", "Ab 🇳🇴 Flagg lag", "Ac 👨‍👩‍👧 Familie", "Ad ❤️ Hjerte", "Ae 👍🏽 Tommel",
                        "Af NUL\u{0}etter navn", "日本 kor", "Åsen IL", "Ag 🏳️‍🌈 Skeiv", "e\u{301}e\u{301}"]

    /// A box of `width` columns with `name` as its title, as the detail panes draw it.
    static func box(_ name: String, width: Int) -> Buffer {
        var b = Buffer(width: width, height: 2)
        b.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: 0, y: 0)
        b.put("  " + truncate(name, toWidth: width - 6) + "  ", x: 1, y: 0, maxWidth: width - 2)
        b.put("│" + pad(name, toWidth: width - 2) + "│", x: 0, y: 1)
        return b
    }

    @Test func theBorderStaysInItsColumnWhateverTheName() {
        for name in Self.names {
            let b = Self.box(name, width: 24)
            #expect(b[23, 0].grapheme == "┐", "\(name.debugDescription): \(b.line(0))")
            #expect(b[23, 1].grapheme == "│", "\(name.debugDescription): \(b.line(1))")
            #expect(b[0, 1].grapheme == "│")
            #expect(displayWidth(pad(name, toWidth: 22)) == 22, "\(name.debugDescription)")
        }
    }

    @Test func aNulIsReplacedAndTheRestOfTheLineIsDrawn() {
        var b = Buffer(width: 30, height: 1)
        let written = b.put("Af NUL\u{0}etter navn|", x: 0, y: 0)
        #expect(b.line(0) == "Af NUL\u{FFFD}etter navn|")
        #expect(written == displayWidth("Af NUL\u{0}etter navn|"))
        #expect(written == 18)
    }

    @Test func storedCellsAreWhatTheTerminalIsSent() {
        var b = Buffer(width: 20, height: 1)
        b.put("1️⃣🇳🇴👨‍👩‍👧|", x: 0, y: 0)
        #expect(b[0, 0].grapheme == "1\u{20E3}" && b[0, 0].width == 1)
        #expect(b[1, 0].grapheme == "\u{1F1F3}" && b[2, 0].grapheme == "\u{1F1F4}")
        #expect(b[3, 0].grapheme == "👨" && b[3, 0].width == 2 && b[4, 0].isContinuation)
        #expect(b[5, 0].grapheme == "|")
        #expect(displayWidth("1️⃣🇳🇴👨‍👩‍👧|") == 6)
        // A flag that does not fit whole is not cut in half.
        var narrow = Buffer(width: 2, height: 1)
        narrow.put("a🇳🇴", x: 0, y: 0)
        #expect(narrow.line(0) == "a")
    }

    @Test func diffsBetweenFramesOfSuchNamesLeaveNoStaleCell() {
        var rng = SeededGenerator(seed: 20261201)
        for _ in 0..<200 {
            var old = Buffer(width: 28, height: 3), new = Buffer(width: 28, height: 3)
            for y in 0..<3 {
                old.put(Self.names.randomElement(using: &rng)!, x: Int.random(in: -2...6, using: &rng), y: y)
                new.put(Self.names.randomElement(using: &rng)!, x: Int.random(in: -2...6, using: &rng), y: y)
                if Bool.random(using: &rng) { new.put("│", x: Int.random(in: 0...27, using: &rng), y: y) }
            }
            var terminal = TerminalModel(old)
            terminal.apply(BufferDiff.runs(from: old, to: new))
            let same = terminal.matches(new)
            #expect(same, "\(old.text)\n→\n\(new.text)")
            for run in BufferDiff.runs(from: old, to: new) {
                #expect(run.cells.first?.isContinuation == false)
                for cell in run.cells where !cell.isContinuation {
                    let s = Array(cell.scalars)
                    #expect(ScalarWidth.builtin.columns(s[0]) == Int(cell.width))
                    #expect(s.dropFirst().allSatisfy { ScalarWidth.builtin.columns($0) == 0 })
                }
            }
        }
    }
}

/// Deterministic randomness for property tests (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
