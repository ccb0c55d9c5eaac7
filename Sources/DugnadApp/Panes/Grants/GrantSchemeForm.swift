import DugnadCore

/// An administrator changes a scheme's terms from the overview (`e` on a scheme's line): the year's budget,
/// the most one application can get, the round deadlines, what must be reported, the rule letters cite.
/// The store refuses a budget below what a year has granted and says which year.
enum SchemeField: String, FormFieldKey { case budget, maximum, deadlines, reporting, rule }

enum SchemeForm {
    static func make(_ scheme: GrantScheme, language: Language) -> FormState {
        func label(_ f: GrantSchemePhrase.Field) -> Phrase { .grantScheme(.field(f)) }
        return FormState(purpose: .grantsInbox(.editScheme(scheme.id)), title: .grantScheme(.title(scheme.name)), fields: [
            Field(key: SchemeField.budget, label: label(.budget), kind: .text(maxLength: 20), required: true,
                  text: kroner(scheme.annualBudget)),
            Field(key: SchemeField.maximum, label: label(.maximum), kind: .text(maxLength: 20),
                  text: scheme.maximumAmount.map(kroner) ?? ""),
            Field(key: SchemeField.deadlines, label: label(.deadlines), kind: .text(maxLength: 80),
                  text: deadlinesText(scheme.rounds)),
            Field(key: SchemeField.reporting, label: label(.reporting), kind: .text(maxLength: 300), text: scheme.reporting),
            Field(key: SchemeField.rule, label: label(.rule), kind: .text(maxLength: 300), text: scheme.rule),
        ])
    }

    /// "120000" (whole kroner) or "1234,50": as the amount fields of the decision form are typed.
    static func kroner(_ m: Money) -> String {
        m.ore % 100 == 0 ? String(m.ore / 100) : "\(m.ore / 100),\(pad2Digits(Int(abs(m.ore % 100))))"
    }

    /// "01.03, 15.09" — Norwegian day.month; empty for a rolling scheme.
    static func deadlinesText(_ rounds: SchemeRounds) -> String {
        guard case .deadlines(let days) = rounds else { return "" }
        return days.map { "\(pad2Digits($0.day)).\(pad2Digits($0.month))" }.joined(separator: ", ")
    }

    /// Reads "01.03, 15.09" (or "1.3 15.9"); empty = rolling; nil when a part is not a day.month.
    static func rounds(_ text: String) -> SchemeRounds? {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        if parts.isEmpty { return .rolling }
        var stored: [String] = []
        for p in parts {
            let bits = p.split(separator: ".", omittingEmptySubsequences: true)
            guard bits.count == 2, let d = Int(bits[0]), let m = Int(bits[1]) else { return nil }
            stored.append("\(pad2Digits(m))-\(pad2Digits(d))")
        }
        return SchemeRounds(stored: stored.joined(separator: ","))
    }

    /// The edit the fields describe, or nil with the bad fields marked.
    static func edit(from form: inout FormState, scheme: GrantScheme) -> GrantSchemeEdit? {
        var edit = GrantSchemeEdit(scheme)
        if let m = Money(parsing: form.value(SchemeField.budget)) { edit.annualBudget = m } else {
            form.setError(SchemeField.budget, .grantScheme(.notAnAmount))
        }
        let maximum = form.value(SchemeField.maximum).trimmingWhitespace()
        if maximum.isEmpty { edit.maximumAmount = nil } else if let m = Money(parsing: maximum) { edit.maximumAmount = m } else {
            form.setError(SchemeField.maximum, .grantScheme(.notAnAmount))
        }
        if let r = rounds(form.value(SchemeField.deadlines)) { edit.rounds = r } else {
            form.setError(SchemeField.deadlines, .grantScheme(.badDeadlines))
        }
        edit.reporting = form.value(SchemeField.reporting)
        edit.rule = form.value(SchemeField.rule)
        return form.fields.allSatisfy { $0.error == nil } ? edit : nil
    }
}

