import DugnadCore

/// The inbox tools' forms (save a view, the `;` actions that need a value,
/// quick intake); saved by the Grants pane whichever tab is shown.
public enum GrantsInboxFormPurpose: Sendable, Equatable {
    case saveView
    case assignTagged
    case statusTagged
    case tagTagged
    /// A paper or walk-in application (F3 or the palette, from any tab).
    case intake
    /// A scheme's terms (administrators, `e` in the overview).
    case editScheme(RowID)
    /// An external funding source (0: a new one), from the funds screen.
    case externalFund(RowID)
}

enum ViewField: String, FormFieldKey { case name, expression }
enum BulkField: String, FormFieldKey { case staff, status, tag }
enum IntakeField: String, FormFieldKey { case organisation, applicant, organisationNumber, scheme, title, amount, received }

enum InboxForms {
    static func label(_ f: GrantsInboxPhrase.FieldName) -> Phrase { .grantsInbox(.field(f)) }

    static func saveView(expression: String) -> FormState {
        FormState(purpose: .grantsInbox(.saveView), title: .grantsInbox(.form(.saveView)), fields: [
            Field(key: ViewField.name, label: label(.viewName), kind: .text(maxLength: 40), required: true),
            Field(key: ViewField.expression, label: label(.expression), kind: .text(maxLength: 300), text: expression),
        ])
    }

    static func assign(staff: [String], me: String, lookup: Lookup) -> FormState {
        let names = staff.contains(me) ? staff : [me] + staff
        return FormState(purpose: .grantsInbox(.assignTagged), title: .grantsInbox(.form(.assign)), fields: [
            Field(key: BulkField.staff, label: label(.staff), kind: .picker(names.map { Choice(value: $0, label: lookup.staffName($0)) }),
                  required: true, value: me),
        ])
    }

    /// Every status but the decisions (they need the case's decision form).
    static func status(language: Language) -> FormState {
        let choices = ApplicationStatus.allCases.filter { !GrantWorkflow.decisions.contains($0) }
            .map { Choice(value: $0.rawValue, label: Phrase.applicationStatus($0).text(language)) }
        return FormState(purpose: .grantsInbox(.statusTagged), title: .grantsInbox(.form(.status)), fields: [
            Field(key: BulkField.status, label: label(.status), kind: .choice(choices), required: true,
                  value: ApplicationStatus.inReview.rawValue),
        ])
    }

    static func tag() -> FormState {
        FormState(purpose: .grantsInbox(.tagTagged), title: .grantsInbox(.form(.tag)), fields: [
            Field(key: BulkField.tag, label: label(.tag), kind: .text(maxLength: 40), required: true),
        ])
    }

    /// Puts a store refusal on the field it concerns; true when one was marked.
    static func mark(_ error: AppError, on form: inout FormState) -> Bool {
        guard case .grantRefused(let refusals) = error else { return false }
        var marked = false
        for r in refusals {
            let field: (any FormFieldKey)? = switch r {
            case .badOrganisationNumber: IntakeField.organisationNumber
            case .applicantRequired: IntakeField.organisation
            case .titleRequired: IntakeField.title
            case .amountNotPositive: IntakeField.amount
            case .servicePurchase: IntakeField.scheme
            case .noteRequired: form.field(ViewField.name) != nil ? ViewField.name : nil
            default: nil
            }
            if let field, form.index(of: field) != nil {
                form.setError(field, .grantsInbox(.refusal(r)))
                marked = true
            }
        }
        return marked
    }
}

