import DugnadCore

/// What happens to the Directory, as past-tense facts.
public enum DirectoryMsg: Sendable {
    case organisationSaved(Result<Organisation, AppError>)
    case organisationActiveSet(Result<Organisation, AppError>)
    case organisationDetailLoaded(Result<OrganisationDetail, AppError>)
}

/// The Directory's effects, as data.
public enum DirectoryCommand: Sendable, Equatable {
    case saveOrganisation(Organisation)
    case setOrganisationActive(id: RowID, active: Bool)
    /// The selected organisation's history and agreements, for the detail panel.
    case loadOrganisationDetail(RowID)
}
