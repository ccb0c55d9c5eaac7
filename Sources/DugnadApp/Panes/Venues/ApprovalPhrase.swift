import DugnadCore
import TerminalKit

/// The approval queue's texts, Bokmål and English.
public enum ApprovalPhrase: Sendable, Equatable {
    case title(Int)
    case empty
    case reasonPrompt
    case reasonRequired
    case approved(String)
    case rejected(String)

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.title(let n), .nb): return "Forespørsler som venter på godkjenning (\(n)), eldste først"
        case (.title(let n), .en): return "Requests awaiting approval (\(n)), oldest first"
        case (.empty, .nb): return "Ingen forespørsler venter."
        case (.empty, .en): return "No requests are waiting."
        case (.reasonPrompt, .nb): return "Grunn til avslag:"
        case (.reasonPrompt, .en): return "Reason for rejecting:"
        case (.reasonRequired, .nb): return "Skriv en grunn før du avslår."
        case (.reasonRequired, .en): return "Type a reason before rejecting."
        case (.approved(let who), .nb): return "Godkjent: \(who)."
        case (.approved(let who), .en): return "Approved: \(who)."
        case (.rejected(let who), .nb): return "Avslått: \(who)."
        case (.rejected(let who), .en): return "Rejected: \(who)."
        }
    }
}

/// The approval queue, shown over the grid while open (`a`).
public struct ApprovalQueueState: Sendable, Equatable {
    public var requests: [Booking] = []
    public var selected = 0
    public var loaded = false
    /// The reason line, while rejecting the selected request.
    public var reason: TextFieldState?
    public init() {}

    public var selectedRequest: Booking? { requests.indices.contains(selected) ? requests[selected] : nil }
}
