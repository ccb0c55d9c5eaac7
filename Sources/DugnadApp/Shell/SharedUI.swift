import DugnadCore

/// The parts of the screen that every pane shares and may use: the form
/// dialog, a yes/no question, the message line, and requests to the shell.
/// A pane's update gets its own state, this and a read-only `PaneContext` —
/// never the root model, so it cannot reach into another pane.
public struct SharedUI: Sendable, Equatable {
    /// The open form (modal); its purpose names the pane that saves it.
    public var form: FormState?
    public var message: StatusMessage?
    /// A question a pane asks; the shell shows it above everything and hands
    /// "yes" back to the pane that asked (by the confirmation's pane).
    public var confirmation: Confirmation?
    /// What a pane asks of the shell after its update, carried out in order.
    public var requests: [ShellRequest] = []

    public init() {}

    public mutating func say(_ phrase: Phrase) { message = StatusMessage(phrase) }
    public mutating func fail(_ phrase: Phrase) { message = StatusMessage(phrase, isError: true) }
    public mutating func ask(_ confirmation: Confirmation) { self.confirmation = confirmation }
    public mutating func request(_ request: ShellRequest) { requests.append(request) }
}

/// What a pane may ask of the shell.
public enum ShellRequest: Sendable, Equatable {
    /// Switch to a tab (its pane is then asked what it must read).
    case show(Tab)
    /// Show a thing where it lives, as Ctrl-F's Enter does (a booking: the Venues grid on its day).
    case open(SearchResult)
}
