import DugnadCore

/// The desk's answers: a volunteer's card and its keys, the request form, hours, the crisis list.
enum VolunteerDeskUpdate {
    static func update(_ pane: inout VolunteersScope, _ msg: VolunteerDeskMsg) -> [Command] {
        switch msg {
        case .cardLoaded(.success(let card)):
            guard case .card(let id, let old)? = pane.state.screens.last, id == card.volunteer.id else { return [] }
            var c = card
            c.selected = min(old?.selected ?? 0, max(0, c.assignments.count - 1))
            pane.state.screens[pane.state.screens.count - 1] = .card(id: id, c)
            return []
        case .saved(.success, let phrase):
            if pane.form != nil { pane.ui.submitted(phrase) } else { pane.ui.say(phrase) }
            return VolunteersPane.reloadVisible(&pane)
        case .saved(.failure(let error), _):
            guard pane.form != nil else { pane.ui.fail(phrase(for: error)); return [] }
            pane.ui.submitFailed(error) { form in
                guard case .volunteer(let problems) = error else { return false }
                if case .volunteers(.request) = form.purpose { return RequestForm.mark(problems, on: &form) }
                if case .volunteers(.hours) = form.purpose { form.setError(HoursField.hours, .volunteers(.problem(problems[0]))); return true }
                if case .volunteers(.groupHours) = form.purpose { form.setError(HoursField.hours, .volunteers(.problem(problems[0]))); return true }
                return VolunteerForms.mark(problems, on: &form)
            }
            return []
        case .confirmationLoaded(.success(let text)):
            pane.state.screens.append(.reading(text))
            return []
        case .hoursLoaded(.success(let totals)):
            guard case .hours? = pane.state.screens.last else { return [] }
            pane.state.screens[pane.state.screens.count - 1] = .hours(totals)
            return []
        case .crisisLoaded(.success(let list)):
            if pane.form != nil { pane.ui.submitted(.volunteers(.desk(.crisisAudited))) }
            if case .crisis? = pane.state.screens.last { pane.state.screens.removeLast() }
            pane.state.screens.append(.crisis(list))
            return []
        case .cardLoaded(.failure(let e)), .confirmationLoaded(.failure(let e)), .hoursLoaded(.failure(let e)),
             .crisisLoaded(.failure(let e)):
            if pane.form != nil { pane.ui.submitFailed(e) } else { pane.ui.fail(phrase(for: e)) }
            return []
        }
    }

    /// Desk actions reachable from the lists and the queue (and the palette); nil = not one of them.
    static func performAnywhere(_ action: Action, _ pane: inout VolunteersScope) -> [Command]? {
        switch action {
        case .newRequest:
            guard pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = RequestForm.make(lookup: pane.lookup, language: pane.language, today: pane.today)
            return []
        case .hoursTotals:
            let from = CivilDate(year: pane.today.year, month: 1, day: 1)!
            pane.state.screens.append(.hours(nil))
            return [.volunteers(.desk(.loadHours(.service, from: from, through: pane.today)))]
        case .crisisList:
            guard pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = DeskForms.crisis(lookup: pane.lookup, language: pane.language, today: pane.today)
            return []
        default: return nil
        }
    }

    static func editRequest(_ request: VolunteerRequest, _ pane: inout VolunteersScope) -> [Command] {
        guard pane.mayChange(.handleVolunteers) else { return [] }
        pane.form = RequestForm.make(lookup: pane.lookup, language: pane.language, today: pane.today, editing: request)
        return []
    }

    static func cyclePriority(_ request: VolunteerRequest, _ pane: inout VolunteersScope) -> [Command] {
        guard pane.mayChange(.handleVolunteers) else { return [] }
        let all = Priority.allCases
        let next = all[((all.firstIndex(of: request.priority) ?? 0) + 1) % all.count]
        return [.volunteers(.desk(.setPriority(request: request.id, next)))]
    }

    static func performOnCard(_ action: Action, _ id: RowID, _ card: VolunteerCard?, _ pane: inout VolunteersScope) -> [Command]? {
        if action == .close { pane.state.screens.removeLast(); return VolunteersPane.shown(&pane) }
        guard var c = card else { return [] }
        func set(_ new: VolunteerCard) { pane.state.screens[pane.state.screens.count - 1] = .card(id: id, new) }
        switch action {
        case .moveUp: c.selected = max(0, c.selected - 1); set(c); return []
        case .moveDown: c.selected = max(0, min(c.assignments.count - 1, c.selected + 1)); set(c); return []
        case .editVolunteer:
            guard pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = VolunteerForms.registration(lookup: pane.lookup, language: pane.language, today: pane.today,
                                                    editing: c.volunteer)
            return []
        case .recordPolitiattest:
            guard pane.mayChange(.handleVolunteers) else { return [] }
            var form = DeskForms.attest(volunteer: id, language: pane.language, today: pane.today)
            if let kind = c.selectedAssignment?.politiattest { form.setValue(AttestField.kind, kind.rawValue) }
            pane.form = form
            return []
        case .confirmationOfPurpose:
            guard let a = c.selectedAssignment, a.politiattest != nil else {
                pane.ui.fail(.volunteers(.desk(.noPolitiattestTask))); return []
            }
            return [.volunteers(.desk(.loadConfirmation(volunteer: id, request: a.requestID)))]
        case .pauseVolunteer:
            guard pane.mayChange(.handleVolunteers), c.volunteer.status != .left else { return [] }
            var v = c.volunteer
            v.status = v.status == .paused ? .active : .paused
            return [.volunteers(.desk(.setStatus(v)))]
        case .logHours:
            guard let a = c.selectedAssignment, pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = DeskForms.hours(.hours(assignment: a.id, request: a.requestID), today: pane.today)
            return []
        default: return nil
        }
    }

