import DugnadCore
import TerminalKit

/// What floats above the tabs. At most one at a time; a form sits below it.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case palette(PaletteState)
    case globalSearch(GlobalSearchState)
    /// A question and whether "yes" is the highlighted answer (Enter answers
    /// the highlighted one; a destructive question starts on "no").
    case confirm(Confirmation, yes: Bool = false)
}

/// A yes/no question and what "yes" does, nested by the pane that asked
/// (as `Msg` is): the shell hands "yes" back to that pane.
public enum Confirmation: Sendable, Equatable {
    case quitDiscardingForm
    case discardForm
    case directory(DirectoryConfirmation)
    case venues(VenuesConfirmation)
}

public enum DirectoryConfirmation: Sendable, Equatable {
    case setOrganisationActive(id: RowID, name: String, active: Bool)
}

public enum VenuesConfirmation: Sendable, Equatable {
    /// One booking (named in full: date, time, venue, site, organisation).
    case cancelBooking(BookingListing)
    /// The booking's series from its date on.
    case cancelSeries(BookingListing)
    case setVenueActive(id: RowID, name: String, active: Bool)
    case deleteClosure(id: RowID, summary: String)
}

public struct PaletteState: Sendable, Equatable {
    public var input = TextFieldState()
    public var selected = 0
    public init() {}
}

public struct GlobalSearchState: Sendable, Equatable {
    public var input = TextFieldState()
    public var results: [SearchResult] = []
    public var selected = 0
    /// The query the results belong to (results arrive after typing).
    public var resultsFor = ""
    public init() {}
}

/// The `/` line at the bottom: live filter of the current list.
public struct ListSearchState: Sendable, Equatable {
    public var input: TextFieldState
    /// The query before `/` was pressed, restored by Esc.
    public var previous: String
}

/// The message line: a confirmation or an error, in the user's language.
public struct StatusMessage: Sendable, Equatable {
    public var phrase: Phrase
    public var isError: Bool
    public init(_ phrase: Phrase, isError: Bool = false) { self.phrase = phrase; self.isError = isError }
}

extension Confirmation {
    /// Whether "yes" loses something (a form, a booking, a closure): the
    /// question then starts on "no" and only ←/→ then Enter says yes.
    public var isDestructive: Bool {
        switch self {
        case .quitDiscardingForm, .discardForm, .directory, .venues: return true
        }
    }
}
