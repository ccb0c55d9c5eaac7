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
    /// When consent to store the data was given and for what; a volunteer without it is never matched.
    public var dataConsent: DataConsent?
    public var availability: WeeklyAvailability
    /// The day the volunteer left (status `left`): the erasure period runs from it.
    public var leftOn: CivilDate?

    public init(id: RowID = 0, name: String, birthYear: Int, kommunedelID: RowID?, phone: String = "",
                email: String = "", languages: [String] = ["nb"], skills: [String] = [], maxHoursPerMonth: Int = 10,
                status: VolunteerStatus = .active, parentalConsent: Bool = false,
                confidentialitySigned: Bool = false, introCourseDone: Bool = false, dataConsent: DataConsent? = nil,
                availability: WeeklyAvailability = WeeklyAvailability(), leftOn: CivilDate? = nil) {
        self.id = id; self.name = name; self.birthYear = birthYear; self.kommunedelID = kommunedelID
        self.phone = phone; self.email = email; self.languages = languages; self.skills = skills
        self.maxHoursPerMonth = maxHoursPerMonth; self.status = status; self.parentalConsent = parentalConsent
        self.confidentialitySigned = confidentialitySigned; self.introCourseDone = introCourseDone
        self.dataConsent = dataConsent; self.availability = availability; self.leftOn = leftOn
    }

    /// Age in years as far as a birth year tells (the age reached during `year`).
    public func age(in year: Int) -> Int { year - birthYear }

    /// 15–17-year-olds need recorded parental consent and only get suitable tasks.
    public func isMinor(in year: Int) -> Bool { age(in: year) < 18 }
}

/// Consent to store a volunteer's data (GDPR art. 6 and 7): when, and for which purpose.
public struct DataConsent: Sendable, Hashable, Codable {
    public var givenOn: CivilDate
    public var purpose: String
    public init(givenOn: CivilDate, purpose: String) { self.givenOn = givenOn; self.purpose = purpose }

    public static let standardPurpose = "Formidling av frivillig innsats og oppfølging i kommunens tjenester"
}

/// A request for volunteers from a municipal service or an organisation.
public struct VolunteerRequest: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var title: String
    public var description: String
    /// The contact person at the service or organisation.
    public var requester: String
    public var serviceID: RowID?
    public var organisationID: RowID?
    public var siteID: RowID?
    public var kommunedelID: RowID?
    public var skills: [String]
    public var schedule: RequestSchedule
    public var volunteersNeeded: Int
    /// The kind of role a politiattest must have been seen for, if any.
    public var politiattest: PolitiattestKind?
    public var minimumAge: Int
    /// Whether 15–17-year-olds (with parental consent) may take it.
    public var suitableForMinors: Bool
    /// A language the volunteer should speak besides Norwegian (e.g. "ar"), if any.
    public var language: String?
    public var priority: Priority
    public var status: RequestStatus
    public var createdOn: CivilDate

    public init(id: RowID = 0, title: String, description: String = "", requester: String, serviceID: RowID?,
                organisationID: RowID?, siteID: RowID? = nil, kommunedelID: RowID?, skills: [String],
                schedule: RequestSchedule, volunteersNeeded: Int, politiattest: PolitiattestKind? = nil,
                minimumAge: Int, suitableForMinors: Bool = false, language: String? = nil, priority: Priority,
                status: RequestStatus, createdOn: CivilDate? = nil) {
        self.id = id; self.title = title; self.description = description; self.requester = requester
        self.serviceID = serviceID; self.organisationID = organisationID; self.siteID = siteID
        self.kommunedelID = kommunedelID; self.skills = skills; self.schedule = schedule
        self.volunteersNeeded = volunteersNeeded; self.politiattest = politiattest; self.minimumAge = minimumAge
        self.suitableForMinors = suitableForMinors; self.language = language; self.priority = priority
        self.status = status; self.createdOn = createdOn ?? schedule.firstDate
    }

    public var startsOn: CivilDate { schedule.firstDate }
    public var weekly: Bool { schedule.isWeekly }
    public var politiattestRequired: Bool { politiattest != nil }
}
