import DugnadCore

/// The Volunteers pane's forms.
public enum VolunteersFormPurpose: Sendable, Equatable {
    /// Registration at the front desk (F2 from any tab, the palette, `n` in the pane).
    case register
    /// The same form on a volunteer's card, as the volunteer was when it opened.
    case editVolunteer(Volunteer)
    case attest(volunteer: RowID)
    /// A request: nil = new.
    case request(original: VolunteerRequest?)
    case hours(assignment: RowID, request: RowID)
    case groupHours(request: RowID)
    case crisis
    case decline(assignment: RowID, request: RowID)
    case reject(request: RowID)
    case sendBack(request: RowID)
}

enum RegistrationField: String, FormFieldKey {
    case name, birthYear, phone, email, kommunedel, skills, availability, languages, maxHours, parental
    case consentDate, consentPurpose, confidentiality, introCourse, status
}

enum ReasonField: String, FormFieldKey { case reason }

enum VolunteerForms {
    /// Name, phone and birth year first: what a walk-in says first; the rest has sensible defaults (consent
    /// today for the standard purpose), so a registration is name, phone, year, skills, free time and Ctrl-S.
    static func registration(lookup: Lookup, language: Language, today: CivilDate, editing v: Volunteer? = nil) -> FormState {
        let districts = [Choice(value: "", label: Phrase.none.text(language))]
            + lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        func label(_ f: VolunteersPhrase.Field) -> Phrase { .volunteers(.field(f)) }
        func desk(_ f: DeskPhrase.Field) -> Phrase { .volunteers(.desk(.field(f))) }
        func yes(_ b: Bool) -> String { b ? "1" : "0" }
        let consent = v.map { $0.dataConsent } ?? DataConsent(givenOn: today, purpose: DataConsent.standardPurpose)
        var fields = [
            Field(key: RegistrationField.name, label: label(.name), kind: .text(maxLength: 100), required: true, text: v?.name ?? ""),
            Field(key: RegistrationField.phone, label: label(.phone), kind: .text(maxLength: 30), text: v?.phone ?? ""),
            Field(key: RegistrationField.birthYear, label: label(.birthYear), kind: .number(range: 1900...2100), required: true,
                  text: v.map { String($0.birthYear) } ?? ""),
            Field(key: RegistrationField.skills, label: label(.skills), kind: .text(maxLength: 200),
                  text: v?.skills.joined(separator: ", ") ?? ""),
            Field(key: RegistrationField.availability, label: label(.availability), kind: .text(maxLength: 80),
                  text: v?.availability.text ?? ""),
            Field(key: RegistrationField.kommunedel, label: label(.kommunedel), kind: .picker(districts),
                  value: v?.kommunedelID.map { String($0) } ?? ""),
            Field(key: RegistrationField.email, label: label(.email), kind: .text(maxLength: 120), text: v?.email ?? ""),
            Field(key: RegistrationField.languages, label: label(.languages), kind: .text(maxLength: 60),
                  text: v?.languages.joined(separator: ", ") ?? "nb"),
            Field(key: RegistrationField.maxHours, label: label(.maxHours), kind: .number(range: 0...744),
                  text: String(v?.maxHoursPerMonth ?? 10)),
            Field(key: RegistrationField.parental, label: label(.parental), kind: .toggle, value: yes(v?.parentalConsent ?? false)),
            Field(key: RegistrationField.consentDate, label: desk(.consentDate), kind: .date, required: true,
                  text: consent?.givenOn.norwegian ?? ""),
            Field(key: RegistrationField.consentPurpose, label: desk(.consentPurpose), kind: .text(maxLength: 200), required: true,
                  text: consent?.purpose ?? DataConsent.standardPurpose),
            Field(key: RegistrationField.confidentiality, label: desk(.confidentiality), kind: .toggle,
                  value: yes(v?.confidentialitySigned ?? false)),
            Field(key: RegistrationField.introCourse, label: desk(.introCourse), kind: .toggle, value: yes(v?.introCourseDone ?? false)),
        ]
        if let v {
            fields.append(Field(key: RegistrationField.status, label: desk(.status),
                                kind: .choice(VolunteerStatus.allCases.map {
                                    Choice(value: $0.rawValue, label: Phrase.volunteerStatus($0).text(language)) }),
                                value: v.status.rawValue))
        }
        var form = FormState(purpose: .volunteers(v.map { .editVolunteer($0) } ?? .register),
                             title: .volunteers(v == nil ? .formRegister : .desk(.formEditVolunteer)), fields: fields)
        form.notes = notes(form, lookup: lookup, today: today)
        return form
    }

