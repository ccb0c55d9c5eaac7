import DugnadCore
import TerminalKit

/// The case view as a place of work: each key opens a small form (or acts at
/// once), Ctrl-S sends one store call, and the answer closes the form and
/// re-reads the case — or keeps it open with the store's refusal on it.
enum GrantCaseUpdate {
    /// An action while a case is open; nil leaves it to the shell (tabs, help, quit).
    static func perform(_ action: Action, _ pane: inout GrantsScope) -> [Command]? {
        guard let c = pane.state.opened else { return nil }
        if pane.state.work.letter != nil { return letterAction(action, &pane) }
        let user = pane.context.user
        let barred = ConflictRules.isBarred(user, c.conflicts)
        switch action {
        case .close:
            pane.state.opened = nil
            pane.state.work = GrantCaseWork()
            return GrantsPane.shownList(&pane)
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            scroll(action, &pane.state.work.scroll, page: max(1, pane.paneLayout.tableAndDetail.height - 4))
            return []
        case .caseStatus:
            guard pane.mayChange(.handleGrants) else { return [] }
            let context = GrantWorkflow.Context(kind: c.scheme.kind, requiresReport: c.scheme.requiresReport)
            let targets = GrantWorkflow.targets(from: c.application.status, context: context)
            guard !targets.isEmpty else {
                let why = GrantWorkflow.refusal(from: c.application.status, to: .closed, context: context)
                pane.ui.fail(why.map { .grantsCase(.refusal($0)) } ?? .grantsCase(.noMoves(c.application.status)))
                return []
            }
            pane.ui.form = GrantCaseForms.status(c, targets: targets, language: pane.context.language)
        case .caseAssignMe:
            guard pane.mayChange(.handleGrants) else { return [] }
            if barred { pane.ui.fail(.grantsCase(.refusal(.conflictOfInterest))); return [] }
            return [.grants(.work(.assign(c.application.id, to: user)))]
        case .caseAssignOther:
            guard pane.mayChange(.handleGrants) else { return [] }
            return [.grants(.work(.loadStaff(c.application.id)))]
        case .caseScore:
            guard pane.mayChange(.handleGrants) else { return [] }
            if barred { pane.ui.fail(.grantsCase(.refusal(.conflictOfInterest))); return [] }
            guard !c.criteria.isEmpty else { pane.ui.fail(.grantsCase(.noCriteria)); return [] }
            if let r = GrantScoring.refusal(score: 0, status: c.application.status, criterion: c.criteria[0].id,
                                            criteria: c.criteria, conflicted: false) {
                pane.ui.fail(.grantsCase(.refusal(r)))
                return []
            }
            pane.ui.form = GrantCaseForms.score(c, user: user)
        case .caseConflict:
            guard pane.mayChange(.handleGrants) else { return [] }
            if barred { pane.ui.fail(.grantsCase(.refusal(.conflictAlreadyDeclared))); return [] }
            pane.ui.form = GrantCaseForms.conflict(c)
        case .caseRecommend:
            guard pane.mayChange(.handleGrants) else { return [] }
            if barred { pane.ui.fail(.grantsCase(.refusal(.conflictOfInterest))); return [] }
            guard c.application.status.isUndecided, c.application.status != .received else {
                pane.ui.fail(.grantsCase(.refusal(.transitionNotAllowed(from: c.application.status, to: .recommended))))
                return []
            }
            pane.ui.form = GrantCaseForms.recommend(c, language: pane.context.language)
        case .caseDecide:
            guard pane.mayChange(.handleGrants) else { return [] }
            if barred { pane.ui.fail(.grantsCase(.refusal(.conflictOfInterest))); return [] }
            let context = GrantWorkflow.Context(kind: c.scheme.kind, requiresReport: c.scheme.requiresReport)
            if let r = GrantWorkflow.decisionRefusal(from: c.application.status, context: context) {
                pane.ui.fail(.grantsCase(.refusal(r)))
                return []
            }
            pane.ui.form = GrantCaseForms.decide(c, user: user, language: pane.context.language)
        case .caseAppeal:
            guard pane.mayChange(.handleGrants) else { return [] }
            if c.application.status == .appealed {
                if barred { pane.ui.fail(.grantsCase(.refusal(.conflictOfInterest))); return [] }
                pane.ui.form = GrantCaseForms.settle(c, language: pane.context.language)
            } else {
                guard GrantWorkflow.decisions.contains(c.application.status), c.application.decidedOn != nil else {
                    pane.ui.fail(.grantsCase(.refusal(.appealOnlyAfterDecision)))
                    return []
                }
                pane.ui.form = GrantCaseForms.appeal(c, today: pane.today)
            }
        case .caseLetter:
            guard c.application.decidedOn != nil else { pane.ui.fail(.grantsCase(.noLetter)); return [] }
            return [.grants(.work(.loadLetter(reference: c.application.reference)))]
        default:
            return nil
        }
        return []
    }

