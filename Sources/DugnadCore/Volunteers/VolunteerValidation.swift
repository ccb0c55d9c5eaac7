/// Why a volunteer, request, assignment or hours entry was refused (nothing was saved).
public enum VolunteerProblem: Sendable, Hashable {
    case missingName
    case badBirthYear(Int)
    /// Under 15 in the current year.
    case tooYoung(age: Int)
    /// Consent to store the data (date and purpose) is required to register.
    case noDataConsent
    case minorWithoutParentalConsent
    case unknownSkill(String)
    case badMaxHours(Int)
    case missingTitle
    case badSchedule
    case badNeeded(Int)
    case reasonRequired
    case stepNotAllowed(RequestWorkflow.Step, RequestStatus)
    /// The volunteer breaks a hard rule for the request.
    case matchRefused([MatchRefusal])
    case assignmentNotIn(AssignmentStatus)
    case badHours(Int)
    case alreadyErased
    case badSkillName(String)
}

public enum VolunteerValidation {
    /// The problems of a volunteer to be registered or saved in `year`; `knownSkills` is the vocabulary.
    public static func problems(_ v: Volunteer, year: Int, knownSkills: Set<String>) -> [VolunteerProblem] {
        var found: [VolunteerProblem] = []
        if v.name.trimmingWhitespace().isEmpty { found.append(.missingName) }
        if !(1900...year).contains(v.birthYear) { found.append(.badBirthYear(v.birthYear)) }
        else if v.age(in: year) < MatchRules.youngestVolunteer { found.append(.tooYoung(age: v.age(in: year))) }
        if v.dataConsent == nil || v.dataConsent!.purpose.trimmingWhitespace().isEmpty { found.append(.noDataConsent) }
        if v.isMinor(in: year) && !v.parentalConsent && v.age(in: year) >= MatchRules.youngestVolunteer {
            found.append(.minorWithoutParentalConsent)
        }
        for s in v.skills where !knownSkills.contains(s) { found.append(.unknownSkill(s)) }
        if !(0...744).contains(v.maxHoursPerMonth) { found.append(.badMaxHours(v.maxHoursPerMonth)) }
        return found
    }

    public static func problems(_ r: VolunteerRequest, knownSkills: Set<String>) -> [VolunteerProblem] {
        var found: [VolunteerProblem] = []
        if r.title.trimmingWhitespace().isEmpty { found.append(.missingTitle) }
        if !r.schedule.isValid { found.append(.badSchedule) }
        if !(1...500).contains(r.volunteersNeeded) { found.append(.badNeeded(r.volunteersNeeded)) }
        for s in r.skills where !knownSkills.contains(s) { found.append(.unknownSkill(s)) }
        return found
    }

    /// A skill name the vocabulary can hold (stored in comma lists: no commas, quotes or backslashes).
    public static func isValidSkillName(_ name: String) -> Bool {
        let t = name.trimmingWhitespace()
        return !t.isEmpty && t.count <= 40 && !t.contains(where: { $0 == "," || $0 == "\"" || $0 == "\\" })
    }
}
