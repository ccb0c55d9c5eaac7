import DugnadCore

/// A request in the triage queue as the pane shows it.
public struct TriageRow: Sendable, Equatable {
    public var request: VolunteerRequest
    public var serviceName: String
    public var stillNeeded: Int
    public var waitingDays: Int
    /// Waiting more than 14 days without a match.
    public var overdue: Bool
    public var question: String
    public init(request: VolunteerRequest, serviceName: String, stillNeeded: Int, waitingDays: Int, overdue: Bool,
                question: String) {
        self.request = request; self.serviceName = serviceName; self.stillNeeded = stillNeeded
        self.waitingDays = waitingDays; self.overdue = overdue; self.question = question
    }
}

public struct ServiceCount: Sendable, Equatable {
    public var name: String
    public var count: Int
    public init(name: String, count: Int) { self.name = name; self.count = count }
}

/// A window of the triage queue (`rows` are positions `offset…` of `total`), with the counts per service.
public struct TriageSnapshot: Sendable, Equatable {
    public var rows: [TriageRow]
    public var counts: [ServiceCount]
    public var offset: Int
    public var total: Int
    /// Only the services the user follows up as frivillighetskontakt (nil: all, as the coordinator sees them).
    public var ownServices: [String]?
    public var ownServiceIDs: [RowID]?
    public init(rows: [TriageRow], counts: [ServiceCount], offset: Int = 0, total: Int? = nil,
                ownServices: [String]? = nil, ownServiceIDs: [RowID]? = nil) {
        self.rows = rows; self.counts = counts; self.offset = offset; self.total = total ?? offset + rows.count
        self.ownServices = ownServices; self.ownServiceIDs = ownServiceIDs
    }
    /// The rows read at a time; the window is read again when the selection leaves it.
    public static let window = 100
}

public struct AssignmentRow: Sendable, Equatable {
    public var id: RowID
    public var volunteerID: RowID
    public var name: String
    public var status: AssignmentStatus
    public var reason: String
    public init(id: RowID, volunteerID: RowID, name: String, status: AssignmentStatus, reason: String) {
        self.id = id; self.volunteerID = volunteerID; self.name = name; self.status = status; self.reason = reason
    }
}

/// One request with its ranked candidates and its assignments.
public struct RequestDetail: Sendable, Equatable {
    public var request: VolunteerRequest
    public var candidates: [MatchCandidate]
    public var assignments: [AssignmentRow]
    public var selected = 0
    /// Whether ↑/↓ move in the assignments (Tab) instead of the candidates.
    public var onAssignments = false
    /// The request's case timeline.
    public var events: [RequestEventRow] = []
    public init(request: VolunteerRequest, candidates: [MatchCandidate], assignments: [AssignmentRow],
                events: [RequestEventRow] = []) {
        self.request = request; self.candidates = candidates; self.assignments = assignments; self.events = events
    }
    /// Places not yet taken by a proposed or confirmed volunteer.
    public var stillNeeded: Int { max(0, request.volunteersNeeded - assignments.filter { $0.status.isActive }.count) }
}

public struct ProposalRow: Sendable, Equatable {
    public var request: RowID
    public var requestTitle: String
    public var volunteer: RowID
    public var volunteerName: String
    public var score: Int
    public init(request: RowID, requestTitle: String, volunteer: RowID, volunteerName: String, score: Int) {
        self.request = request; self.requestTitle = requestTitle; self.volunteer = volunteer
        self.volunteerName = volunteerName; self.score = score
    }
}

/// "Match all": the optimal proposal for review; rows left out are not saved.
public struct ProposalReview: Sendable, Equatable {
    public var rows: [ProposalRow]
    public var total: Int
    public var openRequests: Int
    public var leftOut: Set<Int> = []
    public var selected = 0
    public init(rows: [ProposalRow], total: Int, openRequests: Int) {
        self.rows = rows; self.total = total; self.openRequests = openRequests
    }
    public var accepted: [ProposalRow] { rows.indices.filter { !leftOut.contains($0) }.map { rows[$0] } }
}

/// What happens to the Volunteers pane, as past-tense facts.
public enum VolunteersMsg: Sendable {
    case triageLoaded(Result<TriageSnapshot, AppError>)
    case requestLoaded(Result<RequestDetail, AppError>)
    /// A propose/confirm/decline/step was saved (the request's id, to read it again).
    case changed(Result<RowID, AppError>, Phrase)
    case proposalReady(Result<ProposalReview, AppError>)
    case proposalApplied(Result<Int, AppError>)
    case registered(Result<RowID, AppError>)
    case desk(VolunteerDeskMsg)
}

/// The Volunteers pane's effects, as data.
public enum VolunteersCommand: Sendable, Equatable {
    /// A window of the triage queue from `offset`; `followedBy` limits it to that user's services when they
    /// follow some up (a frivillighetskontakt), else everything.
    case loadTriage(offset: Int, followedBy: String?)
    case loadRequest(RowID)
    case propose(request: RowID, volunteer: RowID)
    case confirm(assignment: RowID, request: RowID)
    case decline(assignment: RowID, request: RowID, reason: String)
    case step(RequestWorkflow.Step, request: RowID, note: String)
    case proposeAll
    case applyProposal([ProposalRow])
    case register(Volunteer)
    case desk(VolunteerDeskCommand)

    public var changesData: Bool {
        switch self {
        case .desk(let c): return c.changesData
        case .loadTriage, .loadRequest, .proposeAll: return false
        case .propose, .confirm, .decline, .step, .applyProposal, .register: return true
        }
    }
}
