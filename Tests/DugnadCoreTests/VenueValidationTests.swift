import Testing
@testable import DugnadCore

@Suite struct OpeningHoursTextTests {
    func t(_ h: Int, _ m: Int = 0) -> CivilTime { CivilTime(hour: h, minute: m)! }

    @Test func readsWhatStaffType() throws {
        let parsed = try OpeningHoursText.parse(" 8-16, 18:00–22 ", slotMinutes: 30).get()
        #expect(parsed == [OpeningHours.Interval(start: t(8), end: t(16)), OpeningHours.Interval(start: t(18), end: t(22))])
        // Sorted, midnight as 24 or 00, 0800 and 8.30 forms.
        #expect(try OpeningHoursText.parse("18-00; 0800-1130", slotMinutes: 30).get()
                == [OpeningHours.Interval(start: t(8), end: t(11, 30)), OpeningHours.Interval(start: t(18), end: .endOfDay)])
        #expect(try OpeningHoursText.parse("8.30-24", slotMinutes: 30).get() == [OpeningHours.Interval(start: t(8, 30), end: .endOfDay)])
        for closed in ["", "  ", "stengt", "Closed", "-"] {
            #expect(try OpeningHoursText.parse(closed, slotMinutes: 30).get() == [])
        }
    }

    @Test func refusesWhatCannotBeOpeningHours() {
        func problem(_ text: String, slot: Int = 30) -> OpeningHoursText.Problem? {
            if case .failure(let p) = OpeningHoursText.parse(text, slotMinutes: slot) { return p }
            return nil
        }
        #expect(problem("8 til 16") == .unreadable("8 til 16"))
        #expect(problem("08-16-18") == .unreadable("08-16-18"))
        #expect(problem("25-26") == .unreadable("25-26"))
        #expect(problem("24-24") == .unreadable("24-24"))
        #expect(problem("16-16") == .endNotAfterStart("16-16"))
        #expect(problem("22-02") == .crossesMidnight("22-02"))
        #expect(problem("08-12, 11:30-14") == .overlap)
        #expect(problem("08-12, 12-14") == nil)          // touching is fine
        #expect(problem("08:15-12") == .offSlotGrid(slotMinutes: 30))
        #expect(problem("08:15-12", slot: 15) == nil)
        #expect(problem("08:30-12", slot: 60) == .offSlotGrid(slotMinutes: 60))
    }

    @Test func formatsBackToTheTypedForm() throws {
        for text in ["08-16, 18-22", "08:30-16", "00-24", ""] {
            #expect(OpeningHoursText.format(try OpeningHoursText.parse(text, slotMinutes: 30).get()) == text)
        }
    }
}

@Suite struct VenueValidationTests {
    func draft(_ change: (inout VenueDraft) -> Void = { _ in }) -> VenueDraft {
        var d = VenueDraft(base: Venue(id: 5, name: "", kind: .moterom, kommunedelID: 0, capacity: 1), name: " Lillesalen ",
                           kommunedelID: 6, capacity: "30", hours: ["08-16", "", "", "", "", "", "stengt"], slotMinutes: 30,
                           pricePolicy: .freeForVoluntary, hourlyRate: "450", subsidisedRate: "", equipment: "projektor, ,kjøkken")
        change(&d)
        return d
    }

    @Test func aGoodDraftBecomesAVenue() throws {
        let v = try VenueValidation.venue(from: draft()).get()
        #expect(v.id == 5 && v.name == "Lillesalen" && v.kommunedelID == 6 && v.capacity == 30)
        #expect(v.openingHours.intervals(on: 1).count == 1 && v.openingHours.intervals(on: 2).isEmpty)
        #expect(v.hourlyRate == Money(kroner: 450) && v.subsidisedRate == .zero)
        #expect(v.equipment == ["projektor", "kjøkken"])
    }

