/// The request's life: new → triaged → matching → filled → completed, or cancelled (rejected) on the way.
/// A request sent back with a question stays `new` until the requester answers.
public enum RequestWorkflow {
    public enum Step: String, Sendable, CaseIterable, Codable {
        case triage, startMatching = "start_matching", fill, reopen, complete, cancel, reject, sendBack = "send_back"
    }

    /// The status a step leads to from `status`, or nil when it is not allowed there.
    public static func apply(_ step: Step, to status: RequestStatus) -> RequestStatus? {
        switch (step, status) {
        case (.triage, .new): .triaged
        case (.sendBack, .new), (.sendBack, .triaged): .new
        case (.startMatching, .triaged): .matching
        case (.fill, .matching): .filled
        case (.reopen, .filled): .matching
        case (.complete, .filled), (.complete, .matching): .completed
        case (.reject, .new), (.reject, .triaged): .cancelled
        case (.cancel, .new), (.cancel, .triaged), (.cancel, .matching), (.cancel, .filled): .cancelled
        default: nil
        }
    }

    /// Steps that must say why (the requester is told).
    public static func needsReason(_ step: Step) -> Bool { step == .reject || step == .cancel || step == .sendBack }

    /// Requests that take volunteers.
    public static func isOpenForMatching(_ status: RequestStatus) -> Bool { status == .triaged || status == .matching }

    public static func isClosed(_ status: RequestStatus) -> Bool { status == .completed || status == .cancelled }
}

/// Assignments: proposed → confirmed or declined (with reason); confirmed → ended.
public enum AssignmentStatus: String, Sendable, CaseIterable, Codable {
    case proposed, confirmed, declined, ended

    /// Whether it holds the volunteer's time (counts for clashes, load and places filled).
    public var isActive: Bool { self == .proposed || self == .confirmed }
}
