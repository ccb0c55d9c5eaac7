import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The front desk's new screens at both sizes in both languages: the cancel
/// question, quick booking's ranked rooms, an organisation's card with its
/// bookings, and Ctrl-F with booking hits.
@Suite struct FrontDeskSnapshotTests {
    static func each(_ body: (Size, Language) -> Void) {
        for size in SnapshotTests.sizes { for language in Language.allCases { body(size, language) } }
    }
    static func name(_ what: String, _ size: Size, _ language: Language) -> String {
        "frontdesk-\(what)-\(size.width)x\(size.height)-\(language.rawValue)"
    }

    @Test func cancelQuestion() {
        Self.each { size, language in
            var m = FrontDeskTests.grid(size, language)
            m.venues.grid.rows[0].bookings[0].seriesID = 3
            Fixtures.press([.char("x"), .right], &m)
            SnapshotTests.check(Self.name("cancel", size, language), m)
        }
    }

    @Test func quickBookingRooms() {
        Self.each { size, language in
            var m = FrontDeskTests.grid(size, language)
            Fixtures.press([.char("b")], &m)
            _ = Fixtures.type("tor 18-20 10 Fjell", &m)
            guard case .venues(.findFreeRooms(let q))? = Fixtures.press([.enter], &m).first else {
                Issue.record("no search"); return
            }
            let far = Venue(id: 7, name: "Klubbrommet", kind: .moterom, siteID: 12, kommunedelID: 5, capacity: 12)
            let slots = [far, Fixtures.storsalen, Fixtures.moterom].map { FreeSlot(venue: $0, start: Fixtures.at(18), end: Fixtures.at(20)) }
            _ = update(&m, .venues(.freeSlotsFound(q, .success(slots))))
            SnapshotTests.check(Self.name("quick", size, language), m)
        }
    }

    @Test func organisationCardWithBookings() {
        Self.each { size, language in
            var m = Fixtures.model(size: size, language: language, tab: .directory)
            var second = FrontDeskTests.listing
            second.booking.id = 9
            second.booking.start = Fixtures.at(18, 0, Fixtures.today.adding(days: 7))
            second.booking.end = Fixtures.at(20, 0, Fixtures.today.adding(days: 7))
            _ = update(&m, .directory(.organisationDetailLoaded(.success(
                OrganisationDetail(organisationID: 4, history: [], bookings: [FrontDeskTests.listing, second], bookingTotal: 2)))))
            Fixtures.press([.right, .down], &m)
            SnapshotTests.check(Self.name("card", size, language), m)
        }
    }

    @Test func searchWithBookingHits() {
        Self.each { size, language in
            var m = Fixtures.model(size: size, language: language, tab: .calendar)
            var search = GlobalSearchState()
            _ = search.input.handle(.char("K"))
            search.resultsFor = "K"
            let l = FrontDeskTests.listing
            var more = SearchResult(kind: .booking, id: 1, title: l.who, subtitle: l.place, booking: l)
            more.more = true
            search.results = [
                SearchResult(kind: .organisation, id: 4, title: "Konnerud IL", subtitle: "",
                             details: [.text("Konnerud"), .organisationCategory(.idrett)]),
                more,
                SearchResult(kind: .venue, id: 9, title: "Klubbrommet", subtitle: "",
                             details: [.text("Konnerud skole"), .venueKind(.moterom), .text("Konnerud"), .capacity(20)]),
            ]
            m.overlay = .globalSearch(search)
            SnapshotTests.check(Self.name("search", size, language), m)
        }
    }
}
