import DugnadCore
import Testing

private let today = CivilDate(iso: "2026-11-26")!          // a Thursday
private func t(_ h: Int, _ m: Int = 0) -> CivilTime { CivilTime(hour: h, minute: m)! }
private func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

private func volunteer(id: RowID = 1, born: Int = 1980, skills: [String] = ["besøksvenn"], consent: Bool = true,
                       status: VolunteerStatus = .active, parental: Bool = false, kd: RowID? = 6,
                       availability: String = "2a,4a", maxHours: Int = 10, languages: [String] = ["nb"]) -> Volunteer {
    Volunteer(id: id, name: "Kari \(id)", birthYear: born, kommunedelID: kd, phone: "9000000\(id)", languages: languages,
              skills: skills, maxHoursPerMonth: maxHours, status: status, parentalConsent: parental,
              dataConsent: consent ? DataConsent(givenOn: d("2026-01-10"), purpose: DataConsent.standardPurpose) : nil,
              availability: WeeklyAvailability(text: availability)!)
}

private func request(id: RowID = 10, skills: [String] = ["besøksvenn"], kind: PolitiattestKind? = nil, age: Int = 0,
                     minors: Bool = false, schedule: RequestSchedule? = nil, kd: RowID? = 6, language: String? = nil,
                     priority: Priority = .normal, service: RowID? = 3) -> VolunteerRequest {
    VolunteerRequest(id: id, title: "Besøksvenn", requester: "Anne", serviceID: service, organisationID: nil, kommunedelID: kd,
                     skills: skills, schedule: schedule ?? .weekly([2], from: t(14), to: t(16), starting: d("2026-12-01")),
                     volunteersNeeded: 2, politiattest: kind, minimumAge: age, suitableForMinors: minors,
                     language: language, priority: priority, status: .matching)
}

@Suite struct HardRuleTests {
    @Test func anEligibleVolunteerBreaksNoRule() {
        #expect(MatchRules.refusals(request(), VolunteerSituation(volunteer: volunteer()), today: today).isEmpty)
    }

    @Test func eachHardRuleIsRefusedOnItsOwn() {
        func refusals(_ r: VolunteerRequest, _ s: VolunteerSituation, renewal: Int? = nil) -> [MatchRefusal] {
            MatchRules.refusals(r, s, today: today, renewalMonths: renewal)
        }
        #expect(refusals(request(), .init(volunteer: volunteer(status: .paused))) == [.notActive(.paused)])
        #expect(refusals(request(), .init(volunteer: volunteer(status: .left))) == [.notActive(.left)])
        #expect(refusals(request(), .init(volunteer: volunteer(consent: false))) == [.noDataConsent])
        #expect(refusals(request(age: 50), .init(volunteer: volunteer(born: 1980))) == [.belowMinimumAge(age: 46, minimum: 50)])
        #expect(refusals(request(minors: true), .init(volunteer: volunteer(born: 2014, parental: true))) == [.tooYoung(age: 12)])
        // 15–17: parental consent, and only tasks marked suitable.
        #expect(refusals(request(minors: true), .init(volunteer: volunteer(born: 2010, parental: false)))
                == [.minorWithoutParentalConsent])
        #expect(refusals(request(minors: false), .init(volunteer: volunteer(born: 2010, parental: true))) == [.minorTaskNotSuitable])
        #expect(refusals(request(minors: true), .init(volunteer: volunteer(born: 2010, parental: true))).isEmpty)
        // Politiattest: seen for the same kind of role.
        let children = PolitiattestSeen(kind: .children, seenOn: d("2025-03-01"), seenBy: "ola")
        #expect(refusals(request(kind: .children), .init(volunteer: volunteer())) == [.politiattestNotSeen(.children)])
        #expect(refusals(request(kind: .children), .init(volunteer: volunteer(), politiattester: [children])).isEmpty)
        #expect(refusals(request(kind: .intellectualDisabilities), .init(volunteer: volunteer(), politiattester: [children]))
                == [.politiattestNotSeen(.intellectualDisabilities)])
        // Not on a timer — unless the service sets a renewal period.
        #expect(refusals(request(kind: .children), .init(volunteer: volunteer(), politiattester: [children]), renewal: 24).isEmpty)
        #expect(refusals(request(kind: .children), .init(volunteer: volunteer(), politiattester: [children]), renewal: 12)
                == [.politiattestNotSeen(.children)])
        // Already proposed or declined for this request.
        #expect(refusals(request(), .init(volunteer: volunteer(), requestIDs: [10])) == [.alreadyOnRequest])
        // A clash with an existing weekly assignment.
        let tuesdays = Commitment(requestID: 77, schedule: .weekly([2], from: t(15), to: t(17), starting: d("2026-09-01")))
        #expect(refusals(request(), .init(volunteer: volunteer(), commitments: [tuesdays])) == [.clash(requestID: 77)])
        let wednesdays = Commitment(requestID: 78, schedule: .weekly([3], from: t(15), to: t(17), starting: d("2026-09-01")))
        #expect(refusals(request(), .init(volunteer: volunteer(), commitments: [wednesdays])).isEmpty)
    }

    @Test func rankingNeverListsAVolunteerWhoBreaksARule() {
        let ok = VolunteerSituation(volunteer: volunteer(id: 1))
        let noAttest = VolunteerSituation(volunteer: volunteer(id: 2))
        let seen = VolunteerSituation(volunteer: volunteer(id: 3),
                                      politiattester: [.init(kind: .children, seenOn: d("2026-02-01"), seenBy: "ola")])
        let ranked = CandidateRanking.rank(request(kind: .children), [ok, noAttest, seen], today: today)
        #expect(ranked.map(\.volunteer.id) == [3])
        #expect(CandidateRanking.rank(request(), [ok, noAttest, seen], today: today).count == 3)
    }
}

