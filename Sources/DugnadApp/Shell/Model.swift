import DugnadCore
import TerminalKit

/// The whole state of the user interface. The view reads only this.
public struct Model: Sendable, Equatable {
    public var language: Language
    public var today: CivilDate
    public var user: String
    /// The signed-in staff member; nil means the login user may look but not change.
    public var staff: Staff?
    public var size: Size
    public var tab: Tab = .calendar
    public var lookup = Lookup()

    public var calendar: CalendarState
    public var venues: VenuesState
    public var grants = GrantsState()
    public var volunteers = VolunteersState()
    public var directory = DirectoryState()

    public var form: FormState?
    public var overlay: Overlay?
    public var listSearch: ListSearchState?
    public var message: StatusMessage?
    public var quitting = false
    /// Set by Ctrl-L: the runner repaints the whole terminal.
    public var redrawRequested = false

    public init(language: Language, today: CivilDate, user: String, staff: Staff?, size: Size) {
        self.language = language
        self.today = today
        self.user = user
        self.staff = staff
        self.size = size
        self.calendar = CalendarState(day: today)
        self.venues = VenuesState(day: today)
    }

    /// The context whose bindings apply now.
    public var keyContext: KeyContext {
        if overlay != nil || listSearch != nil { return .overlay }
        if form != nil { return .form }
        switch tab {
        case .directory: return .directory
        case .calendar: return .calendar
        case .venues: return venues.closureList != nil ? .closureList
            : venues.queue != nil ? .approvalQueue : venues.freeSlots != nil ? .freeSlots
            : venues.week != nil ? .venueWeek : .venueGrid
        case .grants, .volunteers: return .list
        }
    }

    public var tooSmall: Bool { size.width < 80 || size.height < 24 }

    public func text(_ phrase: Phrase) -> String { phrase.text(language) }
}
