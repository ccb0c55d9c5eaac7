/// What matching knows about a volunteer besides the profile: attests seen, what they already do, and how
/// earlier tasks went.
public struct VolunteerSituation: Sendable, Hashable {
    public var volunteer: Volunteer
    public var politiattester: [PolitiattestSeen]
    /// Active (proposed or confirmed) assignments: they hold the volunteer's time.
    public var commitments: [Commitment]
    /// Every request the volunteer has or had an assignment on (declined ones too): never proposed twice.
    public var requestIDs: Set<RowID>
    /// Earlier tasks that went well (ended with hours logged, or marked good): service and skills.
    public var goodMatches: [GoodMatch]

    public init(volunteer: Volunteer, politiattester: [PolitiattestSeen] = [], commitments: [Commitment] = [],
                requestIDs: Set<RowID> = [], goodMatches: [GoodMatch] = []) {
        self.volunteer = volunteer; self.politiattester = politiattester; self.commitments = commitments
        self.requestIDs = requestIDs.union(commitments.map(\.requestID)); self.goodMatches = goodMatches
    }

    public var plannedMinutesPerMonth: Int { commitments.reduce(0) { $0 + $1.schedule.minutesPerMonth } }
}

public struct Commitment: Sendable, Hashable {
    public var requestID: RowID
    public var schedule: RequestSchedule
    public init(requestID: RowID, schedule: RequestSchedule) { self.requestID = requestID; self.schedule = schedule }
}

public struct GoodMatch: Sendable, Hashable {
    public var serviceID: RowID?
    public var skills: [String]
    public init(serviceID: RowID?, skills: [String]) { self.serviceID = serviceID; self.skills = skills }
}

/// The hard rules: a volunteer who breaks one is never proposed and never shown as a candidate.
public enum MatchRefusal: Sendable, Hashable {
    case notActive(VolunteerStatus)
    case noDataConsent
    /// Under 15: the municipality does not take volunteers that young.
    case tooYoung(age: Int)
    case belowMinimumAge(age: Int, minimum: Int)
    case minorWithoutParentalConsent
    case minorTaskNotSuitable
    case politiattestNotSeen(PolitiattestKind)
    case clash(requestID: RowID)
    case alreadyOnRequest
}

public enum MatchRules {
    public static let youngestVolunteer = 15

    /// Every hard rule `situation` breaks for `request` (empty: the volunteer may be proposed).
    /// `renewalMonths` is the request's service's politiattest renewal period, if it has one.
    public static func refusals(_ request: VolunteerRequest, _ situation: VolunteerSituation, today: CivilDate,
                                renewalMonths: Int? = nil) -> [MatchRefusal] {
        var found: [MatchRefusal] = []
        let v = situation.volunteer
        if v.status != .active { found.append(.notActive(v.status)) }
        if v.dataConsent == nil { found.append(.noDataConsent) }
        let age = v.age(in: today.year)
        if age < youngestVolunteer { found.append(.tooYoung(age: age)) }
        if age < request.minimumAge { found.append(.belowMinimumAge(age: age, minimum: request.minimumAge)) }
        if v.isMinor(in: today.year) {
            if !v.parentalConsent { found.append(.minorWithoutParentalConsent) }
            if !request.suitableForMinors { found.append(.minorTaskNotSuitable) }
        }
        if let kind = request.politiattest,
           !PolitiattestRule.covers(situation.politiattester, kind: kind, renewalMonths: renewalMonths, today: today) {
            found.append(.politiattestNotSeen(kind))
        }
        if situation.requestIDs.contains(request.id) { found.append(.alreadyOnRequest) }
        for c in situation.commitments where c.requestID != request.id && c.schedule.clashes(with: request.schedule) {
            found.append(.clash(requestID: c.requestID))
            break
        }
        return found
    }

    public static func isEligible(_ request: VolunteerRequest, _ situation: VolunteerSituation, today: CivilDate,
                                  renewalMonths: Int? = nil) -> Bool {
        refusals(request, situation, today: today, renewalMonths: renewalMonths).isEmpty
    }
}