@Suite struct WeeklyClashTests {
    @Test func weeklyPatternsClashOnlyWhenTheyMeet() {
        let tue14 = RequestSchedule.weekly([2], from: t(14), to: t(16), starting: d("2026-12-01"))
        // Same weekday, overlapping and touching times.
        #expect(tue14.clashes(with: .weekly([2], from: t(15), to: t(17), starting: d("2026-01-06"))))
        #expect(!tue14.clashes(with: .weekly([2], from: t(16), to: t(18), starting: d("2026-01-06"))))
        // Another weekday, or a pattern that ended before this one starts.
        #expect(!tue14.clashes(with: .weekly([1, 3], from: t(14), to: t(16), starting: d("2026-01-05"))))
        #expect(!tue14.clashes(with: .weekly([2], from: t(14), to: t(16), starting: d("2026-01-06"), until: d("2026-11-24"))))
        #expect(tue14.clashes(with: .weekly([2], from: t(14), to: t(16), starting: d("2026-01-06"), until: d("2026-12-01"))))
        // A short overlap of the date ranges that holds no shared weekday.
        let monFri = RequestSchedule.weekly([1, 5], from: t(14), to: t(16), starting: d("2026-11-30"), until: d("2026-12-04"))
        #expect(!monFri.clashes(with: .weekly([2, 3], from: t(14), to: t(16), starting: d("2026-12-01"), until: d("2026-12-03"))))
        #expect(monFri.clashes(with: .weekly([2, 5], from: t(14), to: t(16), starting: d("2026-12-01"), until: d("2026-12-05"))))
        // One-off dates against a weekly pattern.
        #expect(tue14.clashes(with: .once(d("2026-12-08"), from: t(13), to: t(14, 30))))
        #expect(!tue14.clashes(with: .once(d("2026-11-24"), from: t(13), to: t(15))))   // before it starts
        #expect(!tue14.clashes(with: .once(d("2026-12-09"), from: t(14), to: t(16))))   // a Wednesday
        #expect(RequestSchedule.once(d("2026-12-24"), from: t(13), to: t(19))
                    .clashes(with: .once(d("2026-12-24"), from: t(18), to: t(20))))
    }

    @Test func clashIsSymmetricOnRandomPatterns() {
        var rng = SplitMix(state: 3)
        func random() -> RequestSchedule {
            let first = today.adding(days: Int.random(in: 0...30, using: &rng))
            let start = Int.random(in: 8...20, using: &rng)
            if Bool.random(using: &rng) { return .once(first, from: t(start), to: t(start + Int.random(in: 1...3, using: &rng))) }
            let days = (1...7).filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
            return .weekly(days.isEmpty ? [1] : days, from: t(start), to: t(start + 2), starting: first,
                           until: Bool.random(using: &rng) ? first.adding(days: Int.random(in: 0...20, using: &rng)) : nil)
        }
        for _ in 0..<500 {
            let a = random(), b = random()
            // The brute-force answer: some date in the next 60 days where both occur at overlapping times.
            let meet = (0..<60).contains { a.occurs(on: today.adding(days: $0)) && b.occurs(on: today.adding(days: $0)) }
                && a.start < b.end && b.start < a.end
            #expect(a.clashes(with: b) == meet)
            #expect(b.clashes(with: a) == meet)
        }
    }
}