    static func performOnReading(_ action: Action, _ text: ReadingText, _ pane: inout VolunteersScope) -> [Command]? {
        var t = text
        switch action {
        case .close: pane.state.screens.removeLast(); return []
        case .moveUp: t.scroll = max(0, t.scroll - 1)
        case .moveDown: t.scroll = max(0, min(t.lines.count - 1, t.scroll + 1))
        default: return nil
        }
        pane.state.screens[pane.state.screens.count - 1] = .reading(t)
        return []
    }

    static func performOnHours(_ action: Action, _ totals: HoursTotals?, _ pane: inout VolunteersScope) -> [Command]? {
        if action == .close { pane.state.screens.removeLast(); return VolunteersPane.shown(&pane) }
        guard var t = totals else { return [] }
        switch action {
        case .moveUp: t.selected = max(0, t.selected - 1)
        case .moveDown: t.selected = max(0, min(t.rows.count - 1, t.selected + 1))
        case .cycleHoursGroup:
            let all = HoursGroup.allCases
            let next = all[((all.firstIndex(of: t.group) ?? 0) + 1) % all.count]
            return [.volunteers(.desk(.loadHours(next, from: t.from, through: t.through)))]
        default: return nil
        }
        pane.state.screens[pane.state.screens.count - 1] = .hours(t)
        return []
    }

    static func performOnCrisis(_ action: Action, _ list: CrisisCallList?, _ pane: inout VolunteersScope) -> [Command]? {
        if action == .close { pane.state.screens.removeLast(); return VolunteersPane.shown(&pane) }
        guard var l = list else { return [] }
        switch action {
        case .moveUp: l.selected = max(0, l.selected - 1)
        case .moveDown: l.selected = max(0, min(l.volunteers.count - 1, l.selected + 1))
        case .newCrisisQuery:
            var form = DeskForms.crisis(lookup: pane.lookup, language: pane.language, today: pane.today)
            form.setValue(CrisisField.day, l.query.day.norwegian)
            form.setValue(CrisisField.skills, l.query.skills.joined(separator: ", "))
            pane.form = form
            return []
        default: return nil
        }
        pane.state.screens[pane.state.screens.count - 1] = .crisis(l)
        return []
    }

    /// Ctrl-S on one of the desk's forms; nil for the pane's older forms.
    static func save(_ purpose: VolunteersFormPurpose, _ form: FormState, _ pane: inout VolunteersScope) -> [Command]? {
        var form = form
        switch purpose {
        case .register:
            guard let v = VolunteerForms.volunteer(from: &form, today: pane.today, vocabulary: pane.lookup.skills) else {
                return pane.ui.fieldsRefused(form)
            }
            return pane.ui.submit(form, .volunteers(.register(v)))
        case .editVolunteer:
            guard let v = VolunteerForms.volunteer(from: &form, today: pane.today, vocabulary: pane.lookup.skills) else {
                return pane.ui.fieldsRefused(form)
            }
            return pane.ui.submit(form, .volunteers(.desk(.updateVolunteer(v))))
        case .attest(let id):
            guard let kind = PolitiattestKind(rawValue: form.value(AttestField.kind)),
                  let day = DateInput.parseDate(form.value(AttestField.seenOn), today: pane.today) else { return [] }
            return pane.ui.submit(form, .volunteers(.desk(.recordAttest(volunteer: id, kind: kind, seenOn: day))))
        case .request(let original):
            guard let r = RequestForm.request(from: &form, lookup: pane.lookup, today: pane.today) else {
                return pane.ui.fieldsRefused(form)
            }
            return pane.ui.submit(form, .volunteers(.desk(original == nil ? .createRequest(r) : .updateRequest(r))))
        case .hours(let assignment, let request):
            guard let day = DateInput.parseDate(form.value(HoursField.day), today: pane.today),
                  let minutes = DeskForms.minutes(form.value(HoursField.hours)) else {
                form.setError(HoursField.hours, .notANumber)
                return pane.ui.fieldsRefused(form)
            }
            return pane.ui.submit(form, .volunteers(.desk(.logHours(assignment: assignment, day: day, minutes: minutes,
                                                                    request: request))))
        case .groupHours(let request):
            guard let day = DateInput.parseDate(form.value(HoursField.day), today: pane.today),
                  let minutes = DeskForms.minutes(form.value(HoursField.hours)) else {
                form.setError(HoursField.hours, .notANumber)
                return pane.ui.fieldsRefused(form)
            }
            return pane.ui.submit(form, .volunteers(.desk(.logGroupHours(request: request, day: day, minutes: minutes))))
        case .crisis:
            guard let day = DateInput.parseDate(form.value(CrisisField.day), today: pane.today) else { return [] }
            let query = CrisisQuery(day: day,
                                    skills: VolunteerForms.completeSkills(VolunteerForms.list(form.value(CrisisField.skills)),
                                                                          pane.lookup.skills),
                                    kommunedelIDs: RowID(form.value(CrisisField.kommunedel)).map { [$0] } ?? [],
                                    part: Int(form.value(CrisisField.part)).flatMap(DayPart.init(rawValue:)))
            return pane.ui.submit(form, .volunteers(.desk(.loadCrisis(query))))
        case .decline, .reject, .sendBack: return nil
        }
    }

    /// The registration form follows its input (skills to complete, free time in words, minors).
    static func formEdited(_ pane: inout VolunteersScope) {
        guard let form = pane.form else { return }
        switch form.purpose {
        case .volunteers(.register), .volunteers(.editVolunteer):
            var edited = form
            edited.notes = VolunteerForms.notes(form, lookup: pane.lookup, today: pane.today)
            pane.form = edited
        default: break
        }
    }
}