    @Test func everyProblemIsReportedInFormOrder() {
        let result = VenueValidation.venue(from: draft {
            $0.name = "  "
            $0.kommunedelID = nil
            $0.capacity = "tretti"
            $0.hours[2] = "22-02"
            $0.hours[4] = "08-12, 10-14"
            $0.hourlyRate = "fire hundre"
            $0.pricePolicy = .subsidised
            $0.equipment = String(repeating: "x", count: 41)
        })
        guard case .failure(let found) = result else { Issue.record("accepted"); return }
        #expect(found.issues == [
            VenueIssue(.name, .nameMissing), VenueIssue(.kommunedel, .kommunedelMissing),
            VenueIssue(.capacity, .capacityNotANumber), VenueIssue(.hours(weekday: 3), .hours(.crossesMidnight("22-02"))),
            VenueIssue(.hours(weekday: 5), .hours(.overlap)), VenueIssue(.hourlyRate, .amountUnreadable),
            VenueIssue(.subsidisedRate, .rateRequired), VenueIssue(.equipment, .tagTooLong(String(repeating: "x", count: 41))),
        ])
    }

    @Test func ratesFollowThePricePolicy() {
        func issues(_ policy: PricePolicy, hourly: String, subsidised: String = "") -> [VenueIssue] {
            if case .failure(let f) = VenueValidation.venue(from: draft {
                $0.pricePolicy = policy; $0.hourlyRate = hourly; $0.subsidisedRate = subsidised
            }) { return f.issues }
            return []
        }
        #expect(issues(.free, hourly: "") == [])
        #expect(issues(.hourly, hourly: "0") == [VenueIssue(.hourlyRate, .rateRequired)])
        #expect(issues(.freeForVoluntary, hourly: "") == [VenueIssue(.hourlyRate, .rateRequired)])
        #expect(issues(.subsidised, hourly: "", subsidised: "kr 125,50") == [])
    }

    @Test func storedValuesAreCheckedAgain() {
        var v = Venue(name: "Sal", kind: .gymsal, kommunedelID: 1, capacity: 20_000, slotMinutes: 45, pricePolicy: .free)
        v.equipment = (1...31).map { "ting \($0)" }
        #expect(VenueValidation.problems(v) == [
            VenueIssue(.capacity, .capacityOutOfRange(1...10_000)), VenueIssue(.slotMinutes, .slotSize),
            VenueIssue(.equipment, .tooManyTags(30)),
        ])
    }
}

@Suite struct ClosureValidationTests {
    let today = CivilDate(iso: "2026-11-26")!

    @Test func rulesOfAClosure() {
        let ok = Closure(venueID: 1, startsOn: today, endsOn: today, reason: "Valg")
        #expect(ClosureValidation.problems(ok).isEmpty)
        #expect(ClosureValidation.problems(Closure(startsOn: today, endsOn: today, reason: "x")) == [.targetMissing])
        #expect(ClosureValidation.problems(Closure(venueID: 1, siteID: 2, startsOn: today, endsOn: today, reason: "x"))
                == [.targetMissing])
        #expect(ClosureValidation.problems(Closure(siteID: 2, startsOn: today, endsOn: today.adding(days: -1), reason: " "))
                == [.endBeforeStart, .reasonMissing])
        #expect(ClosureValidation.problems(Closure(siteID: 2, startsOn: today, endsOn: today.adding(days: 3660), reason: "x"))
                == [.tooLong(days: 3660)])
        #expect(ClosureValidation.problems(Closure(siteID: 2, startsOn: today, endsOn: today,
                                                   reason: String(repeating: "a", count: 201))) == [.reasonTooLong(200)])
    }

    @Test func listOrderPutsCurrentAndUpcomingFirst() {
        let list = [
            Closure(id: 1, venueID: 1, startsOn: today.adding(days: -30), endsOn: today.adding(days: -29)),
            Closure(id: 2, venueID: 1, startsOn: today.adding(days: 10), endsOn: today.adding(days: 10)),
            Closure(id: 3, venueID: 1, startsOn: today.adding(days: -2), endsOn: today),
            Closure(id: 4, venueID: 1, startsOn: today.adding(days: -10), endsOn: today.adding(days: -9)),
        ]
        #expect(list.sorted(by: Closure.listOrder(today: today)).map(\.id) == [3, 2, 4, 1])
    }
}
