import Testing
@testable import DugnadCore

@Suite struct QuickBookingTests {
    static let today = CivilDate(iso: "2026-12-01")!   // a Tuesday
    static func parse(_ line: String) -> Result<QuickBooking, QuickBooking.Problem> {
        QuickBooking.parse(line, today: today, kommunedeler: ReferenceData.kommunedeler, sites: ReferenceData.sites)
    }
    static func id(_ kommunedel: String) -> RowID { ReferenceData.kommunedeler.first { $0.name == kommunedel }!.id }

    @Test func readsDayTimePeopleKindAndPlaceInAnyOrderInBothLanguages() throws {
        let a = try Self.parse("tor 18-20 20 Fjell").get()
        #expect(a.date == CivilDate(iso: "2026-12-03") && a.start == CivilTime(hour: 18) && a.end == CivilTime(hour: 20))
        #expect(a.attendees == 20 && a.kind == nil && a.kommunedelID == Self.id("Fjell/Danvik") && a.purpose.isEmpty)
        let b = try Self.parse("i morgen 10-12 8 pers møterom Strømsø").get()
        #expect(b.date == CivilDate(iso: "2026-12-02") && b.attendees == 8 && b.kind == .moterom)
        #expect(b.kommunedelID == Self.id("Strømsø/Tangen"))
        let c = try Self.parse("26.11 17:30-19 idrettshall Konnerud").get()
        #expect(c.date == CivilDate(iso: "2026-11-26") && c.start == CivilTime(hour: 17, minute: 30) && c.end == CivilTime(hour: 19))
        #expect(c.kind == .idrettshall && c.kommunedelID == Self.id("Konnerud") && c.attendees == nil)
        // Another order, English words, step-free, and left-over words become the purpose.
        let d = try Self.parse("Konnerud meeting room 12 people 9-11 thursday wheelchair styremøte").get()
        #expect(d.date == CivilDate(iso: "2026-12-03") && d.kind == .moterom && d.attendees == 12 && d.stepFree)
        #expect(d.kommunedelID == Self.id("Konnerud") && d.purpose == "styremøte")
        // No day: today; "+3" as quick add takes it.
        #expect(try Self.parse("18-20 5").get().date == Self.today)
        #expect(try Self.parse("+3 18-20").get().date == Self.today.adding(days: 3))
    }

    @Test func saysWhatIsMissingOrWrong() {
        #expect(Self.parse("") == .failure(.empty))
        #expect(Self.parse("tor 20 Fjell") == .failure(.missingTime))
        #expect(Self.parse("tor 20-18 Fjell") == .failure(.badTimeRange("20-18")))
    }

    @Test func ranksByPlaceThenFitThenPrice() throws {
        let q = try Self.parse("tor 18-20 20 Fjell").get()
        let fjell = Self.id("Fjell/Danvik"), other = Self.id("Konnerud")
        func room(_ id: RowID, _ name: String, _ k: RowID, _ capacity: Int, rate: Int = 0) -> FreeSlot {
            let v = Venue(id: id, name: name, kind: .moterom, kommunedelID: k, capacity: capacity, pricePolicy: .hourly,
                          hourlyRate: Money(kroner: Int64(rate)))
            return FreeSlot(venue: v, start: CivilDateTime(date: q.date, time: q.start), end: CivilDateTime(date: q.date, time: q.end))
        }
        let slots = [room(1, "Hall 290", fjell, 290), room(2, "Far 25", other, 25), room(3, "Rom 30 dyrt", fjell, 30, rate: 300),
                     room(4, "Rom 24", fjell, 24, rate: 100), room(5, "Rom 60", fjell, 60)]
        let ranked = q.rank(slots) { $0.hourlyRate }.map(\.venue.name)
        // Near and the right size first (cheaper first), a size too big later, the far one last.
        #expect(ranked == ["Rom 24", "Rom 30 dyrt", "Rom 60", "Hall 290", "Far 25"])
        // The question asks for exactly that time, with enough seats.
        #expect(q.query.duration == 120 && q.query.windowStart == 18 * 60 && q.query.filter.minimumCapacity == 20)
    }

    @Test func clubNamesAreShortenedTheWayClubsWriteThem() {
        #expect(BookingParty(id: 1, name: "Fjell Volleyballklubb").shortName == "Fjell VBK")
        #expect(BookingParty(id: 1, name: "Konnerud Idrettslag").shortName == "Konnerud IL")
        #expect(BookingParty(id: 1, name: "Strømsø").shortName == "Strømsø")
    }

    @Test func dateFieldsTakeWeekdaysAsQuickAddDoes() {
        #expect(DateInput.parseDate("tor", today: Self.today) == CivilDate(iso: "2026-12-03"))
        #expect(DateInput.parseDate("tirsdag", today: Self.today) == Self.today)
        #expect(DateInput.parseDate("Fri", today: Self.today) == CivilDate(iso: "2026-12-04"))
        #expect(DateInput.parseDate("i morgen", today: Self.today) == CivilDate(iso: "2026-12-02"))
        #expect(DateInput.parseDate("+3", today: Self.today) == CivilDate(iso: "2026-12-04"))
        #expect(DateInput.parseDate("torsk", today: Self.today) == nil)
    }
}
