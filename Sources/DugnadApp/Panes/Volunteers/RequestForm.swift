import DugnadCore

enum RequestField: String, FormFieldKey {
    case owner, title, requester, skills, date, weekly, weekdays, from, to, until, needed, politiattest, minimumAge
    case minors, site, kommunedel, language, priority, description
}

/// A request for volunteers from a service (`n` in the requests list, `e` to edit): what, when (one date or
/// a weekly pattern with start and end), where, how many, politiattest, age, language, priority, contact.
enum RequestForm {
    static func make(lookup: Lookup, language: Language, today: CivilDate, editing r: VolunteerRequest? = nil) -> FormState {
        func desk(_ f: DeskPhrase.Field) -> Phrase { .volunteers(.desk(.field(f))) }
        let none = Choice(value: "", label: Phrase.none.text(language))
        let services = [none] + lookup.services.map { Choice(value: String($0.id), label: $0.name) }
        let sites = [none] + lookup.sites.map { Choice(value: String($0.id), label: $0.name) }
        let districts = [none] + lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) }
        let attests = [Choice(value: "", label: Phrase.no.text(language))]
            + PolitiattestKind.allCases.map { Choice(value: $0.rawValue, label: VolunteersPhrase.politiattestKind($0).text(language)) }
        let priorities = Priority.allCases.map { Choice(value: $0.rawValue, label: Phrase.priority($0).text(language)) }
        let s = r?.schedule
        let fields = [
            Field(key: RequestField.owner, label: desk(.owner), kind: .picker(services), value: r?.serviceID.map { String($0) } ?? ""),
            Field(key: RequestField.title, label: desk(.title), kind: .text(maxLength: 120), required: true, text: r?.title ?? ""),
            Field(key: RequestField.requester, label: desk(.requester), kind: .text(maxLength: 100), text: r?.requester ?? ""),
            Field(key: RequestField.skills, label: desk(.skills), kind: .text(maxLength: 200),
                  text: r?.skills.joined(separator: ", ") ?? ""),
            Field(key: RequestField.date, label: desk(.date), kind: .date, required: true,
                  text: (s?.firstDate ?? today).norwegian),
            Field(key: RequestField.weekly, label: desk(.weekly), kind: .toggle, value: s.map { $0.isWeekly ? "1" : "0" } ?? "1"),
            Field(key: RequestField.weekdays, label: desk(.weekdays), kind: .text(maxLength: 20),
                  text: s.map { $0.weekdays.map(String.init).joined(separator: ",") } ?? ""),
            Field(key: RequestField.from, label: desk(.from), kind: .time, required: true, text: s?.start.text ?? "13:00"),
            Field(key: RequestField.to, label: desk(.to), kind: .time, required: true, text: s?.end.text ?? "15:00"),
            Field(key: RequestField.until, label: desk(.until), kind: .date,
                  text: s.flatMap { $0.isWeekly ? $0.lastDate?.norwegian : nil } ?? ""),
            Field(key: RequestField.needed, label: desk(.needed), kind: .number(range: 1...500), required: true,
                  text: String(r?.volunteersNeeded ?? 1)),
            Field(key: RequestField.politiattest, label: desk(.politiattest), kind: .choice(attests),
                  value: r?.politiattest?.rawValue ?? ""),
            Field(key: RequestField.minimumAge, label: desk(.minimumAge), kind: .number(range: 15...99),
                  text: String(r?.minimumAge ?? 18)),
            Field(key: RequestField.minors, label: desk(.minors), kind: .toggle, value: r?.suitableForMinors == true ? "1" : "0"),
            Field(key: RequestField.site, label: desk(.site), kind: .picker(sites), value: r?.siteID.map { String($0) } ?? ""),
            Field(key: RequestField.kommunedel, label: desk(.kommunedeler), kind: .picker(districts),
                  value: r?.kommunedelID.map { String($0) } ?? ""),
            Field(key: RequestField.language, label: desk(.language), kind: .text(maxLength: 10), text: r?.language ?? ""),
            Field(key: RequestField.priority, label: desk(.priority), kind: .choice(priorities),
                  value: (r?.priority ?? .normal).rawValue),
            Field(key: RequestField.description, label: desk(.description), kind: .text(maxLength: 1000), text: r?.description ?? ""),
        ]
        return FormState(purpose: .volunteers(.request(original: r)),
                         title: .volunteers(.desk(r == nil ? .formNewRequest : .formEditRequest)), fields: fields)
    }

    /// The request in the form, or nil with the wrong fields marked (the store checks the rest).
    static func request(from form: inout FormState, lookup: Lookup, today: CivilDate) -> VolunteerRequest? {
        form.clearErrors()
        guard let date = DateInput.parseDate(form.value(RequestField.date), today: today),
              let from = DateInput.parseTime(form.value(RequestField.from)),
              let to = DateInput.parseTime(form.value(RequestField.to)) else { return nil }
        let weekly = form.value(RequestField.weekly) == "1"
        let typedDays = form.value(RequestField.weekdays).split(whereSeparator: { $0 == "," || $0 == " " })
        let days = typedDays.compactMap { Int($0) }
        guard days.count == typedDays.count, days.allSatisfy({ (1...7).contains($0) }) else {
            form.setError(RequestField.weekdays, .volunteers(.problem(.badSchedule)))
            return nil
        }
        let until = DateInput.parseDate(form.value(RequestField.until), today: today)
        let schedule: RequestSchedule = weekly
            ? .weekly(days.isEmpty ? [date.weekday] : days, from: from, to: to, starting: date, until: until)
            : .once(date, from: from, to: to)
        guard schedule.isValid else {
            form.setError(to <= from ? RequestField.to : (until.map { $0 < date } ?? false) ? RequestField.until : RequestField.date,
                          .volunteers(.problem(.badSchedule)))
            return nil
        }
        let service = RowID(form.value(RequestField.owner))
        let site = RowID(form.value(RequestField.site))
        let district = RowID(form.value(RequestField.kommunedel))
            ?? site.flatMap { id in lookup.sites.first { $0.id == id }?.kommunedelID }
            ?? service.flatMap { id in lookup.services.first { $0.id == id }?.kommunedelID }
        var r: VolunteerRequest
        if case .volunteers(.request(let original?)) = form.purpose { r = original } else {
            r = VolunteerRequest(title: "", requester: "", serviceID: nil, organisationID: nil, kommunedelID: nil, skills: [],
                                 schedule: schedule, volunteersNeeded: 1, minimumAge: 18, priority: .normal, status: .new,
                                 createdOn: today)
        }
        r.title = form.value(RequestField.title)
        r.requester = form.value(RequestField.requester)
        r.serviceID = service
        if service != nil { r.organisationID = nil }
        r.siteID = site
        r.kommunedelID = district
        r.skills = VolunteerForms.completeSkills(VolunteerForms.list(form.value(RequestField.skills)), lookup.skills)
        r.schedule = schedule
        r.volunteersNeeded = Int(form.value(RequestField.needed)) ?? 1
        r.politiattest = PolitiattestKind(rawValue: form.value(RequestField.politiattest))
        r.minimumAge = Int(form.value(RequestField.minimumAge)) ?? 18
        r.suitableForMinors = form.value(RequestField.minors) == "1"
        let lang = form.value(RequestField.language)
        r.language = lang.isEmpty ? nil : lang
        r.priority = Priority(rawValue: form.value(RequestField.priority)) ?? .normal
        r.description = form.value(RequestField.description)
        return r
    }

    /// Marks the fields a refusal from the store concerns; true when one was marked.
    static func mark(_ problems: [VolunteerProblem], on form: inout FormState) -> Bool {
        var marked = false
        for p in problems {
            let field: RequestField? = switch p {
            case .missingTitle: .title
            case .badSchedule: .date
            case .badNeeded: .needed
            case .unknownSkill: .skills
            default: nil
            }
            if let field { form.setError(field, .volunteers(.problem(p))); marked = true }
        }
        return marked
    }
}