@Suite struct MatchScoreTests {
    @Test func theBreakdownAddsUpAndEachPartResponds() {
        let s = MatchScore.score(request(), VolunteerSituation(volunteer: volunteer()))!
        // Skills all (40), Tuesday afternoon covered (25), same kommunedel (15), no language asked (0),
        // load: 2 h × 4.35 of 10 h → 10 × (600 − 522) / 600 = 1, no history, normal priority (5).
        #expect(s == MatchScore(skills: 40, availability: 25, distance: 15, language: 0, load: 1, history: 0, priority: 5))
        #expect(s.total == 86)
        #expect(MatchScore.score(request(skills: ["besøksvenn", "sjåfør"]), .init(volunteer: volunteer()))!.skills == 20)
        #expect(MatchScore.score(request(skills: ["sjåfør"]), .init(volunteer: volunteer())) == nil)
        #expect(MatchScore.score(request(), .init(volunteer: volunteer(availability: "3e")))!.availability == 0)
        #expect(MatchScore.score(request(), .init(volunteer: volunteer(availability: "")))!.availability == 10)
        #expect(MatchScore.score(request(kd: 7), .init(volunteer: volunteer(kd: 6)))!.distance == 10)
        #expect(MatchScore.score(request(kd: 10), .init(volunteer: volunteer(kd: 1)))!.distance == 0)
        #expect(MatchScore.score(request(language: "ar"), .init(volunteer: volunteer(languages: ["nb", "ar"])))!.language == 15)
        #expect(MatchScore.score(request(language: "ar"), .init(volunteer: volunteer()))!.language == 0)
        #expect(MatchScore.score(request(), .init(volunteer: volunteer(maxHours: 5)))!.load == -30)
        let history = [GoodMatch(serviceID: 3, skills: []), GoodMatch(serviceID: nil, skills: ["besøksvenn"]),
                       GoodMatch(serviceID: 4, skills: ["sjåfør"])]
        #expect(MatchScore.score(request(), .init(volunteer: volunteer(), goodMatches: history))!.history == 10)
        #expect(MatchScore.score(request(priority: .urgent), .init(volunteer: volunteer()))!.priority == 20)
    }

    @Test func kommunedelDistancesAreSymmetricAndSmall() {
        for a in 1...10 { for b in 1...10 {
            let s = KommunedelDistance.steps(RowID(a), RowID(b))
            #expect(s == KommunedelDistance.steps(RowID(b), RowID(a)))
            #expect((a == b) == (s == 0) && (0...3).contains(s))
        } }
        #expect(KommunedelDistance.steps(nil, 3) == 2)
    }

    @Test func availabilityTextRoundTrips() {
        let a = WeeklyAvailability(text: "1m,2ae,7e")!
        #expect(a.text == "1m,2a,2e,7e" && a.slotCount == 4)
        #expect(WeeklyAvailability(text: "8m") == nil && WeeklyAvailability(text: "1x") == nil)
        #expect(DayPart.parts(from: t(11), to: t(13)) == [.morning, .afternoon])
    }
}

@Suite struct RequestWorkflowTests {
    @Test func stepsFollowTheLifeOfARequest() {
        #expect(RequestWorkflow.apply(.triage, to: .new) == .triaged)
        #expect(RequestWorkflow.apply(.startMatching, to: .triaged) == .matching)
        #expect(RequestWorkflow.apply(.fill, to: .matching) == .filled)
        #expect(RequestWorkflow.apply(.complete, to: .filled) == .completed)
        #expect(RequestWorkflow.apply(.reject, to: .new) == .cancelled)
        #expect(RequestWorkflow.apply(.sendBack, to: .triaged) == .new)
        #expect(RequestWorkflow.apply(.triage, to: .completed) == nil)
        #expect(RequestWorkflow.apply(.cancel, to: .cancelled) == nil)
        #expect(RequestWorkflow.needsReason(.reject) && !RequestWorkflow.needsReason(.triage))
    }

    @Test func confirmationOfPurposeNamesTheRightLaw() {
        let children = PolitiattestRule.confirmationOfPurpose(volunteerName: "Kari Nordmann", birthYear: 1990, kind: .children,
                                                              task: "Leksehjelp", organisation: "Drammensbiblioteket",
                                                              contact: "Anne Berg", date: today)
        #expect(children.contains("politiregisterloven § 39 første ledd") && children.contains("Kari Nordmann (født 1990)"))
        #expect(children.contains("26.11.2026"))
        let disability = PolitiattestRule.confirmationOfPurpose(volunteerName: "Ola", birthYear: 1970, kind: .intellectualDisabilities,
                                                                task: "Turvenn", organisation: "Bofellesskapet Konnerud",
                                                                contact: "Per", date: today)
        #expect(disability.contains("helse- og omsorgstjenesteloven § 5-4") && disability.contains("utviklingshemming"))
        #expect(!disability.contains("§ 39"))
    }
}

@Suite struct CrisisListTests {
    @Test func listsActiveAdultsAvailableThatDayWithThePhone() {
        let thursday = today
        let people = [volunteer(id: 1, skills: ["sjåfør"], availability: "4m"), volunteer(id: 2, skills: ["sjåfør"], availability: "3m"),
                      volunteer(id: 3, skills: ["sjåfør"], status: .paused, availability: "4m"),
                      volunteer(id: 4, born: 2010, skills: ["sjåfør"], parental: true, availability: "4m"),
                      volunteer(id: 5, skills: ["matlaging"], availability: "4e"), volunteer(id: 6, skills: ["sjåfør"], kd: 10, availability: "")]
        #expect(CrisisQuery(day: thursday, skills: ["sjåfør"]).list(people).map(\.id) == [1, 6])
        #expect(CrisisQuery(day: thursday, skills: ["sjåfør"], kommunedelIDs: [10]).list(people).map(\.id) == [6])
        #expect(CrisisQuery(day: thursday).list(people).map(\.id) == [1, 5, 6])
        #expect(CrisisQuery(day: thursday, part: .evening).list(people).map(\.id) == [5, 6])
    }
}
