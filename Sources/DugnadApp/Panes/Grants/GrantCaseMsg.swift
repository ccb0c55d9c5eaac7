import DugnadCore

/// What the officer did in the case view, as the store confirmed it (for the message line).
public enum GrantCaseDone: Sendable, Equatable {
    case moved(ApplicationStatus)
    case assigned(String?)
    case scored(Int)
    case conflictDeclared
    case recommended
    case decided(ApplicationStatus)
    case appealRegistered
    case appealSettled(AppealOutcome)
}

/// The case view's answers from the store.
public enum GrantCaseMsg: Sendable {
    /// A change to the case was saved (or refused, with the reason).
    case saved(RowID, Result<GrantCaseDone, AppError>)
    /// The staff members to assign to (for the picker).
    case staffLoaded(RowID, Result<[Staff], AppError>)
    /// The decision letter's facts; nil when the application has no decision yet.
    case letterLoaded(String, Result<DecisionLetter.Facts?, AppError>)
}

/// The case view's effects, as data: each one store call.
public enum GrantCaseCommand: Sendable, Equatable {
    case transition(RowID, to: ApplicationStatus, note: String, on: CivilDate)
    case assign(RowID, to: String?)
    case loadStaff(RowID)
    case score(RowID, [ScoreEntry])
    case declareConflict(RowID, reason: String)
    case recommend(RowID, grant: Bool, amount: Money?, note: String)
    case decide(RowID, GrantDecision, on: CivilDate)
    case registerAppeal(RowID, receivedOn: CivilDate, grounds: String)
    case settleAppeal(RowID, AppealOutcome, note: String, on: CivilDate)
    case loadLetter(reference: String)

    /// Whether performing it writes (writes run on the runner's write queue).
    public var changesData: Bool {
        switch self {
        case .loadStaff, .loadLetter: return false
        default: return true
        }
    }
}

/// What the case view keeps besides the case itself: how far it is scrolled,
/// the letter shown over it, the staff to assign to.
public struct GrantCaseWork: Sendable, Equatable {
    /// Lines scrolled off the top of the case panel.
    public var scroll = 0
    /// The decision letter (L), when shown.
    public var letter: GrantLetter?
    public init() {}
}

/// The decision letter as shown: both languages' text, one of them on screen, scrolled.
public struct GrantLetter: Sendable, Equatable {
    public var reference: String
    public var bokmal: String
    public var english: String
    public var showsEnglish = false
    public var top = 0
    public init(reference: String, bokmal: String, english: String) {
        self.reference = reference; self.bokmal = bokmal; self.english = english
    }
    public var text: String { showsEnglish ? english : bokmal }
}
