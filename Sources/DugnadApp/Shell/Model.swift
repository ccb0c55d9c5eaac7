import DugnadCore
import TerminalKit

/// The whole state of the user interface: the shell's own parts and each
/// pane's state. The shell knows no pane's insides; it reaches a pane through
/// the pane interface (`Pane`, `PaneRouting.swift`). The view reads only this.
public struct Model: Sendable, Equatable {
    public var language: Language
    public var today: CivilDate
    public var user: String
    /// The signed-in staff member; nil means the login user may look but not change.
    public var staff: Staff?
    public var size: Size
    public var tab: Tab = .calendar
    public var lookup = Lookup()
    /// Keys typed before the reference data (kommunedeler, schemes, staff names) has arrived,
    /// replayed once it has: a form opened earlier would offer empty pickers. nil: not waiting.
    public var keysBeforeLookup: [Key]?

    public var calendar: CalendarState
    public var venues: VenuesState
    public var grants = GrantsState()
    public var volunteers = VolunteersState()
    public var directory = DirectoryState()

    /// The form, question and message every pane shares.
    public var ui = SharedUI()
    public var overlay: Overlay?
    public var listSearch: ListSearchState?
    public var quitting = false

    public init(language: Language, today: CivilDate, user: String, staff: Staff?, size: Size) {
        self.language = language
        self.today = today
        self.user = user
        self.staff = staff
        self.size = size
        self.calendar = CalendarState(day: today)
        self.venues = VenuesState(day: today)
    }

    public var form: FormState? {
        get { ui.form }
        set { ui.form = newValue }
    }

    public var message: StatusMessage? {
        get { ui.message }
        set { ui.message = newValue }
    }

    /// The context whose bindings apply now: an overlay, a form, or what the active pane shows.
    public var keyContext: KeyContext {
        switch overlay {
        case .confirm?: return .confirm
        case .help?: return .help
        case .palette?, .globalSearch?: return .overlay
        case nil: break
        }
        if listSearch != nil { return .overlay }
        if form != nil { return .form }
        return read(tab, KeyContextOf())
    }

    /// The context of what the active pane shows, under any overlay or form (the palette's "here").
    public var paneKeyContext: KeyContext { read(tab, KeyContextOf()) }

    /// The active pane's layout.
    public var paneLayout: PaneLayout { context(tab).paneLayout }

    public var tooSmall: Bool { size.width < 80 || size.height < 24 }

    public func text(_ phrase: Phrase) -> String { phrase.text(language) }
}
