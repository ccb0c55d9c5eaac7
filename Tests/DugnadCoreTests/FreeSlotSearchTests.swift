import Testing
@testable import DugnadCore

@Suite struct FreeSlotSearchTests {
    static func at(_ iso: String, _ h: Int, _ m: Int = 0) -> CivilDateTime { VenueRulesTests.at(iso, h, m) }
    static let room = VenueRulesTests.room            // open 08–22 every day (standard hours), 30-min slots
    static let hall = Venue(id: 8, name: "Gymsal", kind: .gymsal, siteID: 2, kommunedelID: 7, capacity: 60, slotMinutes: 60,
                            pricePolicy: .freeForVoluntary, hourlyRate: .zero)

    /// Thursday evenings 17–22, two hours: the booked and closed ones are skipped, nearest first.
    @Test func listsFittingFreeTimesNearestFirstSkippingBookingsClosuresAndHolidays() {
        let q = FreeSlotQuery(from: CivilDate(iso: "2026-11-26")!, through: CivilDate(iso: "2026-12-31")!, weekday: 4,
                              windowStart: 17 * 60, windowEnd: 22 * 60, duration: 120)
        let taken = VenueRulesTests.booking(Self.at("2026-11-26", 17), Self.at("2026-11-26", 19, 30))
        let cancelled = VenueRulesTests.booking(Self.at("2026-12-03", 17), Self.at("2026-12-03", 22), id: 2, status: .cancelled)
        let closure = Closure(venueID: 8, startsOn: CivilDate(iso: "2026-12-03")!, endsOn: CivilDate(iso: "2026-12-03")!)
        let found = FreeSlotSearch.find(q, venues: [Self.room, Self.hall], bookings: [taken, cancelled], closures: [closure])
        let text = found.map { "\($0.start.date.iso) \($0.start.time.text)-\($0.end.time.text) \($0.venue.id)" }
        #expect(Array(text.prefix(7)) == [
            "2026-11-26 17:00-19:00 8", "2026-11-26 19:00-21:00 8", "2026-11-26 19:30-21:30 7",
            "2026-12-03 17:00-19:00 7", "2026-12-03 19:00-21:00 7",
            "2026-12-10 17:00-19:00 7", "2026-12-10 17:00-19:00 8",
        ])
        #expect(found.first == FreeSlot(venue: Self.hall, start: Self.at("2026-11-26", 17), end: Self.at("2026-11-26", 19)))
        let inWindow = found.allSatisfy { (s: FreeSlot) -> Bool in
            s.start.date.weekday == 4 && s.start.time.minutes >= 17 * 60 && s.end.time.minutes <= 22 * 60
        }
        #expect(inWindow)
        let ordinals = found.map(\.start.ordinal)
        #expect(ordinals == ordinals.sorted(), "nearest first")
        #expect(found.contains { $0.venue.id == 7 && $0.start == Self.at("2026-12-03", 17) }, "a cancelled booking does not hold")
    }

    @Test func stopsAtTheLimitAndRefusesImpossibleWindows() {
        let q = FreeSlotQuery(from: CivilDate(iso: "2026-01-05")!, through: CivilDate(iso: "2026-12-31")!,
                              windowStart: 8 * 60, windowEnd: 22 * 60, duration: 60)
        #expect(FreeSlotSearch.find(q, venues: [Self.room], bookings: [], closures: []).count == 50)
        var short = q
        short.windowEnd = 8 * 60 + 30
        #expect(FreeSlotSearch.find(short, venues: [Self.room], bookings: [], closures: []).isEmpty)
    }
}
