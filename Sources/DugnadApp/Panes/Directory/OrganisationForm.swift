import DugnadCore
import TerminalKit

/// The form that registers or edits an organisation.
enum OrganisationForm {
    static func make(_ org: Organisation?, lookup: Lookup, language: Language) -> FormState {
        let o = org ?? Organisation(name: "")
        let categories = OrganisationCategory.allCases.map {
            Choice(value: $0.rawValue, label: Phrase.organisationCategory($0).text(language))
        }
        let umbrellas = [Choice(value: "", label: Phrase.none.text(language))]
            + lookup.umbrellas.filter { $0.id != o.id }.map { Choice(value: String($0.id), label: $0.name) }
        let districts = [Choice(value: "", label: Phrase.none.text(language))]
            + lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        let fields = [
            Field(key: OrganisationFormField.name, label: .label(.name), kind: .text(maxLength: 120), required: true, text: o.name),
            Field(key: OrganisationFormField.orgNumber, label: .label(.orgNumber), kind: .text(maxLength: 11),
                  text: o.orgNumber.flatMap(OrganisationNumber.init)?.formatted ?? (o.orgNumber ?? "")),
            Field(key: OrganisationFormField.frivillighetsregisteret, label: .label(.frivillighetsregisteret), kind: .toggle,
                  value: o.inFrivillighetsregisteret ? "1" : "0"),
            Field(key: OrganisationFormField.category, label: .label(.category), kind: .choice(categories), value: o.category.rawValue),
            Field(key: OrganisationFormField.umbrella, label: .label(.umbrella), kind: .picker(umbrellas),
                  value: o.umbrellaID.map { String($0) } ?? ""),
            Field(key: OrganisationFormField.kommunedel, label: .label(.kommunedel), kind: .picker(districts),
                  value: o.kommunedelID.map { String($0) } ?? ""),
            Field(key: OrganisationFormField.contact, label: .label(.contact), kind: .text(maxLength: 80), text: o.contactName),
            Field(key: OrganisationFormField.email, label: .label(.email), kind: .text(maxLength: 120), text: o.email),
            Field(key: OrganisationFormField.phone, label: .label(.phone), kind: .text(maxLength: 30), text: o.phone),
        ]
        return FormState(purpose: .directory(.organisation(id: o.id)),
                         title: org.map { .editOrganisation($0.name) } ?? .newOrganisation,
                         fields: fields)
    }

    /// Reads the organisation out of the form, or marks the fields that are wrong.
    static func organisation(from form: inout FormState, original: Organisation?) -> Organisation? {
        form.clearErrors()
        let problems = OrganisationValidation.problems(name: form.value(OrganisationFormField.name), orgNumber: form.value(OrganisationFormField.orgNumber),
                                                       email: form.value(OrganisationFormField.email))
        for (field, problem) in problems {
            form.setError(OrganisationFormField(rawValue: field.rawValue) ?? .name, .organisationProblem(problem))
        }
        guard problems.isEmpty else {
            form.focusFirstError()
            return nil
        }
        var org = original ?? Organisation(name: "")
        if case .directory(.organisation(let id)) = form.purpose { org.id = id }
        org.name = form.value(OrganisationFormField.name)
        let number = form.value(OrganisationFormField.orgNumber)
        org.orgNumber = number.isEmpty ? nil : OrganisationNumber(number)?.digits
        org.inFrivillighetsregisteret = form.value(OrganisationFormField.frivillighetsregisteret) == "1"
        org.category = OrganisationCategory(rawValue: form.value(OrganisationFormField.category)) ?? .annet
        org.umbrellaID = RowID(form.value(OrganisationFormField.umbrella))
        org.kommunedelID = RowID(form.value(OrganisationFormField.kommunedel))
        org.contactName = form.value(OrganisationFormField.contact)
        org.email = form.value(OrganisationFormField.email)
        org.phone = form.value(OrganisationFormField.phone)
        return org
    }

    /// Puts a refusal from the store on the fields it concerns; false when it concerns none.
    static func mark(_ error: AppError, in form: inout FormState) -> Bool {
        switch error {
        case .invalidOrganisation(let problems):
            for p in problems {
                switch p {
                case .nameMissing, .nameTooLong: form.setError(OrganisationFormField.name, .organisationProblem(p))
                case .orgNumber, .duplicateOrgNumber: form.setError(OrganisationFormField.orgNumber, .organisationProblem(p))
                case .emailInvalid: form.setError(OrganisationFormField.email, .organisationProblem(p))
                }
            }
            return !problems.isEmpty
        case .duplicateOrgNumber:
            form.setError(OrganisationFormField.orgNumber, .organisationProblem(.duplicateOrgNumber))
            return true
        default:
            return false
        }
    }
}
