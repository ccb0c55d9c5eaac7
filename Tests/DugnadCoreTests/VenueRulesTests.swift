import Testing
@testable import DugnadCore

@Suite struct VenueRulesTests {
    static func at(_ iso: String, _ h: Int, _ m: Int = 0) -> CivilDateTime {
        CivilDateTime(date: CivilDate(iso: iso)!, time: CivilTime(hour: h, minute: m)!)
    }

    static let room = Venue(id: 7, name: "Møterom 1", kind: .moterom, siteID: 1, kommunedelID: 6, capacity: 20,
                            slotMinutes: 30, pricePolicy: .freeForVoluntary, hourlyRate: Money(kroner: 250))

    static func booking(_ start: CivilDateTime, _ end: CivilDateTime, id: RowID = 1, status: BookingStatus = .confirmed) -> Booking {
        Booking(id: id, venueID: 7, start: start, end: end, status: status, bookerName: "Konnerud IL", purpose: "", attendees: 10)
    }

    func conflicts(_ s: CivilDateTime, _ e: CivilDateTime, attendees: Int = 10, venue: Venue = room,
                   existing: [Booking] = [], closures: [Closure] = []) -> [BookingConflict] {
        BookingRules.conflicts(venue: venue, start: s, end: e, attendees: attendees, existing: existing, closures: closures)
    }

