import Testing
@testable import TerminalKit

@Suite struct ListStateTests {
    @Test func movingScrollsJustEnough() {
        var s = ListState()
        s.move(by: 1, count: 100, visible: 10)
        #expect(s == ListState(selected: 1, offset: 0))
        s.move(by: 9, count: 100, visible: 10)
        #expect(s == ListState(selected: 10, offset: 1))
        s.move(by: -3, count: 100, visible: 10)
        #expect(s == ListState(selected: 7, offset: 1))
        s.move(by: -100, count: 100, visible: 10)
        #expect(s == ListState(selected: 0, offset: 0))
        s.move(by: 1000, count: 100, visible: 10)
        #expect(s == ListState(selected: 99, offset: 90))
    }

    @Test func pagesHomeEnd() {
        var s = ListState()
        s.pageDown(count: 50, visible: 10)
        #expect(s.selected == 9 && s.offset == 0)
        s.pageDown(count: 50, visible: 10)
        #expect(s.selected == 18 && s.offset == 9)
        s.pageUp(count: 50, visible: 10)
        #expect(s.selected == 9 && s.offset == 9)
        s.end(count: 50, visible: 10)
        #expect(s == ListState(selected: 49, offset: 40))
        s.home()
        #expect(s == ListState(selected: 0, offset: 0))
    }

    @Test func emptyAndShrinkingLists() {
        var s = ListState(selected: 5, offset: 3)
        s.move(by: 1, count: 0, visible: 10)
        #expect(s == ListState())
        var t = ListState(selected: 40, offset: 35)
        t.clamp(count: 12, visible: 10)
        #expect(t == ListState(selected: 11, offset: 2))
    }
}
