/// Scores and hard rules for many requests × volunteers at once — "match all" scores about a million pairs at
/// scale 1. Each answer is exactly `MatchScore.score(r, s)?.total` when that is positive and
/// `MatchRules.isEligible(r, s)` holds (the tests compare them on random instances); only the work is done
/// once per request and once per volunteer instead of once per pair: skills and languages become bits,
/// kommunedel distances a table, attests a yes/no per volunteer and kind of role.
public struct MatchTable: Sendable {
    public let requests: [VolunteerRequest]
    public let situations: [VolunteerSituation]

    // Requests.
    private let skillStart: [Int]           // request q's skill ids: requestSkills[skillStart[q] ..< skillStart[q + 1]]
    private let requestSkills: [Int]
    private let requestSkillBits: [UInt64]  // `words` per request
    private let slotBits: [Int]
    private let slotCount: [Int]
    private let minutesPerMonth: [Int]
    private let requestPlace: [Int]         // index into the distance table's rows
    private let language: [Int]             // interned id, −1 for none
    private let priorityPoints: [Int]
    private let attestColumn: [Int]         // −1: no attest needed
    private let minimumAge: [Int]
    private let suitableForMinors: [Bool]
    private let serviceID: [RowID?]
    // Volunteers.
    private let words: Int
    private let volunteerSkillBits: [UInt64]
    private let languageWords: Int
    private let volunteerLanguageBits: [UInt64]
    private let volunteerPlace: [Int]
    private let distancePoints: [Int]       // requestPlace × placeCount + volunteerPlace
    private let placeCount: Int
    private let mayTakePart: [Bool]         // active with data consent
    private let age: [Int]
    private let parentalConsent: [Bool]
    private let availabilityBits: [Int]
    private let maximumMinutes: [Int]
    private let hasCommitments: [Bool]
    private let plannedMinutes: [Int]
    private let goodStart: [Int]
    private let goodService: [RowID?]
    private let goodSkillBits: [UInt64]     // `words` per good match
    private let covered: [Bool]             // attestColumn × volunteers
    private let onStart: [Int]              // requests (indexes) volunteer v has or had an assignment on
    private let onRequests: [Int]
    /// Volunteers by request skill id (a request looks only at those who share one).
    private let bySkill: [[Int]]

