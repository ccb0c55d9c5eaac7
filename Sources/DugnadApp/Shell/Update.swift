import DugnadCore
import TerminalKit

/// The one pure update of the app: a message in, the model changed, the
/// effects to perform out. The shell's own messages are handled here; a
/// pane's messages go to that pane through the pane interface.
public func update(_ model: inout Model, _ msg: Msg) -> [Command] {
    switch msg {
    case .keyPressed(let key):
        if model.keysBeforeLookup != nil, key != .resize {
            model.keysBeforeLookup?.append(key)
            return []
        }
        return handleKey(&model, key)
    case .resized(let size):
        model.size = size
        return model.visit(model.tab, Shown()) ?? []
    case .databaseChanged:
        return reloadAfterChange(&model)
    case .dateChanged(let day):
        return dateChanged(&model, to: day)
    case .waitingForLock(let holder):
        model.message = StatusMessage(.waitingForLock(holder: holder))
        return []
    case .databaseDamaged(let findings):
        model.message = StatusMessage(.databaseDamaged(findings.first ?? ""), isError: true)
        return []
    case .lookupLoaded(.success(let lookup)):
        model.lookup = lookup
        return replayKeysTypedBeforeLookup(&model)
    case .pageLoaded(let request, let total, let rows):
        var commands: [Command] = []
        for tab in Tab.allCases {
            commands += model.visit(tab, PageArrived(request: request, total: total, rows: rows)) ?? []
        }
        return commands
    case .pageCounted(let request, let total):
        for tab in Tab.allCases { _ = model.visit(tab, PageCounted(request: request, total: total)) }
        return []
    case .lookupLoaded(.failure(let error)):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return replayKeysTypedBeforeLookup(&model)
    case .pageFailed(_, let error), .staffLoaded(.failure(let error)),
         .searchCompleted(_, .failure(let error)):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return []
    case .searchCompleted(let query, .success(let results)):
        if case .globalSearch(var state) = model.overlay {
            state.results = results
            state.resultsFor = query
            state.selected = min(state.selected, max(0, results.count - 1))
            model.overlay = .globalSearch(state)
        }
        return []
    case .staffLoaded(.success(let staff)):
        model.staff = staff
        return []
    case .directory(let message):
        return model.visit(.directory, PaneMessage<DirectoryPane>(message)) ?? []
    case .venues(let message):
        return model.visit(.venues, PaneMessage<VenuesPane>(message)) ?? []
    case .calendar(let message):
        return model.visit(.calendar, PaneMessage<CalendarPane>(message)) ?? []
    case .grants(let message):
        return model.visit(.grants, PaneMessage<GrantsPane>(message)) ?? []
    case .volunteers(let message):
        return model.visit(.volunteers, PaneMessage<VolunteersPane>(message)) ?? []
    }
}

/// The keys typed while the first reference data was read, in order, now that it is here.
private func replayKeysTypedBeforeLookup(_ model: inout Model) -> [Command] {
    guard let keys = model.keysBeforeLookup else { return [] }
    model.keysBeforeLookup = nil
    var commands: [Command] = []
    for key in keys where !model.quitting { commands += handleKey(&model, key) }
    return commands
}

/// What the app reads when it starts: names for references, who is signed in, the first view.
public func initialCommands(_ model: Model) -> [Command] {
    var copy = model
    return [.loadLookup, .reloadStaff] + (copy.visit(copy.tab, Shown()) ?? [])
}

/// The database changed (another terminal or this one): every pane is told;
/// the one on screen re-reads everything it shows, the others forget theirs
/// and read it again when shown.
func reloadAfterChange(_ model: inout Model) -> [Command] {
    var commands: [Command] = [.loadLookup, .reloadStaff]
    for tab in Tab.allCases {
        commands += model.visit(tab, DatabaseChanged(visible: tab == model.tab)) ?? []
    }
    return commands
}

/// Midnight passed: today moves on. Panes still showing the old today follow it
/// (a day-based view left on "today" overnight shows the new today).
func dateChanged(_ model: inout Model, to day: CivilDate) -> [Command] {
    guard day != model.today else { return [] }
    let old = model.today
    model.today = day
    for tab in Tab.allCases { _ = model.visit(tab, TodayMoved(from: old)) }
    return reloadAfterChange(&model)
}

struct TodayMoved: PaneVisit {
    let from: CivilDate
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? {
        P.todayMoved(from: from, &scope)
        return []
    }
}

/// A message for pane `P`, delivered when `P` is the pane visited.
struct PaneMessage<Target: Pane>: PaneVisit {
    let message: Target.Message
    init(_ message: Target.Message) { self.message = message }
    func visit<P: Pane>(_ pane: P.Type, _ scope: inout PaneScope<P.State>) -> [Command]? {
        guard let message = message as? P.Message else { return nil }
        return P.update(&scope, message)
    }
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
    case .locked(let holder): return .databaseLocked(holder: holder)
    case .notFound: return .nothingSelected
    case .alreadyInSeries: return .venues(.series(.alreadyInSeries))
    case .storage(let text): return .storageError(text)
    case .volunteer(let problems): return problems.first.map { .volunteers(.problem($0)) } ?? .noRows
    case .grantRefused(let refusals): return refusals.first.map { .grantsInbox(.refusal($0)) } ?? .noRows
    }
}
