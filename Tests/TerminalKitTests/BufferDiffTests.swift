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