    /// `renewalMonths[q]`: the politiattest renewal period of request q's service, if any.
    public init(requests: [VolunteerRequest], situations: [VolunteerSituation], renewalMonths: [Int?],
                today: CivilDate) {
        self.requests = requests; self.situations = situations
        var skillID: [String: Int] = [:]
        for r in requests { for s in r.skills where skillID[s] == nil { skillID[s] = skillID.count } }
        let words = max(1, (skillID.count + 63) / 64)
        self.words = words
        var languageID: [String: Int] = [:]
        for r in requests { if let l = r.language, languageID[l] == nil { languageID[l] = languageID.count } }
        languageWords = max(1, (languageID.count + 63) / 64)

        var skillStart = [0], requestSkills: [Int] = [], requestSkillBits = [UInt64](repeating: 0, count: requests.count * words)
        var places: [RowID?: Int] = [:]
        var requestPlace: [Int] = [], attestColumn: [Int] = []
        var columns: [PolitiattestKindAndRenewal: Int] = [:]
        for (q, r) in requests.enumerated() {
            for s in r.skills {
                let id = skillID[s]!
                requestSkills.append(id)
                requestSkillBits[q * words + id / 64] |= 1 << UInt64(id % 64)
            }
            skillStart.append(requestSkills.count)
            if places[r.kommunedelID] == nil { places[r.kommunedelID] = places.count }
            requestPlace.append(places[r.kommunedelID]!)
            if let kind = r.politiattest {
                let key = PolitiattestKindAndRenewal(kind: kind, months: renewalMonths[q])
                if columns[key] == nil { columns[key] = columns.count }
                attestColumn.append(columns[key]!)
            } else {
                attestColumn.append(-1)
            }
        }
        self.skillStart = skillStart; self.requestSkills = requestSkills; self.requestSkillBits = requestSkillBits
        self.requestPlace = requestPlace; self.attestColumn = attestColumn
        slotBits = requests.map { $0.schedule.slots.bits }
        slotCount = requests.map { $0.schedule.slots.slotCount }
        minutesPerMonth = requests.map { $0.schedule.minutesPerMonth }
        language = requests.map { r in r.language.map { languageID[$0]! } ?? -1 }
        minimumAge = requests.map(\.minimumAge)
        suitableForMinors = requests.map(\.suitableForMinors)
        serviceID = requests.map(\.serviceID)
        priorityPoints = requests.map { r in
            switch r.priority { case .low: 0; case .normal: 5; case .high: 10; case .urgent: 20 }
        }

        let n = situations.count
        var volunteerSkillBits = [UInt64](repeating: 0, count: n * words)
        var volunteerLanguageBits = [UInt64](repeating: 0, count: n * languageWords)
        var bySkill = [[Int]](repeating: [], count: skillID.count)
        var volunteerPlaces: [RowID?: Int] = [:]
        var volunteerPlace: [Int] = [], goodStart = [0], goodService: [RowID?] = [], goodSkillBits: [UInt64] = []
        var requestIndexes: [RowID: [Int]] = [:]
        for (q, r) in requests.enumerated() { requestIndexes[r.id, default: []].append(q) }
        var onStart = [0], onRequests: [Int] = []
        for (i, s) in situations.enumerated() {
            let v = s.volunteer
            for skill in v.skills {
                guard let id = skillID[skill] else { continue }
                if volunteerSkillBits[i * words + id / 64] & (1 << UInt64(id % 64)) == 0 { bySkill[id].append(i) }
                volunteerSkillBits[i * words + id / 64] |= 1 << UInt64(id % 64)
            }
            for l in v.languages {
                if let id = languageID[l] { volunteerLanguageBits[i * languageWords + id / 64] |= 1 << UInt64(id % 64) }
            }
            if volunteerPlaces[v.kommunedelID] == nil { volunteerPlaces[v.kommunedelID] = volunteerPlaces.count }
            volunteerPlace.append(volunteerPlaces[v.kommunedelID]!)
            for m in s.goodMatches {
                goodService.append(m.serviceID)
                var bits = [UInt64](repeating: 0, count: words)
                for skill in m.skills { if let id = skillID[skill] { bits[id / 64] |= 1 << UInt64(id % 64) } }
                goodSkillBits += bits
            }
            goodStart.append(goodService.count)
            for id in s.requestIDs { onRequests += requestIndexes[id] ?? [] }
            onStart.append(onRequests.count)
        }
        self.volunteerSkillBits = volunteerSkillBits; self.volunteerLanguageBits = volunteerLanguageBits
        self.bySkill = bySkill; self.volunteerPlace = volunteerPlace
        self.goodStart = goodStart; self.goodService = goodService; self.goodSkillBits = goodSkillBits
        self.onStart = onStart; self.onRequests = onRequests

        placeCount = volunteerPlaces.count
        var distancePoints = [Int](repeating: 0, count: places.count * volunteerPlaces.count)
        for (a, ra) in places { for (b, vb) in volunteerPlaces {
            distancePoints[ra * volunteerPlaces.count + vb] = [15, 10, 5, 0][KommunedelDistance.steps(b, a)]
        } }
        self.distancePoints = distancePoints
        mayTakePart = situations.map { $0.volunteer.status == .active && $0.volunteer.dataConsent != nil }
        age = situations.map { $0.volunteer.age(in: today.year) }
        plannedMinutes = situations.map(\.plannedMinutesPerMonth)
        parentalConsent = situations.map(\.volunteer.parentalConsent)
        availabilityBits = situations.map(\.volunteer.availability.bits)
        maximumMinutes = situations.map { $0.volunteer.maxHoursPerMonth * 60 }
        hasCommitments = situations.map { !$0.commitments.isEmpty }
        var covered = [Bool](repeating: false, count: columns.count * n)
        for (key, column) in columns {
            for (i, s) in situations.enumerated() {
                covered[column * n + i] = PolitiattestRule.covers(s.politiattester, kind: key.kind,
                                                                  renewalMonths: key.months, today: today)
            }
        }
        self.covered = covered
    }

