import DugnadCore

/// The inbox's tools on top of the list: mutt-style tags and `;` bulk
/// actions, saved views, completion on the `/` line, the overview, the
/// comparison of two applications, external funds and quick intake.
/// One value in `GrantsState` (`tools`), so the Grants files change little.
public struct GrantsInboxTools: Sendable, Equatable {
    /// Tagged applications (mutt's `t`): a mark of this session, not stored.
    public var tagged: Set<RowID> = []
    /// Screens over the inbox, the last on top (its keys, hints and view).
    public var screens: [GrantsToolScreen] = []
    /// The staff member's saved views (nil = not read yet).
    public var views: [SavedGrantFilter]?
    public var viewSelected = 0
    /// The values Tab completes (nil = not read yet).
    public var vocabulary: CompletionWords?
    /// What Tab offered last (several candidates), shown until the line changes.
    public var completions: [String] = []
    public var overview: GrantOverview?
    public var overviewYear: Int?
    public var overviewSelected = 0
    public var history: ApplicantHistory?
    public var comparison: GrantComparison?
    public var funds: [ExternalFund]?
    public var fundQuery = ""
    public var fundSelected = 0
    public init() {}

    public var top: GrantsToolScreen? { screens.last }
}

public enum GrantsToolScreen: Sendable, Equatable {
    /// `;` was pressed: the next key picks the action for the tagged.
    case bulk
    /// The sidebar of saved views has the cursor.
    case views
    case filterHelp
    case overview
    case history
    case compare
    case funds
}

/// The vocabulary of completion, as an equatable value.
public struct CompletionWords: Sendable, Equatable {
    public var schemes: [String], assignees: [String], kommunedeler: [String], tags: [String]
    public init(_ v: GrantFilterVocabulary) {
        schemes = v.schemes; assignees = v.assignees; kommunedeler = v.kommunedeler; tags = v.tags
    }
    public var vocabulary: GrantFilterVocabulary {
        GrantFilterVocabulary(schemes: schemes, assignees: assignees, kommunedeler: kommunedeler, tags: tags)
    }
}

public struct ApplicantHistory: Sendable, Equatable {
    public var applicant: String
    public var lines: [ApplicantHistoryLine]
    public init(applicant: String, lines: [ApplicantHistoryLine]) { self.applicant = applicant; self.lines = lines }
}

/// Two cases side by side.
public struct GrantComparison: Sendable, Equatable {
    public var left: GrantCase
    public var right: GrantCase
    public init(left: GrantCase, right: GrantCase) { self.left = left; self.right = right }
}

/// What happens to the inbox's tools, as past-tense facts.
public enum GrantsToolsMsg: Sendable {
    case vocabularyLoaded(Result<GrantFilterVocabulary, AppError>)
    case viewsLoaded(Result<[SavedGrantFilter], AppError>)
    case viewSaved(name: String, Result<[SavedGrantFilter], AppError>)
    case viewDeleted(name: String, Result<[SavedGrantFilter], AppError>)
    case matchingIDs(Result<[RowID], AppError>)
    case bulkDone(Result<GrantBulkOutcome, AppError>)
    case tagAdded(tag: String, Result<Int, AppError>)
    case undone(Result<GrantBulkOutcome?, AppError>)
    case overviewLoaded(Result<GrantOverview, AppError>)
    case radarLoaded(year: Int, Result<[DoubleFundingRadar.Hit], AppError>)
    case historyLoaded(applicant: String, Result<[ApplicantHistoryLine], AppError>)
    case compareLoaded(Result<GrantComparison, AppError>)
    case fundsLoaded(Result<[ExternalFund], AppError>)
    case intakeOrganisations(Result<[IntakeOrganisation], AppError>)
    case intaken(Result<GrantApplication, AppError>)
    case schemeUpdated(Result<GrantScheme, AppError>)
    case fundSaved(ExternalFund, Result<RowID, AppError>)
}

/// The tools' effects, as data.
public enum GrantsToolsCommand: Sendable, Equatable {
    case loadVocabulary
    case loadViews
    case saveView(name: String, expression: String)
    case deleteView(String)
    case loadMatchingIDs(filter: String, today: CivilDate)
    case bulk([RowID], GrantBulkAction, on: CivilDate)
    case tag([RowID], String)
    case undoBulk
    case loadOverview(year: Int)
    /// The double-funding radar of a year (on demand: it compares every application).
    case loadRadar(year: Int)
    case loadHistory(organisationID: RowID, applicant: String, today: CivilDate)
    case loadCompare(RowID, RowID)
    case loadFunds
    case loadIntakeOrganisations
    case intake(GrantIntake)
    case updateScheme(RowID, GrantSchemeEdit)
    case saveFund(ExternalFund)

    /// Whether performing it writes (writes run on the write queue).
    public var changesData: Bool {
        switch self {
        case .loadVocabulary, .loadViews, .loadMatchingIDs, .loadOverview, .loadRadar, .loadHistory, .loadCompare, .loadFunds,
             .loadIntakeOrganisations: return false
        case .saveView, .deleteView, .bulk, .tag, .undoBulk, .intake, .updateScheme, .saveFund: return true
        }
    }
}
