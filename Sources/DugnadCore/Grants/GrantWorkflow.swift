/// The application workflow as a state machine:
///
///     received → in_review → (info_requested ↔ waiting) → recommended
///       → granted / partly_granted / rejected → paid → report_due → report_received → closed
///
/// withdrawn from any state before a decision; an appeal (klage) within
/// three weeks of a decision, then upheld (back to the decision) or
/// reversed (back to in_review for a new decision). Every refusal names
/// its reason.
public enum GrantWorkflow {
    /// Moves made with the plain "set status" action (not decisions or appeals).
    static let plainEdges: [ApplicationStatus: Set<ApplicationStatus>] = [
        .received: [.inReview],
        .inReview: [.infoRequested, .waiting, .recommended],
        .infoRequested: [.waiting, .inReview],
        .waiting: [.infoRequested, .inReview, .recommended],
        .recommended: [.inReview],
        .granted: [.paid, .closed],
        .partlyGranted: [.paid, .closed],
        .rejected: [.closed],
        .paid: [.reportDue, .closed],
        .reportDue: [.reportReceived],
        .reportReceived: [.closed],
    ]

    public static let decisions: Set<ApplicationStatus> = [.granted, .partlyGranted, .rejected]

    /// The facts about a case a transition may depend on.
    public struct Context: Sendable {
        public var kind: SchemeKind
        public var requiresReport: Bool
        public init(kind: SchemeKind = .grant, requiresReport: Bool = true) {
            self.kind = kind; self.requiresReport = requiresReport
        }
    }

    /// Whether the plain move `from → to` is allowed; nil when it is, else why not.
    public static func refusal(from: ApplicationStatus, to: ApplicationStatus,
                               context: Context = Context()) -> GrantRefusal? {
        if context.kind == .servicePurchase { return .servicePurchase }
        if from == .closed || from == .withdrawn { return .finished(from) }
        if to == .withdrawn { return from.isUndecided ? nil : .withdrawnAfterDecision }
        if decisions.contains(to) { return .decisionNeedsForm }
        if to == .appealed { return from == .appealed ? .appealAlreadyPending : .appealOnlyAfterDecision }
        if to == .paid && context.kind == .forwarded { return .forwardedIsNotPaid }
        if to == .reportDue && !context.requiresReport { return .reportNotRequired }
        guard plainEdges[from]?.contains(to) == true else { return .transitionNotAllowed(from: from, to: to) }
        return nil
    }

    /// Every status a plain move from `from` may reach (for menus and completion).
    public static func targets(from: ApplicationStatus, context: Context = Context()) -> [ApplicationStatus] {
        ApplicationStatus.allCases.filter { refusal(from: from, to: $0, context: context) == nil }
    }

    /// Whether a decision may be made now.
    public static func decisionRefusal(from: ApplicationStatus, context: Context) -> GrantRefusal? {
        if context.kind == .servicePurchase { return .servicePurchase }
        if from == .closed || from == .withdrawn { return .finished(from) }
        guard [.inReview, .waiting, .recommended].contains(from) else {
            return .transitionNotAllowed(from: from, to: .granted)
        }
        return nil
    }

    /// The last day an appeal may be received: three weeks after the decision (forvaltningsloven § 29).
    public static func appealDeadline(decidedOn: CivilDate) -> CivilDate { decidedOn.adding(days: 21) }

    /// Whether an appeal received on `receivedOn` may be registered.
    public static func appealRefusal(status: ApplicationStatus, decidedOn: CivilDate?, receivedOn: CivilDate,
                                     grounds: String) -> GrantRefusal? {
        if status == .appealed { return .appealAlreadyPending }
        guard decisions.contains(status), let decided = decidedOn else { return .appealOnlyAfterDecision }
        let deadline = appealDeadline(decidedOn: decided)
        if receivedOn > deadline { return .appealTooLate(deadline: deadline) }
        if grounds.trimmingWhitespace().isEmpty { return .appealGroundsRequired }
        return nil
    }

    /// A note is required when asking for information (what is asked for).
    public static func noteRefusal(to: ApplicationStatus, note: String) -> GrantRefusal? {
        to == .infoRequested && note.trimmingWhitespace().isEmpty ? .noteRequired : nil
    }
}

/// How an appeal ends.
public enum AppealOutcome: String, Sendable, CaseIterable, Codable {
    /// The decision stands (the case goes on to the appeal body, klagenemnda).
    case upheld
    /// The decision is reversed: the application is considered anew.
    case reversed

    /// The status after the outcome: the appealed decision, or in review.
    public func status(appealedDecision: ApplicationStatus) -> ApplicationStatus {
        self == .upheld ? appealedDecision : .inReview
    }
}