    /// The volunteers worth scoring for request q, each once: those who share one of its skills (everyone
    /// when it asks for none). `stamp` (one entry per volunteer, start with −1) keeps them apart per request.
    public func pool(request q: Int, stamp: inout [Int], _ body: (Int) -> Void) {
        if skillStart[q] == skillStart[q + 1] {
            for i in situations.indices { body(i) }
            return
        }
        for k in skillStart[q]..<skillStart[q + 1] {
            for i in bySkill[requestSkills[k]] where stamp[i] != q { stamp[i] = q; body(i) }
        }
    }

    /// Volunteer i's total score for request q when i may be proposed for it (a shared skill, a positive total,
    /// no hard rule broken), else nil — what `MatchScore.score` and `MatchRules.isEligible` say.
    public func score(request q: Int, volunteer i: Int) -> Int? {
        // A shared skill (or none asked for).
        let first = skillStart[q], end = skillStart[q + 1]
        var matched = 0
        for k in first..<end {
            let id = requestSkills[k]
            if volunteerSkillBits[i * words + id / 64] & (1 << UInt64(id % 64)) != 0 { matched += 1 }
        }
        if end > first && matched == 0 { return nil }
        // The hard rules.
        guard mayTakePart[i] else { return nil }
        let years = age[i]
        if years < MatchRules.youngestVolunteer || years < minimumAge[q] { return nil }
        if years < 18 && (!parentalConsent[i] || !suitableForMinors[q]) { return nil }
        if attestColumn[q] >= 0 && !covered[attestColumn[q] * situations.count + i] { return nil }
        for k in onStart[i]..<onStart[i + 1] where onRequests[k] == q { return nil }
        if hasCommitments[i] {
            let r = requests[q]
            for c in situations[i].commitments where c.requestID != r.id && c.schedule.clashes(with: r.schedule) {
                return nil
            }
        }
        // The score, part by part as in `MatchScore.score`.
        let skills = end == first ? 20 : 40 * matched / (end - first)
        let available = availabilityBits[i]
        let availability = available == 0 || slotBits[q] == 0
            ? 10 : 25 * (slotBits[q] & available).nonzeroBitCount / slotCount[q]
        let distance = distancePoints[requestPlace[q] * placeCount + volunteerPlace[i]]
        var languagePoints = 0
        if language[q] >= 0 {
            let id = language[q]
            languagePoints = volunteerLanguageBits[i * languageWords + id / 64] & (1 << UInt64(id % 64)) != 0 ? 15 : 0
        }
        let maximum = maximumMinutes[i]
        let after = plannedMinutes[i] + minutesPerMonth[q]
        let load = after > maximum ? -30 : (maximum == 0 ? 0 : 10 * (maximum - after) / maximum)
        var good = 0
        for g in goodStart[i]..<goodStart[i + 1] {
            if let service = goodService[g], service == serviceID[q] { good += 1; continue }
            for w in 0..<words where goodSkillBits[g * words + w] & requestSkillBits[q * words + w] != 0 {
                good += 1
                break
            }
        }
        let total = skills + availability + distance + languagePoints + load + min(15, 5 * good) + priorityPoints[q]
        return total > 0 ? total : nil
    }

    /// Every pair that may be proposed, with its score, by request (volunteers in pool order).
    public func candidates() -> [AssignmentOptimizer.Pair] {
        var stamp = [Int](repeating: -1, count: situations.count)
        var result: [AssignmentOptimizer.Pair] = []
        for q in requests.indices {
            pool(request: q, stamp: &stamp) { i in
                if let s = score(request: q, volunteer: i) { result.append(.init(request: q, volunteer: i, score: s)) }
            }
        }
        return result
    }
}

private struct PolitiattestKindAndRenewal: Hashable {
    var kind: PolitiattestKind
    var months: Int?
}
