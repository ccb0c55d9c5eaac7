import DugnadCore

/// The case view's forms, each on one application.
public enum GrantCaseFormPurpose: Sendable, Equatable {
    case status(RowID), assign(RowID), score(RowID), conflict(RowID), recommend(RowID), decide(RowID)
    case appeal(RowID), settle(RowID)

    public var applicationID: RowID {
        switch self {
        case .status(let id), .assign(let id), .score(let id), .conflict(let id), .recommend(let id), .decide(let id),
             .appeal(let id), .settle(let id): return id
        }
    }
}

enum CaseFormField: String, FormFieldKey {
    case status, note, staff, reason, outcome, amount, reasons, receivedOn, grounds, recommendation
}

/// A criterion's score (0–5) or its note in the score form; one pair per criterion of the rubric.
struct CriterionField: FormFieldKey {
    let criterionID: RowID
    let isNote: Bool
    var name: String { (isNote ? "note-" : "score-") + String(criterionID) }
}

enum GrantCaseForms {
    static func label(_ f: GrantCasePhrase.Field) -> Phrase { .grantsCase(.field(f)) }
    static func title(_ t: GrantCasePhrase.Title, _ c: GrantCase) -> Phrase { .grantsCase(.title(t, reference: c.application.reference)) }
    static func option(_ o: GrantCasePhrase.Option, _ language: Language) -> String { Phrase.grantsCase(.option(o)).text(language) }

    /// The legal next statuses (from the workflow, for this application's scheme) and a note.
    static func status(_ c: GrantCase, targets: [ApplicationStatus], language: Language) -> FormState {
        let choices = targets.map { Choice(value: $0.rawValue, label: Phrase.applicationStatus($0).text(language)) }
        return FormState(purpose: .grantsCase(.status(c.application.id)), title: title(.status, c), fields: [
            Field(key: CaseFormField.status, label: label(.status), kind: .choice(choices), required: true,
                  value: choices.first?.value ?? ""),
            Field(key: CaseFormField.note, label: label(.note), kind: .text(maxLength: 300)),
        ])
    }

    /// Another staff member (or nobody); the ones with a declared conflict are not offered.
    static func assign(_ c: GrantCase, staff: [Staff], language: Language) -> FormState {
        let barred = Set(c.conflicts.map(\.staff))
        let choices = [Choice(value: "", label: option(.nobody, language))]
            + staff.filter { !barred.contains($0.username) && ($0.role == .grants || $0.role == .admin) }
                .map { Choice(value: $0.username, label: "\($0.displayName) (\($0.username))") }
        return FormState(purpose: .grantsCase(.assign(c.application.id)), title: title(.assign, c), fields: [
            Field(key: CaseFormField.staff, label: label(.staff), kind: .picker(choices), value: c.application.assignee ?? ""),
        ])
    }

    /// One field per criterion of the rubric (0–5) and a note each, prefilled with the officer's own scores.
    static func score(_ c: GrantCase, user: String) -> FormState {
        var fields: [Field] = []
        for criterion in c.criteria {
            let mine = c.scores.first { $0.criterionID == criterion.id && $0.staff == user && !$0.setAside }
            fields.append(Field(key: CriterionField(criterionID: criterion.id, isNote: false),
                                label: label(.criterion(criterion.name, weight: criterion.weight)),
                                kind: .number(range: GrantScoring.range), text: mine.map { String($0.score) } ?? ""))
            fields.append(Field(key: CriterionField(criterionID: criterion.id, isNote: true), label: label(.criterionNote),
                                kind: .text(maxLength: 200), text: mine?.note ?? ""))
        }
        var form = FormState(purpose: .grantsCase(.score(c.application.id)), title: title(.score, c), fields: fields)
        form.notes = scoreNotes(form, c, user: user)
        return form
    }

    /// The scores typed so far (blank criteria are left out).
    static func entries(_ form: FormState, _ c: GrantCase) -> [ScoreEntry] {
        c.criteria.compactMap { criterion in
            guard let score = Int(form.value(CriterionField(criterionID: criterion.id, isNote: false))),
                  GrantScoring.range.contains(score) else { return nil }
            return ScoreEntry(criterionID: criterion.id, score: score,
                              note: form.value(CriterionField(criterionID: criterion.id, isNote: true)))
        }
    }

    /// The weighted total, live: the officer's own and the case's with them.
    static func scoreNotes(_ form: FormState, _ c: GrantCase, user: String) -> [FormNote] {
        let entries = entries(form, c)
        let mine = GrantScoring.weightedTotalMilli(
            entries.map { GrantScore(criterionID: $0.criterionID, staff: user, score: $0.score) }, criteria: c.criteria)
        let all = GrantScoring.totalMilli(replacing: user, with: entries, in: c.scores, criteria: c.criteria)
        return [FormNote(.grantsCase(.totals(mine: mine, all: all)))]
    }

