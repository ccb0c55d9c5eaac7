import DugnadCore
import TerminalKit
import Testing
@testable import DugnadApp

/// The keys of the probe (issue 13) that trapped on extreme dates: a go-to
/// date outside 1900–2200 is refused with a message, and paging by day, week
/// and month at both edges of the supported range draws every view.
@Suite struct DateEdgeTests {
    func model(today: CivilDate, tab: Tab) -> Model {
        var m = Model(language: .nb, today: today, user: "kari", staff: Fixtures.admin, size: Size(width: 120, height: 40))
        m.lookup = Fixtures.lookup
        m.tab = tab
        return m
    }

    @Test func venuesGoToAnUnsupportedDateIsRefused() {
        var m = model(today: Fixtures.today, tab: .venues)
        for text in ["31.12.9999", "01.01.0001", "9999-12-31"] {
            Fixtures.press([.char("g")], &m)
            _ = Fixtures.type(text, &m)
            #expect(update(&m, .keyPressed(.enter)).isEmpty, "\(text)")
            #expect(m.message?.isError == true && m.venues.day == Fixtures.today, "\(text)")
        }
    }

    @Test(arguments: ["2200-12-31", "1900-01-01"])
    func pagingAtTheEdgesOfTheRangeNeverTraps(_ iso: String) {
        let edge = CivilDate(iso: iso)!
        let keys: [Key] = [.char("]"), .char("["), .char("}"), .char("{"), .pageDown, .pageUp, .char("l"), .char("h")]
        var venues = model(today: edge, tab: .venues)
        for key in keys + [.char("w")] + keys + [.char("w")] {
            for _ in 0..<6 { _ = update(&venues, .keyPressed(key)) }
            _ = view(venues, theme: .builtinDefault)
        }
        var calendar = model(today: edge, tab: .calendar)
        for viewKey in ["m", "w", "a", "d"] {
            _ = update(&calendar, .keyPressed(.char(Character(viewKey))))
            for key in keys {
                for _ in 0..<8 { _ = update(&calendar, .keyPressed(key)) }
                _ = view(calendar, theme: .builtinDefault)
            }
        }
    }
}