    @Test func touchingEndAndStartIsNoConflictOverlapIs() {
        let existing = [Self.booking(Self.at("2026-11-26", 16), Self.at("2026-11-26", 18))]
        #expect(conflicts(Self.at("2026-11-26", 18), Self.at("2026-11-26", 20), existing: existing).isEmpty)
        #expect(conflicts(Self.at("2026-11-26", 14), Self.at("2026-11-26", 16), existing: existing).isEmpty)
        #expect(conflicts(Self.at("2026-11-26", 17, 30), Self.at("2026-11-26", 19), existing: existing)
                == [.overlaps(bookerName: "Konnerud IL", start: CivilTime(hour: 16)!, end: CivilTime(hour: 18)!)])
        // Cancelled bookings do not hold the room.
        let cancelled = [Self.booking(Self.at("2026-11-26", 16), Self.at("2026-11-26", 18), status: .cancelled)]
        #expect(conflicts(Self.at("2026-11-26", 17), Self.at("2026-11-26", 19), existing: cancelled).isEmpty)
    }

    @Test func closuresOfVenueOrSiteBlock() {
        let d = CivilDate(iso: "2026-11-26")!
        let site = Closure(siteID: 1, startsOn: d.adding(days: -1), endsOn: d, reason: "Vannlekkasje")
        #expect(conflicts(Self.at("2026-11-26", 18), Self.at("2026-11-26", 20), closures: [site]) == [.closed(reason: "Vannlekkasje")])
        let other = Closure(venueID: 8, startsOn: d, endsOn: d, reason: "Maling")
        #expect(conflicts(Self.at("2026-11-26", 18), Self.at("2026-11-26", 20), closures: [other]).isEmpty)
        #expect(conflicts(Self.at("2026-11-27", 18), Self.at("2026-11-27", 20), closures: [site]).isEmpty)
    }

    @Test func openingHoursSlotsHolidaysCapacity() {
        #expect(conflicts(Self.at("2026-11-26", 21), Self.at("2026-11-26", 23)) == [.outsideOpeningHours])
        #expect(conflicts(Self.at("2026-11-26", 18, 15), Self.at("2026-11-26", 19)) == [.offSlotGrid(slotMinutes: 30)])
        #expect(conflicts(Self.at("2026-12-25", 18), Self.at("2026-12-25", 19)) == [.holiday(.christmasDay)])
        #expect(conflicts(Self.at("2026-11-26", 18), Self.at("2026-11-26", 19), attendees: 21) == [.overCapacity(capacity: 20)])
        #expect(conflicts(Self.at("2026-11-26", 19), Self.at("2026-11-26", 18)) == [.endNotAfterStart])
    }

    @Test func acrossMidnightIsRefusedMidnightItselfIsFine() {
        var late = Self.room
        late.openingHours = OpeningHours(days: Array(repeating: [.init(start: CivilTime(hour: 18)!, end: .endOfDay)], count: 7))
        #expect(conflicts(Self.at("2026-11-26", 22), Self.at("2026-11-27", 0), venue: late).isEmpty)
        #expect(conflicts(Self.at("2026-11-26", 23), Self.at("2026-11-27", 1), venue: late) == [.spansMidnight])
        #expect(!OpeningHours.isValid(.init(start: CivilTime(hour: 22)!, end: CivilTime(hour: 2)!)))
        #expect(OpeningHours.isValid(.init(start: CivilTime(hour: 22)!, end: .endOfDay)))
    }

    @Test func daylightSavingDays() {
        var allDay = Self.room
        allDay.openingHours = OpeningHours(days: Array(repeating: [.init(start: .midnight, end: .endOfDay)], count: 7))
        allDay.pricePolicy = .hourly
        // 29 March 2026: 02:00–03:00 does not exist; 01:00–04:00 lasts two real hours.
        #expect(conflicts(Self.at("2026-03-29", 2, 30), Self.at("2026-03-29", 4), venue: allDay) == [.nonexistentTime])
        #expect(OsloClock.elapsedMinutes(from: Self.at("2026-03-29", 1), to: Self.at("2026-03-29", 4)) == 120)
        #expect(PriceRule.price(venue: allDay, start: Self.at("2026-03-29", 1), end: Self.at("2026-03-29", 4),
                                organisationInFrivillighetsregisteret: false) == Money(kroner: 500))
        // 25 October 2026: 02:00–03:00 happens twice; 01:00–04:00 lasts four real hours.
        #expect(conflicts(Self.at("2026-10-25", 2, 30), Self.at("2026-10-25", 4), venue: allDay).isEmpty)
        #expect(OsloClock.elapsedMinutes(from: Self.at("2026-10-25", 1), to: Self.at("2026-10-25", 4)) == 240)
        // Civil times stay civil: the overlap rule ignores the jump.
        let existing = [Self.booking(Self.at("2026-10-25", 1), Self.at("2026-10-25", 3))]
        #expect(conflicts(Self.at("2026-10-25", 3), Self.at("2026-10-25", 5), venue: allDay, existing: existing).isEmpty)
        #expect(OsloClock.offsetMinutes(at: Self.at("2026-07-01", 12)) == 120)
        #expect(OsloClock.offsetMinutes(at: Self.at("2026-11-26", 12)) == 60)
    }

    @Test func priceByPolicyIsOreExact() {
        var v = Self.room
        let (s, e) = (Self.at("2026-11-26", 18), Self.at("2026-11-26", 20, 30))
        #expect(PriceRule.price(venue: v, start: s, end: e, organisationInFrivillighetsregisteret: true) == .zero)
        #expect(PriceRule.price(venue: v, start: s, end: e, organisationInFrivillighetsregisteret: false) == Money(ore: 62_500))
        v.pricePolicy = .subsidised
        v.subsidisedRate = Money(ore: 12_345)
        v.slotMinutes = 15
        #expect(PriceRule.price(venue: v, start: s, end: Self.at("2026-11-26", 18, 15),
                                organisationInFrivillighetsregisteret: true) == Money(ore: 3_086))
        #expect(Money(ore: 125_000).formatted == "kr 1 250,00")
        v.pricePolicy = .free
        #expect(PriceRule.price(venue: v, start: s, end: e, organisationInFrivillighetsregisteret: false) == .zero)
    }

    @Test func weeklySeriesExpansion() {
        let thursday = CivilDate(iso: "2026-11-26")!
        let season = WeeklySeries(firstDate: thursday, weekdays: [4], until: CivilDate(iso: "2027-01-14")!)
        let dates = season.dates()
        #expect(dates.first == thursday)
        #expect(dates.last == CivilDate(iso: "2027-01-14")!)
        #expect(dates.count == 8)
        #expect(dates.allSatisfy { $0.weekday == 4 })
        let holidays = dates.filter(NorwegianHolidays.isHoliday)
        #expect(holidays.isEmpty)   // 24 and 31 December are Thursdays but not public holidays
        let twice = WeeklySeries(firstDate: thursday, weekdays: [2, 4], interval: 2, count: 5).dates().map(\.iso)
        #expect(twice == ["2026-11-26", "2026-12-08", "2026-12-10", "2026-12-22", "2026-12-24"])
        #expect(WeeklySeries(firstDate: thursday, weekdays: [], count: 3).dates().isEmpty)
        let easter = WeeklySeries(firstDate: CivilDate(iso: "2027-03-18")!, weekdays: [4], count: 3).dates()
        #expect(easter.filter(NorwegianHolidays.isHoliday).map(\.iso) == ["2027-03-25"])   // skjærtorsdag
    }

    @Test func cellStatesAndAccessCodes() {
        let d = CivilDate(iso: "2026-11-26")!
        let day = VenueDay(venue: Self.room, date: d, bookings: [
            Self.booking(Self.at("2026-11-26", 17), Self.at("2026-11-26", 19), id: 3),
            Self.booking(Self.at("2026-11-26", 19), Self.at("2026-11-26", 20), id: 4, status: .requested),
        ])
        #expect(day.state(ofColumn: 0) == .outside)
        #expect(day.state(ofColumn: 16) == .free)
        #expect(day.state(ofColumn: 34) == .booked(3))
        #expect(day.state(ofColumn: 38) == .requested(4))
        #expect(day.state(ofColumn: 40) == .free)
        let christmas = VenueDay(venue: Self.room, date: CivilDate(iso: "2026-12-25")!)
        #expect(christmas.state(ofColumn: 36) == .holiday)
        var hourly = Self.room
        hourly.slotMinutes = 60
        #expect(VenueDay(venue: hourly, date: d).slotAligned(firstColumn: 37, lastColumn: 36) == (1080, 1140))
        let v = AccessCode.validity(start: Self.at("2026-11-26", 18), end: Self.at("2026-11-26", 20))
        #expect(v.from == Self.at("2026-11-26", 17, 45) && v.to == Self.at("2026-11-26", 20, 15))
        #expect(AccessCode.validitiesOverlap((Self.at("2026-11-26", 18), Self.at("2026-11-26", 20)),
                                             (Self.at("2026-11-26", 20, 15), Self.at("2026-11-26", 21))))
        #expect(!AccessCode.validitiesOverlap((Self.at("2026-11-26", 18), Self.at("2026-11-26", 20)),
                                              (Self.at("2026-11-26", 20, 30), Self.at("2026-11-26", 21))))
        #expect(AccessCode.code(from: 42) == "000042")
    }
}
