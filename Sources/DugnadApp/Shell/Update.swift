import DugnadCore
import TerminalKit

/// The one pure update of the app: a message in, the model changed, the
/// effects to perform out. Each case delegates to a small named function.
public func update(_ model: inout Model, _ msg: Msg) -> [Command] {
    switch msg {
    case .keyPressed(let key):
        return handleKey(&model, key)
    case .resized(let size):
        model.size = size
        return model.windowCommand(model.activeList).map { [$0] } ?? []
    case .databaseChanged:
        return reloadAfterOutsideChange(&model)
    case .lookupLoaded(let lookup):
        model.lookup = lookup
        return []
    case .pageLoaded(let request, let total, let rows):
        model.receive(request, total: total, rows: rows)
        var commands = model.windowCommand(model.activeList).map { [$0] } ?? []
        commands += detailCommands(model)
        return commands
    case .pageFailed(_, let error):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return []
    case .organisationSaved(let result):
        return organisationSaved(&model, result)
    case .organisationActiveSet(let result):
        return organisationActiveSet(&model, result)
    case .organisationDetailLoaded(let detail):
        model.directory.detail = detail
        return []
    case .searchCompleted(let query, let results):
        if case .globalSearch(var state) = model.overlay {
            state.results = results
            state.resultsFor = query
            state.selected = min(state.selected, max(0, results.count - 1))
            model.overlay = .globalSearch(state)
        }
        return []
    case .staffLoaded(let staff):
        model.staff = staff
        return []
    case .venues(let msg):
        return venuesUpdate(&model, msg)
    case .calendar(let message):
        return calendarUpdate(&model, message)
    case .venueAdmin(let message):
        return venueAdminUpdate(&model, message)
    }
}

/// What the app reads when it starts: names for references and the first window.
public func initialCommands(_ model: Model) -> [Command] {
    [.loadLookup, .reloadStaff] + (model.windowCommand(model.activeList).map { [$0] } ?? [])
}

/// Another terminal saved something: read again what is visible, keep the cursor.
func reloadAfterOutsideChange(_ model: inout Model) -> [Command] {
    var commands: [Command] = [.loadLookup, .reloadStaff]
    // The lists not on screen are read again when they are shown next, not now.
    for key in ListKey.allCases where key != model.activeList { model.forget(key) }
    commands += model.reload(model.activeList, keepCursor: true)
    if model.tab == .venues, model.venues.closureList != nil { commands.append(.venueAdmin(.loadClosures)) }
    if model.activeList == .organisations, let id = model.directory.organisations.selectedRow?.id {
        commands.append(.loadOrganisationDetail(id))
    }
    return commands
}

/// The detail panel follows the cursor in the organisation list.
func detailCommands(_ model: Model) -> [Command] {
    guard model.tab == .directory, model.activeList == .organisations,
          let org = model.directory.organisations.selectedRow,
          model.directory.detail?.organisationID != org.id else { return [] }
    return [.loadOrganisationDetail(org.id)]
}

/// Translates a failure into what the user reads.
func phrase(for error: AppError) -> Phrase {
    switch error {
    case .notStaff(let user): return .notStaff(user: user)
    case .forbidden(let role): return .forbidden(role)
    case .invalidOrganisation(let problems): return problems.first.map { .organisationProblem($0) } ?? .noRows
    case .duplicateOrgNumber: return .organisationProblem(.duplicateOrgNumber)
    case .bookingOverlap: return .venues(.takenMeanwhile)
    case .bookingRefused(let conflicts): return conflicts.first.map { .venues(.conflict($0)) } ?? .noRows
    case .invalidVenue(let issues): return issues.first.map { .venues(.admin(.problem($0.problem))) } ?? .noRows
    case .invalidClosure(let problems): return problems.first.map { .venues(.closures(.problem($0))) } ?? .noRows
    case .locked: return .databaseLocked
    case .notFound: return .nothingSelected
    case .alreadyInSeries: return .venues(.series(.alreadyInSeries))
    case .storage(let text): return .storageError(text)
    }
}
