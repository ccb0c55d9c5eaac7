/// A candidate's score, part by part, in whole points (shown to the coordinator as it is summed).
public struct MatchScore: Sendable, Hashable, Codable {
    /// Up to 40: the share of the requested skills the volunteer has.
    public var skills: Int
    /// Up to 25: the share of the task's weekday × day-part slots the volunteer is available in.
    public var availability: Int
    /// 15 same kommunedel, 10 neighbour, 5 one between, 0 across.
    public var distance: Int
    /// 15 when the request asks for a language the volunteer speaks.
    public var language: Int
    /// Up to 10 for room under the monthly maximum; −30 when the task would go over it.
    public var load: Int
    /// 5 per earlier good match with the same service or skill, at most 15.
    public var history: Int
    /// The request's priority: 0 low, 5 normal, 10 high, 20 urgent (so "match all" fills urgent ones first).
    public var priority: Int

    public var total: Int { skills + availability + distance + language + load + history + priority }

    public init(skills: Int, availability: Int, distance: Int, language: Int, load: Int, history: Int, priority: Int) {
        self.skills = skills; self.availability = availability; self.distance = distance; self.language = language
        self.load = load; self.history = history; self.priority = priority
    }

    /// The score of `situation` for `request`, or nil when the volunteer has none of the requested skills
    /// (no shared skill: not a candidate). Hard rules are checked separately (`MatchRules`).
    public static func score(_ request: VolunteerRequest, _ situation: VolunteerSituation) -> MatchScore? {
        let v = situation.volunteer
        let matched = request.skills.reduce(0) { $0 + (v.skills.contains($1) ? 1 : 0) }
        if !request.skills.isEmpty && matched == 0 { return nil }
        let skills = request.skills.isEmpty ? 20 : 40 * matched / request.skills.count

        let needed = request.schedule.slots
        let availability: Int
        if v.availability.isEmpty || needed.isEmpty {
            availability = 10              // not told: neither for nor against
        } else {
            availability = 25 * (needed.bits & v.availability.bits).nonzeroBitCount / needed.slotCount
        }

        let distance = [15, 10, 5, 0][KommunedelDistance.steps(v.kommunedelID, request.kommunedelID)]
        let language = request.language.map { v.languages.contains($0) ? 15 : 0 } ?? 0

        let maximum = v.maxHoursPerMonth * 60
        let after = situation.plannedMinutesPerMonth + request.schedule.minutesPerMonth
        let load = after > maximum ? -30 : (maximum == 0 ? 0 : 10 * (maximum - after) / maximum)

        let good = situation.goodMatches.filter { m in
            (m.serviceID != nil && m.serviceID == request.serviceID) || m.skills.contains(where: request.skills.contains)
        }.count
        let history = min(15, 5 * good)

        let priority = switch request.priority { case .low: 0; case .normal: 5; case .high: 10; case .urgent: 20 }
        return MatchScore(skills: skills, availability: availability, distance: distance, language: language,
                          load: load, history: history, priority: priority)
    }
}

/// A volunteer who may be proposed for a request, with the score explained.
public struct MatchCandidate: Sendable, Hashable {
    public var volunteer: Volunteer
    public var score: MatchScore
    public init(volunteer: Volunteer, score: MatchScore) { self.volunteer = volunteer; self.score = score }
}

public enum CandidateRanking {
    /// The eligible volunteers with a positive score, best first (ties: lower id first).
    public static func rank(_ request: VolunteerRequest, _ situations: [VolunteerSituation], today: CivilDate,
                            renewalMonths: Int? = nil) -> [MatchCandidate] {
        var result: [MatchCandidate] = []
        for s in situations {
            guard let score = MatchScore.score(request, s), score.total > 0,
                  MatchRules.isEligible(request, s, today: today, renewalMonths: renewalMonths) else { continue }
            result.append(MatchCandidate(volunteer: s.volunteer, score: score))
        }
        return result.sorted { ($0.score.total, -$0.volunteer.id) > ($1.score.total, -$1.volunteer.id) }
    }
}
