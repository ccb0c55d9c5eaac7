import DugnadCore
import TerminalKit

/// The inbox's tools behind the Grants pane: the pane hands them actions,
/// messages, forms and keys first; nil means "not mine".
enum InboxTools {
    static func cmd(_ c: GrantsToolsCommand) -> Command { .grants(.tools(c)) }

    /// What the tools read when the inbox is shown: completion words and views, once.
    static func shown(_ pane: inout GrantsScope) -> [Command] {
        var commands: [Command] = []
        if pane.state.tools.vocabulary == nil { commands.append(cmd(.loadVocabulary)) }
        if pane.state.tools.views == nil { commands.append(cmd(.loadViews)) }
        switch pane.state.tools.top {
        case .overview?: commands.append(cmd(.loadOverview(year: pane.state.tools.overviewYear ?? pane.today.year)))
        case .funds?: commands.append(cmd(.loadFunds))
        default: break
        }
        return commands
    }

    /// Another commit: what the tools show is read again; the rest is forgotten.
    static func databaseChanged(_ pane: inout GrantsScope, visible: Bool) -> [Command] {
        pane.state.tools.vocabulary = nil
        pane.state.tools.views = nil
        guard visible else {
            pane.state.tools.overview = nil
            pane.state.tools.funds = nil
            return []
        }
        return shown(&pane)
    }

    static func keyContext(_ state: GrantsState) -> KeyContext? {
        switch state.tools.top {
        case nil: return nil
        case .bulk?: return .grantsBulk
        case .views?: return .grantsViews
        case .overview?: return .grantsOverview
        case .funds?: return .grantsFunds
        case .filterHelp?, .history?, .compare?: return .grantsDetail
        }
    }

    /// Actions the shell keeps even over a tool screen (tabs, help, palette, quit).
    static let shellActions: Set<Action> = [.quit, .help, .palette, .globalSearch, .redraw, .showCalendar, .showVenues,
                                            .showGrants, .showVolunteers, .showDirectory]

    static func perform(_ action: Action, _ pane: inout GrantsScope) -> [Command]? {
        if action == .grantIntake { return openIntake(&pane) }
        guard pane.state.opened == nil else { return nil }
        if let top = pane.state.tools.top {
            if shellActions.contains(action) { return nil }
            return performOnScreen(top, action, &pane) ?? []
        }
        switch action {
        case .tagLine:
            guard let line = pane.state.inbox.selectedRow else { return [] }
            if pane.state.tools.tagged.remove(line.id) == nil { pane.state.tools.tagged.insert(line.id) }
            return ListActions.perform(.moveDown, GrantsPane.inbox.erased, &pane)
        case .tagMatching:
            return [cmd(.loadMatchingIDs(filter: pane.state.applied, today: pane.today))]
        case .bulkPrefix:
            guard !pane.state.tools.tagged.isEmpty else {
                pane.ui.fail(.grantsInbox(.nothingTagged))
                return []
            }
            pane.state.tools.screens.append(.bulk)
        case .bulkAssignMe, .bulkAssignStaff, .bulkStatus, .bulkFlag, .bulkUnflag, .bulkTag:
            // From the palette: the same as `;` and the action's key.
            guard !pane.state.tools.tagged.isEmpty else {
                pane.ui.fail(.grantsInbox(.nothingTagged))
                return []
            }
            pane.state.tools.screens.append(.bulk)
            return performBulk(action, &pane)
        case .undoBulk:
            guard pane.mayChange(.handleGrants) else { return [] }
            return [cmd(.undoBulk)]
        case .grantViews:
            pane.state.tools.screens.append(.views)
            let current = pane.state.tools.views?.firstIndex { $0.expression == pane.state.applied }
            pane.state.tools.viewSelected = current ?? 0
            return pane.state.tools.views == nil ? [cmd(.loadViews)] : []
        case .saveGrantView:
            pane.ui.form = InboxForms.saveView(expression: pane.state.applied)
        case .filterHelp:
            pane.state.tools.screens.append(.filterHelp)
        case .grantOverview:
            pane.state.tools.screens.append(.overview)
            pane.state.tools.overviewSelected = 1   // the first scheme (row 0 is its heading)
            return [cmd(.loadOverview(year: pane.state.tools.overviewYear ?? pane.today.year))]
        case .externalFunds:
            pane.state.tools.screens.append(.funds)
            pane.state.tools.fundSelected = 0
            return [cmd(.loadFunds)]
        case .compareApplications:
            return compare(&pane)
        case .applicantHistory:
            guard let line = pane.state.inbox.selectedRow else { return [] }
            return history(organisationID: line.application.organisationID, applicant: line.application.applicantName, &pane)
        default:
            return nil
        }
        return []
    }

