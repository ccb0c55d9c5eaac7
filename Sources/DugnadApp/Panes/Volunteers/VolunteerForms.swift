import DugnadCore

/// The Volunteers pane's forms.
public enum VolunteersFormPurpose: Sendable, Equatable {
    /// Registration at the front desk (from any tab through the palette, `n` in the pane).
    case register
    case decline(assignment: RowID, request: RowID)
    case reject(request: RowID)
    case sendBack(request: RowID)
}

enum RegistrationField: String, FormFieldKey {
    case name, birthYear, phone, email, kommunedel, skills, languages, availability, maxHours, parental, consent
}

enum ReasonField: String, FormFieldKey { case reason }

enum VolunteerForms {
    /// Name, phone and birth year first: what a walk-in says first; the rest has sensible defaults.
    static func registration(lookup: Lookup, language: Language) -> FormState {
        let districts = [Choice(value: "", label: Phrase.none.text(language))]
            + lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        func label(_ f: VolunteersPhrase.Field) -> Phrase { .volunteers(.field(f)) }
        let fields = [
            Field(key: RegistrationField.name, label: label(.name), kind: .text(maxLength: 100), required: true),
            Field(key: RegistrationField.phone, label: label(.phone), kind: .text(maxLength: 30)),
            Field(key: RegistrationField.birthYear, label: label(.birthYear), kind: .number(range: 1900...2100), required: true),
            Field(key: RegistrationField.email, label: label(.email), kind: .text(maxLength: 120)),
            Field(key: RegistrationField.kommunedel, label: label(.kommunedel), kind: .picker(districts)),
            Field(key: RegistrationField.skills, label: label(.skills), kind: .text(maxLength: 200)),
            Field(key: RegistrationField.languages, label: label(.languages), kind: .text(maxLength: 60), text: "nb"),
            Field(key: RegistrationField.availability, label: label(.availability), kind: .text(maxLength: 80)),
            Field(key: RegistrationField.maxHours, label: label(.maxHours), kind: .number(range: 0...744), text: "10"),
            Field(key: RegistrationField.parental, label: label(.parental), kind: .toggle, value: "0"),
            Field(key: RegistrationField.consent, label: label(.consent), kind: .toggle, value: "1"),
        ]
        return FormState(purpose: .volunteers(.register), title: .volunteers(.formRegister), fields: fields)
    }

    /// The volunteer in the form, or nil with the wrong fields marked.
    static func volunteer(from form: inout FormState, today: CivilDate) -> Volunteer? {
        form.clearErrors()
        guard let availability = WeeklyAvailability(text: form.value(RegistrationField.availability)) else {
            form.setError(RegistrationField.availability, .volunteers(.problem(.badSchedule)))
            return nil
        }
        func list(_ text: String) -> [String] { text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty } }
        let consent = form.value(RegistrationField.consent) == "1"
        return Volunteer(name: form.value(RegistrationField.name), birthYear: Int(form.value(RegistrationField.birthYear)) ?? 0,
                         kommunedelID: RowID(form.value(RegistrationField.kommunedel)),
                         phone: form.value(RegistrationField.phone), email: form.value(RegistrationField.email),
                         languages: list(form.value(RegistrationField.languages)),
                         skills: list(form.value(RegistrationField.skills)),
                         maxHoursPerMonth: Int(form.value(RegistrationField.maxHours)) ?? 10,
                         parentalConsent: form.value(RegistrationField.parental) == "1",
                         dataConsent: consent ? DataConsent(givenOn: today, purpose: DataConsent.standardPurpose) : nil,
                         availability: availability)
    }

    /// Marks the fields a refusal concerns; true when one was marked.
    static func mark(_ problems: [VolunteerProblem], on form: inout FormState) -> Bool {
        var marked = false
        for p in problems {
            let field: RegistrationField? = switch p {
            case .missingName: .name
            case .badBirthYear, .tooYoung: .birthYear
            case .noDataConsent: .consent
            case .minorWithoutParentalConsent: .parental
            case .unknownSkill: .skills
            case .badMaxHours: .maxHours
            default: nil
            }
            if let field { form.setError(field, .volunteers(.problem(p))); marked = true }
        }
        return marked
    }

    static func reason(_ purpose: VolunteersFormPurpose, title: VolunteersPhrase) -> FormState {
        FormState(purpose: .volunteers(purpose), title: .volunteers(title),
                  fields: [Field(key: ReasonField.reason, label: .volunteers(.field(.reason)), kind: .text(maxLength: 300),
                                 required: true)])
    }
}