extension InboxTools {
    /// `e` in the overview on a scheme's line (administrators).
    static func openSchemeEdit(_ pane: inout GrantsScope) -> [Command] {
        guard let o = pane.state.tools.overview else { return [] }
        let rows = OverviewRows.rows(o)
        guard rows.indices.contains(pane.state.tools.overviewSelected),
              case .scheme(let line) = rows[pane.state.tools.overviewSelected] else {
            pane.ui.fail(.grantScheme(.pickAScheme))
            return []
        }
        guard pane.mayChange(.editSchemes) else { return [] }
        guard let scheme = pane.lookup.schemes.first(where: { $0.id == line.schemeID }) else { return [] }
        pane.ui.form = SchemeForm.make(scheme, language: pane.language)
        return []
    }

    /// Ctrl-S on the scheme form.
    static func saveScheme(_ form: FormState, id: RowID, _ pane: inout GrantsScope) -> [Command] {
        var form = form
        guard let scheme = pane.lookup.schemes.first(where: { $0.id == id }),
              let edit = SchemeForm.edit(from: &form, scheme: scheme) else { return pane.ui.fieldsRefused(form) }
        return pane.ui.submit(form, cmd(.updateScheme(id, edit)))
    }

    /// The store's answer: the overview and the names everyone reads are read again.
    static func schemeUpdated(_ result: Result<GrantScheme, AppError>, _ pane: inout GrantsScope) -> [Command] {
        switch result {
        case .success(let s):
            pane.ui.submitted(.grantScheme(.saved(s.name)))
            return [cmd(.loadOverview(year: pane.state.tools.overviewYear ?? pane.today.year)), .loadLookup]
        case .failure(let e):
            pane.ui.submitFailed(e) { form in
                guard case .grantRefused(let refusals) = e else { return false }
                for r in refusals {
                    switch r {
                    case .budgetBelowDecided: form.setError(SchemeField.budget, .grantsInbox(.refusal(r)))
                    case .maximumAboveBudget: form.setError(SchemeField.maximum, .grantsInbox(.refusal(r)))
                    default: break
                    }
                }
                return true
            }
            return []
        }
    }
}

/// The scheme form's words.
public enum GrantSchemePhrase: Sendable, Equatable {
    public enum Field: Sendable, Equatable { case budget, maximum, deadlines, reporting, rule }
    case title(String)
    case field(Field)
    case notAnAmount
    case badDeadlines
    case pickAScheme
    case saved(String)

    func text(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .title(let name): return nb ? "Vilkår for «\(name)»" : "Terms of “\(name)”"
        case .field(let f):
            switch f {
            case .budget: return nb ? "Årsbudsjett (kr)" : "Year's budget (kr)"
            case .maximum: return nb ? "Maks per søknad (kr)" : "Most per application (kr)"
            case .deadlines: return nb ? "Søknadsfrister (dd.mm)" : "Deadlines (dd.mm)"
            case .reporting: return nb ? "Rapportering" : "Reporting"
            case .rule: return nb ? "Hjemmel" : "Rule"
            }
        case .notAnAmount: return nb ? "Skriv et beløp i kroner, f.eks. 250000 eller 1250,50." : "Type an amount in kroner, e.g. 250000 or 1250.50."
        case .badDeadlines: return nb ? "Skriv fristene som dag.måned, f.eks. 01.03, 15.09 – eller la feltet stå tomt for løpende søknader."
                                      : "Type the deadlines as day.month, e.g. 01.03, 15.09 – or leave it empty for rolling applications."
        case .pickAScheme: return nb ? "Velg en ordning i oversikten for å endre vilkårene." : "Pick a scheme in the overview to change its terms."
        case .saved(let name): return nb ? "Vilkårene for «\(name)» er lagret." : "The terms of “\(name)” are saved."
        }
    }
}
