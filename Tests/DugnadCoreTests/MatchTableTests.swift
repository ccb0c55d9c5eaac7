import DugnadCore
import Testing

/// `MatchTable` (scores and hard rules prepared once per request and volunteer) against `MatchScore.score` and
/// `MatchRules.isEligible` pair by pair, on random requests and volunteers that touch every rule and every part
/// of the score.
@Suite struct MatchTableTests {
    static let today = CivilDate(year: 2026, month: 11, day: 26)!
    static let skills = ["besøksvenn", "sjåfør", "leksehjelp", "tolk", "musikk"]

    static func schedule(_ rng: inout SplitMix) -> RequestSchedule {
        let start = Int.random(in: 7...20, using: &rng)
        let from = CivilTime(hour: start)!, to = CivilTime(hour: min(23, start + Int.random(in: 1...3, using: &rng)))!
        let first = today.adding(days: Int.random(in: -20...30, using: &rng))
        if Int.random(in: 0..<3, using: &rng) == 0 { return .once(first, from: from, to: to) }
        let days = (1...7).filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }
        return .weekly(days.isEmpty ? [2] : days, from: from, to: to, starting: first,
                       until: Bool.random(using: &rng) ? first.adding(days: Int.random(in: 0...90, using: &rng)) : nil)
    }

    static func instance(_ rng: inout SplitMix) -> ([VolunteerRequest], [VolunteerSituation], [Int?]) {
        func some<T>(_ list: [T]) -> [T] { list.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 } }
        let requests = (0..<Int.random(in: 1...6, using: &rng)).map { i in
            VolunteerRequest(id: RowID(100 + i), title: "R\(i)", requester: "X",
                             serviceID: Bool.random(using: &rng) ? RowID(Int.random(in: 1...3, using: &rng)) : nil,
                             organisationID: nil, kommunedelID: Int.random(in: 0..<6, using: &rng) == 0 ? nil : RowID(Int.random(in: 1...10, using: &rng)),
                             skills: some(skills), schedule: schedule(&rng), volunteersNeeded: 2,
                             politiattest: [nil, nil, .children, .intellectualDisabilities].randomElement(using: &rng)!,
                             minimumAge: [15, 16, 18, 20].randomElement(using: &rng)!, suitableForMinors: Bool.random(using: &rng),
                             language: [nil, nil, "ar", "en", "so"].randomElement(using: &rng)!,
                             priority: Priority.allCases.randomElement(using: &rng)!, status: .triaged)
        }
        let situations = (0..<Int.random(in: 1...12, using: &rng)).map { i in
            let v = Volunteer(id: RowID(i + 1), name: "V\(i)", birthYear: today.year - Int.random(in: 12...80, using: &rng),
                              kommunedelID: Int.random(in: 0..<6, using: &rng) == 0 ? nil : RowID(Int.random(in: 1...10, using: &rng)),
                              languages: ["nb"] + some(["ar", "en", "so", "pl"]), skills: some(skills),
                              maxHoursPerMonth: [0, 2, 4, 10, 20].randomElement(using: &rng)!,
                              status: [.active, .active, .active, .paused, .left].randomElement(using: &rng)!,
                              parentalConsent: Bool.random(using: &rng),
                              dataConsent: Int.random(in: 0..<5, using: &rng) == 0 ? nil : DataConsent(givenOn: today, purpose: "p"),
                              availability: WeeklyAvailability(bits: Int.random(in: 0..<4, using: &rng) == 0 ? 0 : Int.random(in: 0...WeeklyAvailability.all, using: &rng)))
            let attests = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                PolitiattestSeen(kind: PolitiattestKind.allCases.randomElement(using: &rng)!,
                                 seenOn: today.adding(days: -Int.random(in: -10...900, using: &rng)), seenBy: "anna")
            }
            let commitments = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                Commitment(requestID: Int.random(in: 0..<3, using: &rng) == 0 ? requests.randomElement(using: &rng)!.id : RowID(Int.random(in: 1...50, using: &rng)),
                           schedule: schedule(&rng))
            }
            let good = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                GoodMatch(serviceID: Bool.random(using: &rng) ? RowID(Int.random(in: 1...3, using: &rng)) : nil, skills: some(skills + ["håndverk"]))
            }
            let on = Set(some(requests.map(\.id)).prefix(1))
            return VolunteerSituation(volunteer: v, politiattester: attests, commitments: commitments, requestIDs: on, goodMatches: good)
        }
        let renewal = requests.map { _ in [nil, nil, 0, 12, 36].randomElement(using: &rng)! }
        return (requests, situations, renewal)
    }

    @Test func equalsThePlainScoreAndRulesOnRandomPairs() {
        var rng = SplitMix(state: 2026)
        var candidates = 0, refused = 0
        for round in 0..<600 {
            let (requests, situations, renewal) = Self.instance(&rng)
            let table = MatchTable(requests: requests, situations: situations, renewalMonths: renewal, today: Self.today)
            var expected: [AssignmentOptimizer.Pair] = []
            for (q, r) in requests.enumerated() {
                for (i, s) in situations.enumerated() {
                    let plain = MatchScore.score(r, s).flatMap { score -> Int? in
                        score.total > 0 && MatchRules.isEligible(r, s, today: Self.today, renewalMonths: renewal[q]) ? score.total : nil
                    }
                    #expect(table.score(request: q, volunteer: i) == plain, "round \(round) request \(q) volunteer \(i)")
                    if let plain { expected.append(.init(request: q, volunteer: i, score: plain)) } else { refused += 1 }
                }
            }
            // `candidates` lists exactly those pairs (the skill pools miss nobody).
            #expect(Set(table.candidates()) == Set(expected) && table.candidates().count == expected.count, "round \(round)")
            candidates += expected.count
        }
        #expect(candidates > 300 && refused > 3_000)
    }
}