    static func conflict(_ c: GrantCase) -> FormState {
        FormState(purpose: .grantsCase(.conflict(c.application.id)), title: title(.conflict, c), fields: [
            Field(key: CaseFormField.reason, label: label(.reason), kind: .text(maxLength: 300), required: true),
        ])
    }

    static func recommend(_ c: GrantCase, language: Language) -> FormState {
        let choices = [Choice(value: "grant", label: option(.recommendGrant, language)),
                       Choice(value: "reject", label: option(.recommendReject, language))]
        var form = FormState(purpose: .grantsCase(.recommend(c.application.id)), title: title(.recommend, c), fields: [
            Field(key: CaseFormField.recommendation, label: label(.recommendation), kind: .choice(choices), required: true,
                  value: "grant"),
            Field(key: CaseFormField.amount, label: label(.amount), kind: .text(maxLength: 20)),
            Field(key: CaseFormField.note, label: label(.note), kind: .text(maxLength: 300)),
        ])
        form.notes = [FormNote(.grantsCase(.applied(c.application.amountRequested, maximum: c.scheme.maximumAmount)))]
        if c.scheme.recommendingBodyID != nil { form.notes.append(FormNote(.grantsCase(.recommendingBody))) }
        return form
    }

    /// Granted / partly granted / rejected with the amount and reasons; a forwarded scheme ranks instead
    /// (prioritised or not, no amount). The amount starts at what may be granted: the recommendation's, or
    /// the amount applied for within the scheme's maximum.
    static func decide(_ c: GrantCase, user: String, language: Language) -> FormState {
        let a = c.application
        let forwarded = c.scheme.kind == .forwarded
        let choices: [Choice] = forwarded
            ? [Choice(value: ApplicationStatus.granted.rawValue, label: option(.prioritised, language)),
               Choice(value: ApplicationStatus.rejected.rawValue, label: option(.notPrioritised, language))]
            : [ApplicationStatus.granted, .partlyGranted, .rejected].map {
                Choice(value: $0.rawValue, label: Phrase.applicationStatus($0).text(language)) }
        let suggested = c.recommendations.last(where: \.grant)?.amount
            ?? c.scheme.maximumAmount.map { min($0, a.amountRequested) } ?? a.amountRequested
        var fields = [Field(key: CaseFormField.outcome, label: label(.outcome), kind: .choice(choices), required: true,
                            value: suggested < a.amountRequested && !forwarded ? ApplicationStatus.partlyGranted.rawValue
                                : ApplicationStatus.granted.rawValue)]
        if !forwarded {
            fields.append(Field(key: CaseFormField.amount, label: label(.amount), kind: .text(maxLength: 20),
                                text: kronerText(suggested)))
        }
        fields.append(Field(key: CaseFormField.reasons, label: label(.reasons), kind: .text(maxLength: 1000), required: true))
        var form = FormState(purpose: .grantsCase(.decide(a.id)), title: title(.decide, c), fields: fields)
        form.notes = decisionNotes(form, c, user: user)
        return form
    }

    /// The amount field as typed: blank, an amount (øre-exact), or not an amount.
    enum AmountInput: Equatable {
        case blank, amount(Money), invalid
        var money: Money? { if case .amount(let m) = self { m } else { nil } }
    }

    static func amount(_ form: FormState) -> AmountInput {
        let text = form.value(CaseFormField.amount)
        guard !text.isEmpty else { return .blank }
        return Money(parsing: text).map { .amount($0) } ?? .invalid
    }

    /// The decision as typed, or nil with the wrong field marked.
    static func decision(_ form: inout FormState, _ c: GrantCase) -> GrantDecision? {
        let outcome = ApplicationStatus(rawValue: form.value(CaseFormField.outcome)) ?? .granted
        var amount: Money? = nil
        if c.scheme.kind != .forwarded {
            let input = Self.amount(form)
            if input == .invalid && outcome != .rejected {
                form.setError(CaseFormField.amount, .grantsCase(.badAmount))
                return nil
            }
            amount = outcome == .rejected ? nil : input.money
        }
        return GrantDecision(outcome: outcome, amount: amount, reasons: form.value(CaseFormField.reasons))
    }

