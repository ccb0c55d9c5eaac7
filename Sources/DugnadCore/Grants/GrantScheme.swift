/// The five groups of grant schemes in the municipality's own document.
public enum SchemeGroup: String, Sendable, CaseIterable, Codable {
    case projects, festivals, operating, healthSocial = "health_social", sportOutdoor = "sport_outdoor"
}

/// A grant scheme (tilskuddsordning). Agreements that buy services are never
/// handled as grants (public procurement law), so a scheme is always a grant.
public struct GrantScheme: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var group: SchemeGroup
    public var annualBudget: Money
    public var deadline: String?   // "MM-DD" yearly deadline, or nil when open all year
    public init(id: RowID, name: String, group: SchemeGroup, annualBudget: Money, deadline: String?) {
        self.id = id; self.name = name; self.group = group; self.annualBudget = annualBudget; self.deadline = deadline
    }
}

/// An application to a grant scheme, one line of the grant inbox.
public struct GrantApplication: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var reference: String      // e.g. "2026-0412"
    public var schemeID: RowID
    public var organisationID: RowID?
    public var applicantName: String
    public var title: String
    public var amountRequested: Money
    public var amountGranted: Money?
    public var status: ApplicationStatus
    public var receivedOn: CivilDate
    public var decisionDue: CivilDate?
    public var assignee: String?
    public var flagged: Bool

    public init(id: RowID = 0, reference: String, schemeID: RowID, organisationID: RowID?, applicantName: String,
                title: String, amountRequested: Money, amountGranted: Money? = nil, status: ApplicationStatus,
                receivedOn: CivilDate, decisionDue: CivilDate?, assignee: String?, flagged: Bool = false) {
        self.id = id; self.reference = reference; self.schemeID = schemeID; self.organisationID = organisationID
        self.applicantName = applicantName; self.title = title; self.amountRequested = amountRequested
        self.amountGranted = amountGranted; self.status = status; self.receivedOn = receivedOn
        self.decisionDue = decisionDue; self.assignee = assignee; self.flagged = flagged
    }

    /// Undecided and past the date a decision was due.
    public func isOverdue(today: CivilDate) -> Bool {
        guard let due = decisionDue else { return false }
        return due < today && [.received, .inReview, .recommended].contains(status)
    }
}
