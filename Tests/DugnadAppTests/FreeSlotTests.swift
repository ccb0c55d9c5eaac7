import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct FreeSlotTests {
    static let thursday = Fixtures.today
    static var query: FreeSlotQuery {
        var f = VenueFilter()
        f.minimumCapacity = 20
        return FreeSlotQuery(filter: f, from: thursday, through: thursday.adding(days: 13),
                             windowStart: 8 * 60, windowEnd: 22 * 60, duration: 120)
    }
    static var slots: [FreeSlot] {
        [FreeSlot(venue: Fixtures.storsalen, start: Fixtures.at(19), end: Fixtures.at(21)),
         FreeSlot(venue: Fixtures.storsalen, start: Fixtures.at(19, 0, thursday.adding(days: 7)),
                  end: Fixtures.at(21, 0, thursday.adding(days: 7)))]
    }

    static func listModel(size: Size = Size(width: 80, height: 24), language: Language = .nb) -> Model {
        var m = VenuesUpdateTests.gridModel(size: size, language: language)
        Fixtures.press([.char("B")], &m)
        _ = Fixtures.type("20", &m)
        _ = update(&m, .keyPressed(.ctrl("s")))
        _ = update(&m, .venues(.freeSlotsFound(query, .success(slots))))
        return m
    }

    @Test func theDialogSearchesOnceAndTheListShowsInPlaceOfTheGrid() throws {
        var m = VenuesUpdateTests.gridModel()
        Fixtures.press([.char("B")], &m)
        #expect(m.form?.purpose == .venues(.freeSlot))
        _ = Fixtures.type("20", &m)
        let commands = update(&m, .keyPressed(.ctrl("s")))
        #expect(commands == [.venues(.findFreeSlots(Self.query))])
        #expect(m.form == nil && m.keyContext == .freeSlots)
        #expect(view(m, theme: .builtinDefault).text.contains("Leter etter ledige tider"))
        _ = update(&m, .venues(.freeSlotsFound(Self.query, .success(Self.slots))))
        #expect(m.venues.freeSlots?.slots == Self.slots)
        Fixtures.press([.escape], &m)
        #expect(m.venues.freeSlots == nil && m.keyContext == .venueGrid)
    }

    @Test func aWindowShorterThanTheDurationIsMarked() {
        var m = VenuesUpdateTests.gridModel()
        Fixtures.press([.char("B")] + Array(repeating: .tab, count: 8), &m)
        _ = Fixtures.type("1200", &m)                               // replaces the selected 120: 1200 minutes in 08–22
        #expect(update(&m, .keyPressed(.ctrl("s"))).isEmpty)
        #expect(m.form?.fields.first { $0.key == FreeSlotField.duration.name }?.error == .venues(.freeSlot(.windowTooShort)))
    }

    @Test func enterOpensTheBookingFormForTheChosenSlotAndBookingClosesTheList() throws {
        var m = Self.listModel()
        Fixtures.press([.down], &m)
        let commands = update(&m, .keyPressed(.enter))
        let form = try #require(m.form)
        #expect(form.purpose == .venues(.booking(venueID: 1)))
        #expect(form.value(BookingField.date) == "03.12.2026" && form.value(BookingField.from) == "19:00" && form.value(BookingField.to) == "21:00")
        let next = Self.thursday.adding(days: 7)
        let draft = Booking(venueID: 1, start: Fixtures.at(19, 0, next), end: Fixtures.at(21, 0, next),
                            bookerName: "", purpose: "", attendees: 0)
        #expect(commands == [.venues(.assess(draft))])
        var saved = draft
        saved.id = 5
        _ = update(&m, .venues(.booked(.success(saved))))
        #expect(m.form == nil && m.venues.freeSlots == nil)
    }
}

@Suite struct FreeSlotSnapshotTests {
    @Test func dialogAndList() {
        for language in Language.allCases {
            var m = VenuesUpdateTests.gridModel(size: Size(width: 80, height: 24), language: language)
            Fixtures.press([.char("B")], &m)
            SnapshotTests.check("venues-free-slot-form-80x24-\(language.rawValue)", m)
            for size in SnapshotTests.sizes {
                SnapshotTests.check("venues-free-slots-\(size.width)x\(size.height)-\(language.rawValue)",
                                    FreeSlotTests.listModel(size: size, language: language))
            }
        }
    }
}
