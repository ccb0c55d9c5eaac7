import DugnadCore

/// The register of external funding sources (issue 9 item 10), changed from its own screen:
/// Insert adds a source, Enter changes the selected one (grant officers and administrators;
/// the store checks the same permission and audits every change). Letters there search.
enum FundField: String, FormFieldKey { case giver, purpose, eligible, deadlines, url, active }

enum ExternalFundForm {
    static func make(_ fund: ExternalFund?) -> FormState {
        func label(_ f: GrantsInboxPhrase.FundField) -> Phrase { .grantsInbox(.fund(f)) }
        let f = fund ?? ExternalFund(giver: "", purpose: "")
        return FormState(purpose: .grantsInbox(.externalFund(f.id)), title: .grantsInbox(.fundFormTitle(fund?.giver)), fields: [
            Field(key: FundField.giver, label: label(.giver), kind: .text(maxLength: 120), required: true, text: f.giver),
            Field(key: FundField.purpose, label: label(.purpose), kind: .text(maxLength: 300), required: true, text: f.purpose),
            Field(key: FundField.eligible, label: label(.eligible), kind: .text(maxLength: 300), text: f.eligible),
            Field(key: FundField.deadlines, label: label(.deadlines), kind: .text(maxLength: 120), text: f.deadlines),
            Field(key: FundField.url, label: label(.url), kind: .text(maxLength: 300), text: f.url),
            Field(key: FundField.active, label: label(.active), kind: .toggle, value: f.active ? "1" : "0"),
        ])
    }

    static func fund(from form: FormState, id: RowID) -> ExternalFund {
        ExternalFund(id: id, giver: form.value(FundField.giver).trimmingWhitespace(),
                     purpose: form.value(FundField.purpose).trimmingWhitespace(),
                     eligible: form.value(FundField.eligible).trimmingWhitespace(),
                     deadlines: form.value(FundField.deadlines).trimmingWhitespace(),
                     url: form.value(FundField.url).trimmingWhitespace(), active: form.value(FundField.active) == "1")
    }
}

extension InboxTools {
    /// Insert (new) or Enter (the selected source) on the funds screen.
    static func openFund(new: Bool, _ pane: inout GrantsScope) -> [Command] {
        guard pane.mayChange(.handleGrants) else { return [] }
        if new { pane.ui.form = ExternalFundForm.make(nil); return [] }
        let funds = visibleFunds(pane.state.tools)
        guard !funds.isEmpty else { return [] }
        pane.ui.form = ExternalFundForm.make(funds[min(pane.state.tools.fundSelected, funds.count - 1)])
        return []
    }

    /// Ctrl-S on the fund form.
    static func saveFund(_ form: FormState, id: RowID, _ pane: inout GrantsScope) -> [Command] {
        var form = form
        guard form.validateAll(today: pane.today) else { return pane.ui.fieldsRefused(form) }
        return pane.ui.submit(form, cmd(.saveFund(ExternalFundForm.fund(from: form, id: id))))
    }

    /// The store's answer: the list is read again, the search kept.
    static func fundSaved(_ fund: ExternalFund, _ result: Result<RowID, AppError>, _ pane: inout GrantsScope) -> [Command] {
        switch result {
        case .success:
            pane.ui.submitted(.grantsInbox(fund.active ? .fundSaved(fund.giver) : .fundDeactivated(fund.giver)))
            return [cmd(.loadFunds)]
        case .failure(let e):
            pane.ui.submitFailed(e) { _ in false }
            return []
        }
    }
}