    /// The lines under the registration form, following the input: the skills the last word can complete
    /// to, the free time in words, and a reminder of parental consent for 15–17-year-olds.
    static func notes(_ form: FormState, lookup: Lookup, today: CivilDate) -> [FormNote] {
        var notes: [FormNote] = []
        let focused = form.fields.indices.contains(form.focus) ? form.fields[form.focus].key : ""
        if focused == RegistrationField.skills.name {
            let last = form.value(RegistrationField.skills).split(separator: ",").last.map { String($0).trimmingWhitespace() } ?? ""
            notes.append(FormNote(.volunteers(.desk(.skillMatches(skillMatches(last, lookup.skills))))))
        }
        let typed = form.value(RegistrationField.availability)
        if let a = WeeklyAvailability(text: typed) {
            notes.append(FormNote(typed.isEmpty && focused == RegistrationField.availability.name
                                  ? .volunteers(.desk(.availabilityHint)) : .volunteers(.desk(.availabilityWords(a)))))
        } else {
            notes.append(FormNote(.volunteers(.desk(.availabilityHint)), isError: true))
        }
        if let year = Int(form.value(RegistrationField.birthYear)), (today.year - 17...today.year - 15).contains(year),
           form.value(RegistrationField.parental) != "1" {
            notes.append(FormNote(.volunteers(.desk(.minorNeedsConsent)), isError: true))
        }
        return notes
    }

    /// The vocabulary's skills starting with (or else containing) `prefix`; all of them for an empty prefix.
    static func skillMatches(_ prefix: String, _ vocabulary: [String]) -> [String] {
        let p = prefix.lowercased()
        if p.isEmpty { return vocabulary }
        let starting = vocabulary.filter { $0.lowercased().hasPrefix(p) }
        return starting.isEmpty ? vocabulary.filter { $0.lowercased().contains(p) } : starting
    }

    /// Completes each typed skill that is the start of exactly one skill of the vocabulary ("besøk" →
    /// "besøksvenn"); the others stay as typed (the store refuses unknown ones by name).
    static func completeSkills(_ typed: [String], _ vocabulary: [String]) -> [String] {
        typed.map { t in
            if vocabulary.contains(t) { return t }
            let hits = vocabulary.filter { $0.lowercased().hasPrefix(t.lowercased()) }
            return hits.count == 1 ? hits[0] : t
        }
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The volunteer in the form, or nil with the wrong fields marked.
    static func volunteer(from form: inout FormState, today: CivilDate, vocabulary: [String] = []) -> Volunteer? {
        form.clearErrors()
        guard let availability = WeeklyAvailability(text: form.value(RegistrationField.availability)) else {
            form.setError(RegistrationField.availability, .volunteers(.problem(.badSchedule)))
            return nil
        }
        let consentDay = DateInput.parseDate(form.value(RegistrationField.consentDate), today: today)
        if consentDay.map({ $0 > today }) ?? false {
            form.setError(RegistrationField.consentDate, .volunteers(.problem(.badSchedule)))
            return nil
        }
        let purpose = form.value(RegistrationField.consentPurpose)
        var v: Volunteer
        if case .volunteers(.editVolunteer(let old)) = form.purpose { v = old } else {
            v = Volunteer(name: "", birthYear: 0, kommunedelID: nil)
        }
        v.name = form.value(RegistrationField.name)
        v.birthYear = Int(form.value(RegistrationField.birthYear)) ?? 0
        v.kommunedelID = RowID(form.value(RegistrationField.kommunedel))
        v.phone = form.value(RegistrationField.phone)
        v.email = form.value(RegistrationField.email)
        v.languages = list(form.value(RegistrationField.languages))
        v.skills = completeSkills(list(form.value(RegistrationField.skills)), vocabulary)
        v.maxHoursPerMonth = Int(form.value(RegistrationField.maxHours)) ?? 10
        v.parentalConsent = form.value(RegistrationField.parental) == "1"
        v.confidentialitySigned = form.value(RegistrationField.confidentiality) == "1"
        v.introCourseDone = form.value(RegistrationField.introCourse) == "1"
        v.dataConsent = consentDay.flatMap { purpose.isEmpty ? nil : DataConsent(givenOn: $0, purpose: purpose) }
        v.availability = availability
        if let status = VolunteerStatus(rawValue: form.value(RegistrationField.status)) { v.status = status }
        return v
    }

    /// Marks the fields a refusal concerns; true when one was marked.
    static func mark(_ problems: [VolunteerProblem], on form: inout FormState) -> Bool {
        var marked = false
        for p in problems {
            let field: RegistrationField? = switch p {
            case .missingName: .name
            case .badBirthYear, .tooYoung: .birthYear
            case .noDataConsent: .consentDate
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
