import Testing
@testable import TerminalKit

@Suite struct LayoutTests {
    let area = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test func fixedFillFixed() {
        let rows = layout(area, [.fixed(1), .fill, .fixed(2)], axis: .vertical)
        #expect(rows.map(\.height) == [1, 21, 2])
        #expect(rows.map(\.y) == [0, 1, 22])
        #expect(rows.allSatisfy { $0.width == 80 })
    }

    @Test func percentMinAndFillShareTheRest() {
        let cols = layout(area, [.percent(25), .min(10), .fill], axis: .horizontal)
        #expect(cols.map(\.width) == [20, 35, 25])
        #expect(cols.map(\.x) == [0, 20, 55])
    }

    @Test func overflowIsClippedFromTheEnd() {
        let cols = layout(Rect(x: 0, y: 0, width: 10, height: 1), [.fixed(6), .fixed(6), .fill], axis: .horizontal)
        #expect(cols.map(\.width) == [6, 4, 0])
    }

    @Test func splitsAndCentering() {
        let (top, rest) = area.splitTop(1)
        #expect(top == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(rest == Rect(x: 0, y: 1, width: 80, height: 23))
        let (above, bottom) = area.splitBottom(2)
        #expect(above.height == 22 && bottom.y == 22 && bottom.height == 2)
        let (left, right) = area.splitLeft(30)
        #expect(left.width == 30 && right.x == 30 && right.width == 50)
        let (l2, r2) = area.splitRight(100)
        #expect(l2.width == 0 && r2.width == 80)
        #expect(area.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(area.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 2).isEmpty)
    }
}
