import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct ClosureListTests {
    static func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static let closures = [
        Closure(id: 7, venueID: 1, startsOn: d("2026-11-25"), endsOn: d("2026-11-27"), reason: "Maling av storsalen"),
        Closure(id: 8, siteID: 1, startsOn: d("2026-12-14"), endsOn: d("2026-12-14"), reason: "Stortingsvalg"),
        Closure(id: 3, venueID: 2, startsOn: d("2026-10-01"), endsOn: d("2026-10-02"), reason: "Vannskade"),
    ]
    static let hits = [
        ClosureHit(booking: Booking(id: 21, venueID: 1, start: Fixtures.at(17), end: Fixtures.at(19), organisationID: 4,
                                    bookerName: "Konnerud IL", purpose: "Styremøte", attendees: 12), phone: "32 00 00 00"),
        ClosureHit(booking: Booking(id: 22, venueID: 1, start: Fixtures.at(10, 0, d("2026-11-27")),
                                    end: Fixtures.at(12, 0, d("2026-11-27")), status: .requested,
                                    bookerName: "Nguyễn Thị Lan", bookerPhone: "900 00 000", purpose: "Kurs", attendees: 8),
                   phone: "900 00 000"),
    ]

    /// The grid with the closure list open and loaded, hits of the first closure shown.
    static func listModel(size: Size = Size(width: 80, height: 24), language: Language = .nb,
                          staff: Staff? = Fixtures.admin) -> Model {
        var m = Fixtures.model(size: size, language: language, tab: .venues, staff: staff)
        _ = update(&m, .keyPressed(.char("c")))
        _ = update(&m, .venueAdmin(.closuresLoaded(.success(closures))))
        _ = update(&m, .venueAdmin(.closureHitsLoaded(7, .success(hits))))
        return m
    }

    @Test func cOpensTheListAndTheSelectedClosuresHitsAreRead() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .venues)
        #expect(update(&m, .keyPressed(.char("c"))) == [.venueAdmin(.loadClosures)])
        #expect(m.keyContext == .closureList && m.venues.closureList?.venue?.id == 1)
        #expect(update(&m, .venueAdmin(.closuresLoaded(.success(Self.closures)))) == [.venueAdmin(.loadClosureHits(Self.closures[0]))])
        // An answer for another closure is ignored.
        _ = update(&m, .venueAdmin(.closureHitsLoaded(8, .success(Self.hits))))
        #expect(m.venues.closureList?.hits == [])
        _ = update(&m, .venueAdmin(.closureHitsLoaded(7, .success(Self.hits))))
        let screen = view(m, theme: .builtinDefault).text
        #expect(screen.contains("2 bookinger i perioden må flyttes"))
        #expect(screen.contains("Konnerud IL  32 00 00 00"))
        #expect(update(&m, .keyPressed(.char("j"))) == [.venueAdmin(.loadClosureHits(Self.closures[1]))])
        // Tab moves ↑/↓ to the hits: no new reads.
        _ = update(&m, .venueAdmin(.closureHitsLoaded(8, .success(Self.hits))))
        Fixtures.press([.tab], &m)
        #expect(update(&m, .keyPressed(.char("j"))).isEmpty && m.venues.closureList?.hitSelected == 1)
        Fixtures.press([.char("c")], &m)
        #expect(m.venues.closureList == nil && m.keyContext == .venueGrid)
    }

    @Test func newClosureForTheVenueUnderTheCursorWithDatesTypedAsStaffTypeThem() {
        var m = Self.listModel()
        #expect(update(&m, .keyPressed(.char("n"))).isEmpty)
        #expect(m.form?.purpose == .venues(.closure(id: 0)) && m.form?.value(ClosureField.target) == "v:1")
        VenueAdminTests.fill("from", "1.12", &m)
        VenueAdminTests.fill("to", "03.12.2026", &m)
        VenueAdminTests.fill("reason", "Maling", &m)
        let commands = update(&m, .keyPressed(.ctrl("s")))
        #expect(commands == [.venueAdmin(.saveClosure(Closure(venueID: 1, startsOn: Self.d("2026-12-01"),
                                                              endsOn: Self.d("2026-12-03"), reason: "Maling")))])
        let saved = Closure(id: 9, venueID: 1, startsOn: Self.d("2026-12-01"), endsOn: Self.d("2026-12-03"), reason: "Maling")
        let after = update(&m, .venueAdmin(.closureSaved(.success(ClosureSaved(closure: saved, hits: 3)))))
        #expect(m.form == nil)
        #expect(m.text(m.message!.phrase) == "Lagret. Stengingen rammer 3 bookinger (ikke avlyst) – ring leietakerne.")
        #expect(after.first == .venueAdmin(.loadClosures) && m.venues.grid.window.loaded == false)
        // The saved closure is selected when the list arrives.
        _ = update(&m, .venueAdmin(.closuresLoaded(.success(Self.closures + [saved]))))
        #expect(m.venues.closureList?.selectedClosure?.id == 9)
    }

    @Test func aWholeSiteIsChosenInThePickerAndBadDatesAreRefused() {
        var m = Self.listModel()
        Fixtures.press([.char("n")], &m)
        _ = Fixtures.type("hele knutepunkt fjell", &m)
        Fixtures.press([.enter], &m)
        #expect(m.form?.value(ClosureField.target) == "s:1")
        VenueAdminTests.fill("from", "5.12.2026", &m)
        VenueAdminTests.fill("to", "1.12.2026", &m)
        #expect(update(&m, .keyPressed(.ctrl("s"))).isEmpty)
        #expect(m.form?.field(ClosureField.to)?.error == .venues(.closures(.problem(.endBeforeStart))))
        #expect(m.form?.field(ClosureField.reason)?.error == .venues(.closures(.problem(.reasonMissing))))
        VenueAdminTests.fill("to", "+10", &m)
        VenueAdminTests.fill("reason", "Valg", &m)
        #expect(update(&m, .keyPressed(.ctrl("s"))) == [.venueAdmin(.saveClosure(Closure(
            siteID: 1, startsOn: Self.d("2026-12-05"), endsOn: Self.d("2026-12-06"), reason: "Valg")))])
    }

    @Test func editAndDeleteTheSelectedClosure() {
        var m = Self.listModel()
        Fixtures.press([.char("j"), .enter], &m)
        #expect(m.form?.purpose == .venues(.closure(id: 8)) && m.form?.value(ClosureField.target) == "s:1")
        #expect(m.form?.value(ClosureField.from) == "14.12.2026" && m.form?.value(ClosureField.reason) == "Stortingsvalg")
        Fixtures.press([.escape], &m)
        #expect(m.form == nil && m.keyContext == .closureList)
        Fixtures.press([.char("x")], &m)
        #expect(m.overlay == .confirm(.venues(.deleteClosure(id: 8, summary: "14.12.2026 Knutepunkt Fjell (hele stedet): Stortingsvalg"))))
        #expect(update(&m, .keyPressed(.enter)).isEmpty && m.overlay == nil)   // Enter on the highlighted "no"
        Fixtures.press([.delete, .right], &m)
        #expect(update(&m, .keyPressed(.enter)) == [.venueAdmin(.deleteClosure(8))])
        let after = update(&m, .venueAdmin(.closureDeleted(.success(8))))
        #expect(after.first == .venueAdmin(.loadClosures))
        #expect(m.message == StatusMessage(.venues(.closures(.deleted))))
    }

    @Test func thePaletteOpensTheListFromAnotherTab() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .calendar)
        Fixtures.press([.char(":")], &m)
        _ = Fixtures.type("ny stenging", &m)
        let commands = update(&m, .keyPressed(.enter))
        #expect(m.tab == .venues && m.venues.closureList != nil)
        #expect(commands.contains(.venueAdmin(.loadClosures)))
        #expect(m.form?.purpose == .venues(.closure(id: 0)))
    }

    @Test func othersMayLookButNotChange() {
        var m = Self.listModel(staff: VenueAdminTests.frontDesk)
        for key: Key in [.char("n"), .char("e"), .char("x")] {
            #expect(update(&m, .keyPressed(key)).isEmpty)
            #expect(m.form == nil && m.overlay == nil)
            #expect(m.message == StatusMessage(.venues(.admin(.adminOnly)), isError: true))
        }
        #expect(view(m, theme: .builtinDefault).text.contains("Konnerud IL"))
    }
}