    static func history(organisationID: RowID?, applicant: String, _ pane: inout GrantsScope) -> [Command] {
        guard let id = organisationID else {
            pane.ui.fail(.grantsInbox(.noOrganisation))
            return []
        }
        return [cmd(.loadHistory(organisationID: id, applicant: applicant, today: pane.today))]
    }

    /// `c`: the two tagged, or the line and the next.
    static func compare(_ pane: inout GrantsScope) -> [Command] {
        let tagged = pane.state.tools.tagged.sorted()
        if tagged.count == 2 { return [cmd(.loadCompare(tagged[0], tagged[1]))] }
        let cursor = pane.state.inbox.window.cursor.selected
        guard let a = pane.state.inbox.row(at: cursor), let b = pane.state.inbox.row(at: cursor + 1) else {
            pane.ui.fail(.grantsInbox(.compareNeedsTwo))
            return []
        }
        return [cmd(.loadCompare(a.id, b.id))]
    }

    static func performOnScreen(_ top: GrantsToolScreen, _ action: Action, _ pane: inout GrantsScope) -> [Command]? {
        if action == .close {
            pane.state.tools.screens.removeLast()
            if top == .funds { pane.state.tools.fundQuery = "" }
            return []
        }
        switch top {
        case .bulk: return performBulk(action, &pane)
        case .views: return performViews(action, &pane)
        case .overview: return performOverview(action, &pane)
        case .funds:
            if action == .newExternalFund || action == .editExternalFund { return openFund(new: action == .newExternalFund, &pane) }
            let count = visibleFunds(pane.state.tools).count
            pane.state.tools.fundSelected = moved(pane.state.tools.fundSelected, action, count: count)
            return []
        case .filterHelp, .history, .compare: return []
        }
    }

    /// ↑/↓ and friends over a short list held in full.
    static func moved(_ index: Int, _ action: Action, count: Int) -> Int {
        guard count > 0 else { return 0 }
        switch action {
        case .moveUp: return max(0, index - 1)
        case .moveDown: return min(count - 1, index + 1)
        case .pageUp: return max(0, index - 10)
        case .pageDown: return min(count - 1, index + 10)
        case .first: return 0
        case .last: return count - 1
        default: return min(index, count - 1)
        }
    }

    // MARK: - `;` and the action key

    static func performBulk(_ action: Action, _ pane: inout GrantsScope) -> [Command]? {
        let ids = pane.state.tools.tagged.sorted()
        func run(_ a: GrantBulkAction) -> [Command] {
            pane.state.tools.screens.removeLast()
            guard pane.mayChange(.handleGrants) else { return [] }
            return [cmd(.bulk(ids, a, on: pane.today))]
        }
        switch action {
        case .bulkAssignMe: return run(.assign(pane.user))
        case .bulkFlag: return run(.flag(true))
        case .bulkUnflag: return run(.flag(false))
        case .bulkAssignStaff, .bulkStatus, .bulkTag:
            pane.state.tools.screens.removeLast()
            guard pane.mayChange(.handleGrants) else { return [] }
            switch action {
            case .bulkAssignStaff:
                pane.ui.form = InboxForms.assign(staff: pane.state.tools.vocabulary?.assignees ?? [], me: pane.user, lookup: pane.lookup)
            case .bulkStatus: pane.ui.form = InboxForms.status(language: pane.language)
            default: pane.ui.form = InboxForms.tag()
            }
            return []
        default: return []
        }
    }

    // MARK: - Answers

