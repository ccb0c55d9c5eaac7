import DugnadCore

// The coordinator's desk in the Volunteers tab, beyond triage and matching: a volunteer's card (edit,
// politiattest seen, the confirmation of purpose, status), requests created and edited, hours, the crisis
// list. Its messages and commands are nested in the pane's (`.desk(…)`), so the pane's own enums stay short.

/// One assignment on a volunteer's card.
public struct CardAssignment: Sendable, Equatable {
    public var id: RowID
    public var requestID: RowID
    public var title: String
    public var status: AssignmentStatus
    public var minutes: Int
    /// The kind of politiattest the request requires (its confirmation of purpose can be printed).
    public var politiattest: PolitiattestKind?
    public init(id: RowID, requestID: RowID, title: String, status: AssignmentStatus, minutes: Int,
                politiattest: PolitiattestKind? = nil) {
        self.id = id; self.requestID = requestID; self.title = title; self.status = status; self.minutes = minutes
        self.politiattest = politiattest
    }
}

/// A volunteer's card: details, politiattester seen (kind, date, by whom — never content), assignments, hours.
public struct VolunteerCard: Sendable, Equatable {
    public var volunteer: Volunteer
    public var attests: [PolitiattestSeen]
    public var assignments: [CardAssignment]
    public var selected = 0
    public init(volunteer: Volunteer, attests: [PolitiattestSeen], assignments: [CardAssignment]) {
        self.volunteer = volunteer; self.attests = attests; self.assignments = assignments
    }
    public var totalMinutes: Int { assignments.reduce(0) { $0 + $1.minutes } }
    public var selectedAssignment: CardAssignment? {
        assignments.indices.contains(selected) ? assignments[selected] : nil
    }
}

/// One step of a request's case timeline.
public struct RequestEventRow: Sendable, Equatable {
    public var step: String
    public var from: String
    public var to: String
    public var staff: String
    public var note: String
    public init(step: String, from: String, to: String, staff: String, note: String) {
        self.step = step; self.from = from; self.to = to; self.staff = staff; self.note = note
    }
}

/// How hours are summed on the hours screen.
public enum HoursGroup: String, Sendable, CaseIterable, Equatable { case volunteer, service, kommunedel, month }

public struct HoursTotals: Sendable, Equatable {
    public var group: HoursGroup
    public var from: CivilDate
    public var through: CivilDate
    public var rows: [HoursTotalRow]
    public var selected = 0
    public init(group: HoursGroup, from: CivilDate, through: CivilDate, rows: [HoursTotalRow]) {
        self.group = group; self.from = from; self.through = through; self.rows = rows
    }
}

public struct HoursTotalRow: Sendable, Equatable {
    public var key: String
    public var minutes: Int
    public init(key: String, minutes: Int) { self.key = key; self.minutes = minutes }
}

/// The crisis call list (beredskap): who can be called on a day, with the query that made it.
public struct CrisisCallList: Sendable, Equatable {
    public var query: CrisisQuery
    public var volunteers: [Volunteer]
    public var selected = 0
    public init(query: CrisisQuery, volunteers: [Volunteer]) { self.query = query; self.volunteers = volunteers }
}

/// A text to read (and print): the confirmation of purpose for a police application.
public struct ReadingText: Sendable, Equatable {
    public var title: String
    public var lines: [String]
    public var scroll = 0
    public init(title: String, lines: [String]) { self.title = title; self.lines = lines }
}

public enum VolunteerDeskMsg: Sendable {
    case cardLoaded(Result<VolunteerCard, AppError>)
    /// A save from the desk (the volunteer's or request's id) with what to tell the user.
    case saved(Result<RowID, AppError>, Phrase)
    case confirmationLoaded(Result<ReadingText, AppError>)
    case hoursLoaded(Result<HoursTotals, AppError>)
    case crisisLoaded(Result<CrisisCallList, AppError>)
}

public enum VolunteerDeskCommand: Sendable, Equatable {
    case loadCard(RowID)
    case updateVolunteer(Volunteer)
    /// The same save from `p` on the card (a break, or active again): says which.
    case setStatus(Volunteer)
    case recordAttest(volunteer: RowID, kind: PolitiattestKind, seenOn: CivilDate)
    case loadConfirmation(volunteer: RowID, request: RowID)
    case createRequest(VolunteerRequest)
    case updateRequest(VolunteerRequest)
    case setPriority(request: RowID, Priority)
    case logHours(assignment: RowID, day: CivilDate, minutes: Int, request: RowID)
    case logGroupHours(request: RowID, day: CivilDate, minutes: Int)
    case loadHours(HoursGroup, from: CivilDate, through: CivilDate)
    case loadCrisis(CrisisQuery)

    public var changesData: Bool {
        switch self {
        case .loadCard, .loadConfirmation, .loadHours: return false
        // Opening the crisis list writes its audit line.
        case .loadCrisis, .updateVolunteer, .setStatus, .recordAttest, .createRequest, .updateRequest, .setPriority, .logHours,
             .logGroupHours: return true
        }
    }
}
