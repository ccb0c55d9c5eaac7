import DugnadCore

/// The Grants tab: the inbox of applications, filtered by the filter
/// language (the `/` line), sorted, and a case opened with Enter.
public struct GrantsState: Sendable, Equatable {
    /// The `/` line as typed: a filter expression.
    public var query: String = ""
    /// The last expression that parsed: what the inbox shows.
    public var applied: String = ""
    /// Why the typed expression does not parse (shown in the title line); nil when it does.
    public var filterError: GrantFilterError?
    public var sort: GrantSort = .received
    public var inbox = PagedList<GrantInboxLine>()
    /// The case shown over the inbox (Enter), once read.
    public var opened: GrantCase?
    /// Enter was pressed on this application; its case is being read.
    public var opening: RowID?
    /// Tags, `;` actions, views, completion, overview, comparison, external funds.
    public var tools = GrantsInboxTools()
    public init() {}
}

/// What happens to the Grants pane, as past-tense facts.
public enum GrantsMsg: Sendable {
    case caseLoaded(RowID, Result<GrantCase, AppError>)
    /// The selected application was flagged or unflagged.
    case flagged(Result<Bool, AppError>)
    /// An answer for the inbox's tools.
    case tools(GrantsToolsMsg)
}

/// The Grants pane's effects, as data.
public enum GrantsCommand: Sendable, Equatable {
    /// Everything the case view shows about one application (one read).
    case loadCase(RowID)
    case setFlag(RowID, Bool)
    /// An effect of the inbox's tools.
    case tools(GrantsToolsCommand)
}