    /// Keys of the letter over the case: scroll, switch language, close.
    static func letterAction(_ action: Action, _ pane: inout GrantsScope) -> [Command]? {
        switch action {
        case .close, .caseLetter:
            pane.state.work.letter = nil
        case .letterLanguage:
            pane.state.work.letter?.showsEnglish.toggle()
            pane.state.work.letter?.top = 0
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            var top = pane.state.work.letter?.top ?? 0
            scroll(action, &top, page: max(1, pane.paneLayout.tableAndDetail.height - 4))
            pane.state.work.letter?.top = top
        default:
            return nil
        }
        return []
    }

    /// Moves a scroll offset; the view clamps it to what there is.
    static func scroll(_ action: Action, _ top: inout Int, page: Int) {
        switch action {
        case .moveUp: top -= 1
        case .moveDown: top += 1
        case .pageUp: top -= page
        case .pageDown: top += page
        case .first: top = 0
        case .last: top = Int.max / 2
        default: break
        }
        top = max(0, top)
    }

    /// Ctrl-S on one of the case's forms (fields already validated by kind).
    static func save(_ form: FormState, _ pane: inout GrantsScope) -> [Command] {
        guard case .grantsCase(let purpose) = form.purpose, let c = pane.state.opened,
              c.application.id == purpose.applicationID else { return [] }
        guard pane.mayChange(.handleGrants) else { return [] }
        var form = form
        form.clearErrors()
        let id = c.application.id
        let command: GrantCaseCommand
        switch purpose {
        case .status:
            guard let target = ApplicationStatus(rawValue: form.value(CaseFormField.status)) else { return [] }
            command = .transition(id, to: target, note: form.value(CaseFormField.note), on: pane.today)
        case .assign:
            let who = form.value(CaseFormField.staff)
            command = .assign(id, to: who.isEmpty ? nil : who)
        case .score:
            let entries = GrantCaseForms.entries(form, c)
            guard !entries.isEmpty else {
                if let first = c.criteria.first {
                    form.setError(CriterionField(criterionID: first.id, isNote: false), .fieldRequired)
                }
                return pane.ui.fieldsRefused(form)
            }
            command = .score(id, entries)
        case .conflict:
            command = .declareConflict(id, reason: form.value(CaseFormField.reason))
        case .recommend:
            let input = GrantCaseForms.amount(form)
            guard input != .invalid else {
                form.setError(CaseFormField.amount, .grantsCase(.badAmount))
                return pane.ui.fieldsRefused(form)
            }
            let grant = form.value(CaseFormField.recommendation) == "grant"
            command = .recommend(id, grant: grant, amount: grant ? input.money : nil, note: form.value(CaseFormField.note))
        case .decide:
            guard let decision = GrantCaseForms.decision(&form, c) else { return pane.ui.fieldsRefused(form) }
            command = .decide(id, decision, on: pane.today)
        case .appeal:
            guard let day = DateInput.parseDate(form.value(CaseFormField.receivedOn), today: pane.today) else {
                form.setError(CaseFormField.receivedOn, .badDate)
                return pane.ui.fieldsRefused(form)
            }
            command = .registerAppeal(id, receivedOn: day, grounds: form.value(CaseFormField.grounds))
        case .settle:
            let outcome = AppealOutcome(rawValue: form.value(CaseFormField.outcome)) ?? .upheld
            command = .settleAppeal(id, outcome, note: form.value(CaseFormField.note), on: pane.today)
        }
        return pane.ui.submit(form, .grants(.work(command)))
    }

