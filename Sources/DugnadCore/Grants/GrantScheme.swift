/// The five groups of grant schemes in the municipality's own document.
public enum SchemeGroup: String, Sendable, CaseIterable, Codable {
    case projects, festivals, operating, healthSocial = "health_social", sportOutdoor = "sport_outdoor"
}

/// What a scheme hands out, which decides how its applications are handled.
public enum SchemeKind: String, Sendable, CaseIterable, Codable {
    /// An ordinary grant: the municipality decides an amount.
    case grant
    /// A prize or stipend: nominations, one winner or a few.
    case prize
    /// Forwarded (spillemidler): the municipality ranks and sends its list on; the county decides the amount.
    case forwarded
    /// An agreement that buys services: never handled as a grant (public procurement law).
    case servicePurchase = "service_purchase"
}

/// A grant scheme (tilskuddsordning) with its rules: budget, rounds, maximum,
/// kind, reporting duty, recommending body and the rule the decision rests on.
public struct GrantScheme: Sendable, Hashable, Identifiable {
    public var id: RowID
    public var name: String
    public var group: SchemeGroup
    public var annualBudget: Money
    public var deadline: String?   // "MM-DD" yearly deadline of schema 1 (kept; rounds supersede it)
    public var kind: SchemeKind
    /// The most one application may be granted; nil means only the budget bounds it.
    public var maximumAmount: Money?
    public var rounds: SchemeRounds
    /// What the applicant must report afterwards (empty: no report).
    public var reporting: String
    /// The organisation that recommends before the officer decides (Idrettsrådet), if any.
    public var recommendingBodyID: RowID?
    /// The rule (guidelines) decisions in this scheme rest on, as the letter names it.
    public var rule: String
    /// Prizes: how many winners a year at most.
    public var maximumAwards: Int?

    public init(id: RowID, name: String, group: SchemeGroup, annualBudget: Money, deadline: String?,
                kind: SchemeKind = .grant, maximumAmount: Money? = nil, rounds: SchemeRounds = .rolling,
                reporting: String = "", recommendingBodyID: RowID? = nil, rule: String = "",
                maximumAwards: Int? = nil) {
        self.id = id; self.name = name; self.group = group; self.annualBudget = annualBudget; self.deadline = deadline
        self.kind = kind; self.maximumAmount = maximumAmount; self.rounds = rounds; self.reporting = reporting
        self.recommendingBodyID = recommendingBodyID; self.rule = rule; self.maximumAwards = maximumAwards
    }

    public var requiresReport: Bool { !reporting.trimmingWhitespace().isEmpty }
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
    // Schema 6 (the Grants issue).
    public var year: Int
    public var purpose: String
    public var kommunedelID: RowID?
    public var decidedOn: CivilDate?
    public var decidedBy: String?
    public var decisionReason: String
    public var reportDueOn: CivilDate?
    /// Weighted total of the scores that count, ×1000 on the 0–5 scale; nil until scored.
    public var scoreMilli: Int?

    public init(id: RowID = 0, reference: String, schemeID: RowID, organisationID: RowID?, applicantName: String,
                title: String, amountRequested: Money, amountGranted: Money? = nil, status: ApplicationStatus,
                receivedOn: CivilDate, decisionDue: CivilDate?, assignee: String?, flagged: Bool = false,
                year: Int? = nil, purpose: String = "", kommunedelID: RowID? = nil, decidedOn: CivilDate? = nil,
                decidedBy: String? = nil, decisionReason: String = "", reportDueOn: CivilDate? = nil,
                scoreMilli: Int? = nil) {
        self.id = id; self.reference = reference; self.schemeID = schemeID; self.organisationID = organisationID
        self.applicantName = applicantName; self.title = title; self.amountRequested = amountRequested
        self.amountGranted = amountGranted; self.status = status; self.receivedOn = receivedOn
        self.decisionDue = decisionDue; self.assignee = assignee; self.flagged = flagged
        self.year = year ?? receivedOn.year; self.purpose = purpose; self.kommunedelID = kommunedelID
        self.decidedOn = decidedOn; self.decidedBy = decidedBy; self.decisionReason = decisionReason
        self.reportDueOn = reportDueOn; self.scoreMilli = scoreMilli
    }

    /// Undecided past the date a decision was due, or a report past its date.
    public func isOverdue(today: CivilDate) -> Bool {
        if status.isUndecided, let due = decisionDue, due < today { return true }
        if status == .reportDue, let due = reportDueOn, due < today { return true }
        return false
    }
}

extension ApplicationStatus {
    /// Before any decision: the case is still being prepared.
    public var isUndecided: Bool {
        [.received, .inReview, .infoRequested, .waiting, .recommended].contains(self)
    }

    /// A decision has been made (and stands, or is under appeal).
    public var isDecided: Bool {
        [.granted, .partlyGranted, .rejected, .appealed, .paid, .reportDue, .reportReceived, .closed].contains(self)
    }

    /// Position along the workflow, for sorting by status.
    public var workflowOrder: Int { Self.allCases.firstIndex(of: self)! }
}
