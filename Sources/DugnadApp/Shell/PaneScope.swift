import DugnadCore
import TerminalKit

/// What a pane's functions work on: the pane's own state, the shared parts of
/// the screen (form, question, message) and the read-only context. The shell
/// cuts it out of the root model, hands it to the pane and puts it back — as
/// TCA's `Scope` and bubbletea's parent models do. Nothing else is reachable.
public struct PaneScope<State: Sendable & Equatable>: Sendable, Equatable {
    public var state: State
    public var ui: SharedUI
    public let context: PaneContext

    public init(state: State, ui: SharedUI, context: PaneContext) {
        self.state = state; self.ui = ui; self.context = context
    }

    // Short names for what every pane reads often.
    public var today: CivilDate { context.today }
    public var user: String { context.user }
    public var staff: Staff? { context.staff }
    public var language: Language { context.language }
    public var lookup: Lookup { context.lookup }
    public var paneLayout: PaneLayout { context.paneLayout }
    public func text(_ phrase: Phrase) -> String { context.text(phrase) }

    public var form: FormState? {
        get { ui.form }
        set { ui.form = newValue }
    }
    public var message: StatusMessage? {
        get { ui.message }
        set { ui.message = newValue }
    }
}