    /// The score and decision forms follow the input: the weighted total, the budget, the refusals to come.
    static func formEdited(_ pane: inout GrantsScope) -> [Command] {
        guard var form = pane.ui.form, case .grantsCase(let purpose) = form.purpose, let c = pane.state.opened else { return [] }
        switch purpose {
        case .score: form.notes = GrantCaseForms.scoreNotes(form, c, user: pane.context.user)
        case .decide: form.notes = GrantCaseForms.decisionNotes(form, c, user: pane.context.user)
        default: return []
        }
        pane.ui.form = form
        return []
    }

    static func update(_ pane: inout GrantsScope, _ msg: GrantCaseMsg) -> [Command] {
        switch msg {
        case .saved(let id, .success(var done)):
            // Names, not usernames: "Saken er tildelt Per Olsen."
            if case .assigned(let who?) = done { done = .assigned(pane.lookup.staffName(who)) }
            if case .grantsCase? = pane.ui.form?.purpose { pane.ui.submitted(.grantsCase(.done(done))) }
            else { pane.ui.say(.grantsCase(.done(done))) }
            guard pane.state.opened?.application.id == id else { return [] }
            return [.grants(.loadCase(id))]
        case .saved(let id, .failure(let error)):
            refused(error, &pane, opened: pane.state.opened?.application.id == id ? pane.state.opened : nil)
            // The case may have moved meanwhile (another terminal): show it as it is.
            return pane.state.opened?.application.id == id ? [.grants(.loadCase(id))] : []
        case .staffLoaded(let id, .success(let staff)):
            guard let c = pane.state.opened, c.application.id == id else { return [] }
            pane.ui.form = GrantCaseForms.assign(c, staff: staff, language: pane.context.language)
        case .staffLoaded(_, .failure(let error)):
            pane.ui.fail(phrase(for: error))
        case .letterLoaded(let reference, .success(let facts?)):
            guard pane.state.opened?.application.reference == reference else { return [] }
            pane.state.work.letter = GrantLetter(reference: reference, bokmal: DecisionLetter.text(facts),
                                                 english: DecisionLetter.text(facts, english: true))
        case .letterLoaded(_, .success(nil)):
            pane.ui.fail(.grantsCase(.noLetter))
        case .letterLoaded(_, .failure(let error)):
            pane.ui.fail(phrase(for: error))
        }
        return []
    }

    /// A refusal: on the open form's fields when it concerns them, under them otherwise, and on the message line.
    static func refused(_ error: AppError, _ pane: inout GrantsScope, opened c: GrantCase?) {
        let amount = pane.ui.form.flatMap { GrantCaseForms.amount($0).money }
        let refusals: [GrantRefusal]
        if case .grantRefused(let r) = error { refusals = r } else { refusals = [] }
        let first = refusals.first.map { GrantCaseForms.refusalPhrase($0, c, amount: amount) } ?? phrase(for: error)
        guard var form = pane.ui.form, case .grantsCase = form.purpose else {
            pane.ui.fail(first)
            return
        }
        form.saving = false
        form.clearErrors()
        if !GrantCaseForms.mark(refusals, on: &form, c, amount: amount) { form.formError = first }
        form.focusFirstError()
        pane.ui.form = form
        pane.ui.fail(first)
    }
}