    static func update(_ pane: inout GrantsScope, _ msg: GrantsToolsMsg) -> [Command] {
        switch msg {
        case .vocabularyLoaded(.success(let v)): pane.state.tools.vocabulary = CompletionWords(v)
        case .viewsLoaded(.success(let views)): pane.state.tools.views = views
        case .viewSaved(let name, .success(let views)):
            pane.state.tools.views = views
            pane.ui.submitted(.grantsInbox(.viewSaved(name)))
        case .viewDeleted(let name, .success(let views)):
            pane.state.tools.views = views
            pane.state.tools.viewSelected = min(pane.state.tools.viewSelected, max(0, views.count - 1))
            pane.ui.say(.grantsInbox(.viewDeleted(name)))
        case .viewSaved(_, .failure(let e)), .intaken(.failure(let e)):
            pane.ui.submitFailed(e) { form in InboxForms.mark(e, on: &form) }
        case .matchingIDs(.success(let ids)):
            let all = Set(ids)
            if !all.isEmpty && all.isSubset(of: pane.state.tools.tagged) {
                pane.state.tools.tagged.subtract(all)
                pane.ui.say(.grantsInbox(.tagsCleared))
            } else {
                pane.state.tools.tagged.formUnion(all)
                pane.ui.say(.grantsInbox(.taggedAll(all.count)))
            }
        case .bulkDone(.success(let outcome)):
            pane.ui.form = nil
            pane.ui.say(.grantsInbox(.bulkDone(outcome.naming(pane.lookup))))
            return GrantsPane.inbox.erased.reload(&pane, true)
        case .tagAdded(let tag, .success(let n)):
            pane.ui.submitted(.grantsInbox(.tagAdded(tag: tag, count: n)))
            pane.state.tools.vocabulary = nil
            return GrantsPane.inbox.erased.reload(&pane, true) + [cmd(.loadVocabulary)]
        case .undone(.success(let outcome)):
            guard let outcome else { pane.ui.fail(.grantsInbox(.nothingToUndo)); return [] }
            pane.ui.say(.grantsInbox(.undone(outcome.naming(pane.lookup))))
            return GrantsPane.inbox.erased.reload(&pane, true)
        case .overviewLoaded(.success(let o)):
            pane.state.tools.overview = o
            pane.state.tools.overviewYear = o.year
            let rows = OverviewRows.rows(o)
            var i = min(pane.state.tools.overviewSelected, max(0, rows.count - 1))
            while rows.indices.contains(i) && !rows[i].selectable && i + 1 < rows.count { i += 1 }
            pane.state.tools.overviewSelected = i
        case .radarLoaded(let year, .success(let hits)):
            guard pane.state.tools.overview?.year == year else { return [] }
            pane.state.tools.overview?.radar = hits
        case .historyLoaded(let applicant, .success(let lines)):
            pane.state.tools.history = ApplicantHistory(applicant: applicant, lines: lines)
            if pane.state.tools.top != .history { pane.state.tools.screens.append(.history) }
        case .compareLoaded(.success(let c)):
            pane.state.tools.comparison = c
            if pane.state.tools.top != .compare { pane.state.tools.screens.append(.compare) }
        case .fundsLoaded(.success(let funds)):
            pane.state.tools.funds = funds
        case .intakeOrganisations(.success(let organisations)):
            pane.ui.form = IntakeForm.make(organisations: organisations, schemes: pane.lookup.schemes, today: pane.today,
                                           language: pane.language)
        case .schemeUpdated(let result):
            return schemeUpdated(result, &pane)
        case .fundSaved(let fund, let result):
            return fundSaved(fund, result, &pane)
        case .intaken(.success(let a)):
            pane.ui.submitted(.grantsInbox(.intakeSaved(reference: a.reference, applicant: a.applicantName)))
        case .tagAdded(_, .failure(let e)), .bulkDone(.failure(let e)):
            pane.ui.submitFailed(e)
        case .vocabularyLoaded(.failure(let e)), .viewsLoaded(.failure(let e)), .viewDeleted(_, .failure(let e)),
             .matchingIDs(.failure(let e)), .undone(.failure(let e)), .overviewLoaded(.failure(let e)), .radarLoaded(_, .failure(let e)),
             .historyLoaded(_, .failure(let e)), .compareLoaded(.failure(let e)), .fundsLoaded(.failure(let e)),
             .intakeOrganisations(.failure(let e)):
            pane.ui.fail(phrase(for: e))
        }
        return []
    }
}

extension GrantBulkOutcome {
    /// The same outcome with the assignee's name in place of the login, for the message line.
    func naming(_ lookup: Lookup) -> GrantBulkOutcome {
        guard case .assign(let who?) = action else { return self }
        return GrantBulkOutcome(action: .assign(lookup.staffName(who)), applied: applied, refused: refused)
    }
}
