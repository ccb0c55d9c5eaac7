/// A person who volunteers through the municipality.
public struct Volunteer: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var birthYear: Int
    public var kommunedelID: RowID?
    public var phone: String
    public var email: String
    public var languages: [String]
    public var skills: [String]
    public var maxHoursPerMonth: Int
    public var status: VolunteerStatus
    public var parentalConsent: Bool
    public var confidentialitySigned: Bool
    public var introCourseDone: Bool

    public init(id: RowID = 0, name: String, birthYear: Int, kommunedelID: RowID?, phone: String = "",
                email: String = "", languages: [String] = ["nb"], skills: [String] = [], maxHoursPerMonth: Int = 10,
                status: VolunteerStatus = .active, parentalConsent: Bool = false,
                confidentialitySigned: Bool = false, introCourseDone: Bool = false) {
        self.id = id; self.name = name; self.birthYear = birthYear; self.kommunedelID = kommunedelID
        self.phone = phone; self.email = email; self.languages = languages; self.skills = skills
        self.maxHoursPerMonth = maxHoursPerMonth; self.status = status; self.parentalConsent = parentalConsent
        self.confidentialitySigned = confidentialitySigned; self.introCourseDone = introCourseDone
    }

    /// 15–17-year-olds need recorded parental consent and only get suitable tasks.
    public func isMinor(in year: Int) -> Bool { year - birthYear < 18 }
}

/// A request for volunteers from a municipal service or an organisation.
public struct VolunteerRequest: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var title: String
    public var requester: String
    public var serviceID: RowID?
    public var organisationID: RowID?
    public var kommunedelID: RowID?
    public var skills: [String]
    public var startsOn: CivilDate
    public var weekly: Bool
    public var volunteersNeeded: Int
    public var politiattestRequired: Bool
    public var minimumAge: Int
    public var priority: Priority
    public var status: RequestStatus

    public init(id: RowID = 0, title: String, requester: String, serviceID: RowID?, organisationID: RowID?,
                kommunedelID: RowID?, skills: [String], startsOn: CivilDate, weekly: Bool, volunteersNeeded: Int,
                politiattestRequired: Bool, minimumAge: Int, priority: Priority, status: RequestStatus) {
        self.id = id; self.title = title; self.requester = requester; self.serviceID = serviceID
        self.organisationID = organisationID; self.kommunedelID = kommunedelID; self.skills = skills
        self.startsOn = startsOn; self.weekly = weekly; self.volunteersNeeded = volunteersNeeded
        self.politiattestRequired = politiattestRequired; self.minimumAge = minimumAge
        self.priority = priority; self.status = status
    }
}