enum IntakeForm {
    /// Organisation first (type to find it), then scheme, title, amount; received defaults to today.
    static func make(organisations: [IntakeOrganisation], schemes: [GrantScheme], today: CivilDate,
                     language: Language) -> FormState {
        let label = InboxForms.label
        let orgs = [Choice(value: "", label: GrantsInboxPhrase.unregistered.text(language))] + organisations.map {
            Choice(value: String($0.id), label: $0.name + ($0.organisationNumber.map { " (\($0))" } ?? ""))
        }
        let schemeChoices = schemes.map { Choice(value: String($0.id), label: $0.name) }
        let fields = [
            Field(key: IntakeField.organisation, label: label(.organisation), kind: .picker(orgs)),
            Field(key: IntakeField.applicant, label: label(.applicant), kind: .text(maxLength: 120)),
            Field(key: IntakeField.organisationNumber, label: label(.organisationNumber), kind: .text(maxLength: 11)),
            Field(key: IntakeField.scheme, label: label(.scheme), kind: .picker(schemeChoices), required: true),
            Field(key: IntakeField.title, label: label(.title), kind: .text(maxLength: 200), required: true),
            Field(key: IntakeField.amount, label: label(.amountKroner), kind: .number(range: 1...100_000_000), required: true),
            Field(key: IntakeField.received, label: label(.received), kind: .date, required: true, text: today.norwegian),
        ]
        return FormState(purpose: .grantsInbox(.intake), title: .grantsInbox(.form(.intake)), fields: fields)
    }

    /// The intake in the form, or nil with the wrong fields marked (the organisation number by its check digit).
    static func intake(from form: inout FormState, today: CivilDate) -> GrantIntake? {
        form.clearErrors()
        let organisation = RowID(form.value(IntakeField.organisation))
        let applicant = form.value(IntakeField.applicant)
        let number = form.value(IntakeField.organisationNumber).filter { !$0.isWhitespace }
        if organisation == nil && applicant.isEmpty {
            form.setError(IntakeField.organisation, .grantsInbox(.refusal(.applicantRequired)))
        }
        if organisation == nil, !number.isEmpty, case .failure = OrganisationNumber.validate(number) {
            form.setError(IntakeField.organisationNumber, .grantsInbox(.refusal(.badOrganisationNumber)))
        }
        guard form.fields.allSatisfy({ $0.error == nil }),
              let scheme = RowID(form.value(IntakeField.scheme)),
              let kroner = Int64(form.value(IntakeField.amount)),
              let received = DateInput.parseDate(form.value(IntakeField.received), today: today)
        else { return nil }
        return GrantIntake(schemeID: scheme, organisationID: organisation, applicantName: organisation == nil ? applicant : "",
                           organisationNumber: organisation == nil ? number : "", title: form.value(IntakeField.title),
                           amountRequested: Money(kroner: kroner), receivedOn: received, channel: "walk_in")
    }
}

extension InboxTools {
    /// F3 / the palette: read the organisations, then the form opens (over whichever tab is shown).
    static func openIntake(_ pane: inout GrantsScope) -> [Command] {
        guard pane.mayChange(.editDirectory) else { return [] }
        return [cmd(.loadIntakeOrganisations)]
    }

    /// Ctrl-S on one of the tools' forms.
    static func save(_ form: FormState, _ pane: inout GrantsScope) -> [Command]? {
        guard case .grantsInbox(let purpose) = form.purpose else { return nil }
        var form = form
        let ids = pane.state.tools.tagged.sorted()
        switch purpose {
        case .saveView:
            return pane.ui.submit(form, cmd(.saveView(name: form.value(ViewField.name), expression: form.value(ViewField.expression))))
        case .assignTagged:
            return pane.ui.submit(form, cmd(.bulk(ids, .assign(form.value(BulkField.staff)), on: pane.today)))
        case .statusTagged:
            guard let status = ApplicationStatus(rawValue: form.value(BulkField.status)) else { return [] }
            return pane.ui.submit(form, cmd(.bulk(ids, .setStatus(status), on: pane.today)))
        case .tagTagged:
            return pane.ui.submit(form, cmd(.tag(ids, form.value(BulkField.tag))))
        case .intake:
            guard let intake = IntakeForm.intake(from: &form, today: pane.today) else { return pane.ui.fieldsRefused(form) }
            return pane.ui.submit(form, cmd(.intake(intake)))
        case .editScheme(let id):
            return saveScheme(form, id: id, &pane)
        case .externalFund(let id):
            return saveFund(form, id: id, &pane)
        }
    }
}