enum HoursField: String, FormFieldKey { case day, hours }
enum AttestField: String, FormFieldKey { case kind, seenOn }
enum CrisisField: String, FormFieldKey { case day, skills, kommunedel, part }

/// The small forms of the desk: hours (one assignment or a whole group), politiattest seen, the crisis query.
enum DeskForms {
    static func hours(_ purpose: VolunteersFormPurpose, today: CivilDate) -> FormState {
        let group: Bool = if case .groupHours = purpose { true } else { false }
        var form = FormState(purpose: .volunteers(purpose), title: .volunteers(.desk(group ? .formGroupHours : .formHours)), fields: [
            Field(key: HoursField.day, label: .volunteers(.desk(.field(.day))), kind: .date, required: true, text: today.norwegian),
            Field(key: HoursField.hours, label: .volunteers(.desk(.field(.hours))), kind: .text(maxLength: 6), required: true),
        ])
        // Hours are what is typed; the day is today unless changed (S-Tab).
        form.focus(on: HoursField.hours)
        return form
    }

    /// "1,5", "1.5", "2", "1:30" → minutes; nil for anything else.
    static func minutes(_ text: String) -> Int? {
        let t = text.trimmingWhitespace().replacingOccurrences(of: ",", with: ".")
        if let colon = t.firstIndex(of: ":") {
            guard let h = Int(t[..<colon]), let m = Int(t[t.index(after: colon)...]), (0..<60).contains(m) else { return nil }
            return h * 60 + m
        }
        guard let h = Double(t), h > 0 else { return nil }
        return Int((h * 60).rounded())
    }

    static func attest(volunteer: RowID, language: Language, today: CivilDate) -> FormState {
        FormState(purpose: .volunteers(.attest(volunteer: volunteer)), title: .volunteers(.desk(.formAttest)), fields: [
            Field(key: AttestField.kind, label: .volunteers(.desk(.field(.kind))),
                  kind: .choice(PolitiattestKind.allCases.map {
                      Choice(value: $0.rawValue, label: VolunteersPhrase.politiattestKind($0).text(language)) }),
                  value: PolitiattestKind.children.rawValue),
            Field(key: AttestField.seenOn, label: .volunteers(.desk(.field(.seenOn))), kind: .date, required: true,
                  text: today.norwegian),
        ])
    }

    static func crisis(lookup: Lookup, language: Language, today: CivilDate) -> FormState {
        let all = Choice(value: "", label: Phrase.none.text(language))
        return FormState(purpose: .volunteers(.crisis), title: .volunteers(.desk(.formCrisis)), fields: [
            Field(key: CrisisField.day, label: .volunteers(.desk(.field(.day))), kind: .date, required: true, text: today.norwegian),
            Field(key: CrisisField.skills, label: .volunteers(.desk(.field(.skills))), kind: .text(maxLength: 200)),
            Field(key: CrisisField.kommunedel, label: .volunteers(.desk(.field(.kommunedeler))),
                  kind: .picker([all] + lookup.kommunedeler.map { Choice(value: String($0.id), label: $0.name) })),
            Field(key: CrisisField.part, label: .volunteers(.desk(.field(.part))),
                  kind: .choice([all] + DayPart.allCases.map {
                      Choice(value: String($0.rawValue), label: DeskPhrase.dayPart($0).text(language)) })),
        ])
    }
}