    /// What the officer needs while deciding: applied and maximum, the budget left, and (live) why the
    /// decision as typed would be refused.
    static func decisionNotes(_ form: FormState, _ c: GrantCase, user: String) -> [FormNote] {
        let a = c.application
        var notes: [FormNote] = []
        if c.scheme.kind == .forwarded {
            notes.append(FormNote(.grantsCase(.forwarded(score: a.scoreMilli))))
        } else {
            notes.append(FormNote(.grantsCase(.applied(a.amountRequested, maximum: c.scheme.maximumAmount))))
            notes.append(FormNote(.grantsCase(.budgetLeft(scheme: c.scheme.name, year: a.year, remaining: remaining(c),
                                                          budget: c.scheme.annualBudget))))
        }
        var copy = form
        guard let d = decision(&copy, c) else { return notes + [FormNote(.grantsCase(.badAmount), isError: true)] }
        let problems = DecisionRules.problems(d, facts(c, user: user)).filter { $0 != .reasonRequired }
        for p in problems.prefix(2) { notes.append(FormNote(refusalPhrase(p, c, amount: d.amount), isError: true)) }
        return notes
    }

    /// The decision rules' facts as the case shows them (the store checks again in its transaction).
    static func facts(_ c: GrantCase, user: String) -> DecisionRules.Facts {
        DecisionRules.Facts(scheme: c.scheme, status: c.application.status, applied: c.application.amountRequested,
                            decidedInYear: c.decidedInYear - (c.application.amountGranted ?? .zero),
                            hasRecommendation: !c.recommendations.isEmpty,
                            deciderHasConflict: ConflictRules.isBarred(user, c.conflicts))
    }

    /// What is left of the scheme's budget for the application's year, this application's own grant not counted.
    static func remaining(_ c: GrantCase) -> Money {
        c.scheme.annualBudget - (c.decidedInYear - (c.application.amountGranted ?? .zero))
    }

    static func appeal(_ c: GrantCase, today: CivilDate) -> FormState {
        var form = FormState(purpose: .grantsCase(.appeal(c.application.id)), title: title(.appeal, c), fields: [
            Field(key: CaseFormField.receivedOn, label: label(.receivedOn), kind: .date, required: true, text: today.norwegian),
            Field(key: CaseFormField.grounds, label: label(.grounds), kind: .text(maxLength: 1000), required: true),
        ])
        if let decided = c.application.decidedOn {
            form.notes = [FormNote(.grantsCase(.appealDeadline(GrantWorkflow.appealDeadline(decidedOn: decided))))]
        }
        return form
    }

    static func settle(_ c: GrantCase, language: Language) -> FormState {
        let choices = [Choice(value: AppealOutcome.upheld.rawValue, label: option(.upheld, language)),
                       Choice(value: AppealOutcome.reversed.rawValue, label: option(.reversed, language))]
        return FormState(purpose: .grantsCase(.settle(c.application.id)), title: title(.settle, c), fields: [
            Field(key: CaseFormField.outcome, label: label(.outcome), kind: .choice(choices), required: true,
                  value: AppealOutcome.upheld.rawValue),
            Field(key: CaseFormField.note, label: label(.note), kind: .text(maxLength: 300)),
        ])
    }

    /// "12 500" or "12 500,50": an amount as typed back into a field.
    static func kronerText(_ m: Money) -> String {
        let text = m.formatted.hasPrefix("kr ") ? String(m.formatted.dropFirst(3)) : m.formatted
        return text.hasSuffix(",00") ? String(text.dropLast(3)) : text
    }

    /// A refusal in the words of this case: the budget one names the scheme, the year and what is left.
    static func refusalPhrase(_ r: GrantRefusal, _ c: GrantCase?, amount: Money?) -> Phrase {
        if case .budgetExceeded(let remaining) = r, let c {
            return .grantsCase(.budgetRefused(scheme: c.scheme.name, year: c.application.year,
                                              remaining: remaining ?? Self.remaining(c), amount: amount))
        }
        return .grantsCase(.refusal(r))
    }

    /// Puts each refusal on the field it concerns; true when one was marked.
    static func mark(_ refusals: [GrantRefusal], on form: inout FormState, _ c: GrantCase?, amount: Money?) -> Bool {
        var marked = false
        for r in refusals {
            let field: CaseFormField?
            switch r {
            case .amountNotPositive, .amountAboveApplied, .amountAboveMaximum, .budgetExceeded, .forwardedDecidesNoAmount:
                field = form.field(CaseFormField.amount) != nil ? .amount : .outcome
            case .partlyMustBeLess, .fullGrantMustMatch, .prizeAwardsExhausted: field = .outcome
            case .reasonRequired: field = .reasons
            case .noteRequired: field = .note
            case .conflictReasonRequired: field = .reason
            case .appealTooLate: field = .receivedOn
            case .appealGroundsRequired: field = .grounds
            default: field = nil
            }
            guard let field, form.field(field) != nil, form.field(field)?.error == nil else { continue }
            form.setError(field, refusalPhrase(r, c, amount: amount))
            marked = true
        }
        return marked
    }
}
