import DugnadCore

/// The Volunteers pane's answers to keys, forms and the store.
enum VolunteersUpdate {
    static func update(_ pane: inout VolunteersScope, _ msg: VolunteersMsg) -> [Command] {
        switch msg {
        case .triageLoaded(.success(let snapshot)):
            pane.state.triage = snapshot
            pane.state.ownServiceIDs = snapshot.ownServiceIDs
            pane.state.triageSelected = min(pane.state.triageSelected, max(0, snapshot.total - 1))
            // The queue shrank under the selection: read the window it is in now.
            if pane.state.selectedTriage == nil && snapshot.total > 0 { return [VolunteersPane.triageCommand(pane)] }
            return []
        case .desk(let m):
            return VolunteerDeskUpdate.update(&pane, m)
        case .requestLoaded(.success(let detail)):
            guard case .request(let id, let old)? = pane.state.screens.last, id == detail.request.id else { return [] }
            var d = detail
            if let old { d.onAssignments = old.onAssignments; d.selected = min(old.selected, max(0, (old.onAssignments ? d.assignments.count : d.candidates.count) - 1)) }
            pane.state.screens[pane.state.screens.count - 1] = .request(id: id, d)
            return []
        case .proposalReady(.success(let review)):
            guard case .proposal? = pane.state.screens.last else { return [] }
            pane.state.screens[pane.state.screens.count - 1] = .proposal(review)
            return []
        case .changed(.success(let requestID), let phrase):
            if pane.form != nil { pane.ui.submitted(phrase) } else { pane.ui.say(phrase) }
            if case .request(let id, _)? = pane.state.screens.last, id == requestID {
                return [.volunteers(.loadRequest(id)), VolunteersPane.triageCommand(pane)]
            }
            return [VolunteersPane.triageCommand(pane)]
        case .proposalApplied(.success(let n)):
            pane.ui.say(.volunteers(.proposedSaved(n)))
            pane.state.screens.removeAll { if case .proposal = $0 { return true } else { return false } }
            return [VolunteersPane.triageCommand(pane)]
        case .registered(.success):
            let name = pane.form?.value(RegistrationField.name) ?? ""
            pane.ui.submitted(.volunteers(.registered(name)))
            return []
        case .registered(.failure(let error)):
            pane.ui.submitFailed(error) { form in
                if case .volunteer(let problems) = error { return VolunteerForms.mark(problems, on: &form) }
                return false
            }
            return []
        case .triageLoaded(.failure(let e)), .requestLoaded(.failure(let e)), .proposalReady(.failure(let e)),
             .proposalApplied(.failure(let e)), .changed(.failure(let e), _):
            if pane.form != nil { pane.ui.submitFailed(e) } else { pane.ui.fail(phrase(for: e)) }
            return []
        }
    }

    static func perform(_ action: Action, _ pane: inout VolunteersScope) -> [Command]? {
        if action == .registerVolunteer {
            guard pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = VolunteerForms.registration(lookup: pane.lookup, language: pane.language, today: pane.today)
            return []
        }
        switch pane.state.screens.last {
        case .request(let id, let detail): return performOnRequest(action, id, detail, &pane)
        case .proposal(let review): return performOnProposal(action, review, &pane)
        case .card(let id, let card): return VolunteerDeskUpdate.performOnCard(action, id, card, &pane)
        case .reading(let text): return VolunteerDeskUpdate.performOnReading(action, text, &pane)
        case .hours(let totals): return VolunteerDeskUpdate.performOnHours(action, totals, &pane)
        case .crisis(let list): return VolunteerDeskUpdate.performOnCrisis(action, list, &pane)
        case nil: break
        }
        if let commands = VolunteerDeskUpdate.performAnywhere(action, &pane) { return commands }
        switch action {
        case .nextFocus, .previousFocus:
            let all = VolunteersState.Section.allCases
            let step = action == .nextFocus ? 1 : all.count - 1
            pane.state.section = all[(pane.state.section.rawValue + step) % all.count]
            return VolunteersPane.shown(&pane)
        case .matchAll:
            guard pane.mayChange(.handleVolunteers) else { return [] }
            pane.state.screens.append(.proposal(nil))
            return [.volunteers(.proposeAll)]
        default: break
        }
        guard pane.state.section == .triage else {
            switch (pane.state.section, action) {
            case (.volunteers, .open):
                guard let v = pane.state.volunteers.selectedRow else { return [] }
                pane.state.screens.append(.card(id: v.id, nil))
                return [.volunteers(.desk(.loadCard(v.id)))]
            case (.requests, .open):
                guard let r = pane.state.requests.selectedRow else { return [] }
                pane.state.screens.append(.request(id: r.id, nil))
                return [.volunteers(.loadRequest(r.id))]
            case (.requests, .editRequest):
                guard let r = pane.state.requests.selectedRow else { return [] }
                return VolunteerDeskUpdate.editRequest(r, &pane)
            default: break
            }
            guard let list = VolunteersPane.activeList(pane.state) else { return nil }
            return ListActions.perform(action, list, &pane)
        }
        let count = pane.state.triage?.total ?? 0
        func move(_ to: Int) -> [Command] {
            pane.state.triageSelected = max(0, min(count - 1, to))
            return pane.state.selectedTriage == nil && count > 0 ? [VolunteersPane.triageCommand(pane)] : []
        }
        switch action {
        case .moveUp: return move(pane.state.triageSelected - 1)
        case .moveDown: return move(pane.state.triageSelected + 1)
        case .pageUp: return move(pane.state.triageSelected - 10)
        case .pageDown: return move(pane.state.triageSelected + 10)
        case .first: return move(0)
        case .last: return move(count - 1)
        case .editRequest:
            guard let row = pane.state.selectedTriage else { return [] }
            return VolunteerDeskUpdate.editRequest(row.request, &pane)
        case .cyclePriority:
            guard let row = pane.state.selectedTriage else { return [] }
            return VolunteerDeskUpdate.cyclePriority(row.request, &pane)
        case .open:
            guard let row = pane.state.selectedTriage else { return [] }
            pane.state.screens.append(.request(id: row.request.id, nil))
            return [.volunteers(.loadRequest(row.request.id))]
        case .triageRequest:
            guard let row = pane.state.selectedTriage, pane.mayChange(.handleVolunteers) else { return [] }
            let step: RequestWorkflow.Step = row.request.status == .new ? .triage : .startMatching
            return [.volunteers(.step(step, request: row.request.id, note: ""))]
        case .rejectRequest:
            guard let row = pane.state.selectedTriage, pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = VolunteerForms.reason(.reject(request: row.request.id), title: .formRejectReason)
            return []
        case .sendBackRequest:
            guard let row = pane.state.selectedTriage, pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = VolunteerForms.reason(.sendBack(request: row.request.id), title: .formQuestion)
            return []
        default: return nil
        }
    }

    private static func performOnRequest(_ action: Action, _ id: RowID, _ detail: RequestDetail?,
                                         _ pane: inout VolunteersScope) -> [Command]? {
        if action == .close { pane.state.screens.removeLast(); return VolunteersPane.shown(&pane) }
        guard var d = detail else { return [] }
        let count = d.onAssignments ? d.assignments.count : d.candidates.count
        func set(_ new: RequestDetail) { pane.state.screens[pane.state.screens.count - 1] = .request(id: id, new) }
        switch action {
        case .moveUp: d.selected = max(0, d.selected - 1); set(d); return []
        case .moveDown: d.selected = max(0, min(count - 1, d.selected + 1)); set(d); return []
        case .nextFocus, .previousFocus: d.onAssignments.toggle(); d.selected = 0; set(d); return []
        case .proposeVolunteer:
            guard !d.onAssignments, d.candidates.indices.contains(d.selected), pane.mayChange(.handleVolunteers) else { return [] }
            return [.volunteers(.propose(request: id, volunteer: d.candidates[d.selected].volunteer.id))]
        case .confirmAssignment:
            guard d.onAssignments, d.assignments.indices.contains(d.selected), pane.mayChange(.handleVolunteers) else { return [] }
            return [.volunteers(.confirm(assignment: d.assignments[d.selected].id, request: id))]
        case .declineAssignment:
            guard d.onAssignments, d.assignments.indices.contains(d.selected), pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = VolunteerForms.reason(.decline(assignment: d.assignments[d.selected].id, request: id), title: .formDeclineReason)
            return []
        case .editRequest: return VolunteerDeskUpdate.editRequest(d.request, &pane)
        case .triageRequest:
            // A request opened from the requests list is triaged where it is (the queue may be long).
            guard pane.mayChange(.handleVolunteers) else { return [] }
            let step: RequestWorkflow.Step = d.request.status == .new ? .triage : .startMatching
            return [.volunteers(.step(step, request: id, note: ""))]
        case .logHours:
            // On the assignment picked (Tab), or the only confirmed one.
            let confirmed = d.assignments.filter { $0.status == .confirmed }
            let picked = d.onAssignments && d.assignments.indices.contains(d.selected) ? d.assignments[d.selected]
                : confirmed.count == 1 ? confirmed[0] : nil
            guard let a = picked, pane.mayChange(.handleVolunteers) else {
                pane.ui.fail(.nothingSelected); return []
            }
            pane.form = DeskForms.hours(.hours(assignment: a.id, request: id), today: pane.today)
            return []
        case .logGroupHours:
            guard pane.mayChange(.handleVolunteers) else { return [] }
            pane.form = DeskForms.hours(.groupHours(request: id), today: pane.today)
            return []
        default: return nil
        }
    }

    private static func performOnProposal(_ action: Action, _ review: ProposalReview?,
                                          _ pane: inout VolunteersScope) -> [Command]? {
        if action == .close { pane.state.screens.removeLast(); return VolunteersPane.shown(&pane) }
        guard var r = review else { return [] }
        func set(_ new: ProposalReview) { pane.state.screens[pane.state.screens.count - 1] = .proposal(new) }
        switch action {
        case .moveUp: r.selected = max(0, r.selected - 1); set(r); return []
        case .moveDown: r.selected = max(0, min(r.rows.count - 1, r.selected + 1)); set(r); return []
        case .pageDown: r.selected = max(0, min(r.rows.count - 1, r.selected + 10)); set(r); return []
        case .pageUp: r.selected = max(0, r.selected - 10); set(r); return []
        case .toggleProposal:
            guard r.rows.indices.contains(r.selected) else { return [] }
            if r.leftOut.contains(r.selected) { r.leftOut.remove(r.selected) } else { r.leftOut.insert(r.selected) }
            r.selected = min(r.rows.count - 1, r.selected + 1)
            set(r); return []
        case .acceptProposal:
            guard !r.accepted.isEmpty, pane.mayChange(.handleVolunteers) else { return [] }
            return [.volunteers(.applyProposal(r.accepted))]
        default: return nil
        }
    }

    static func save(_ form: FormState, _ pane: inout VolunteersScope) -> [Command] {
        guard case .volunteers(let purpose) = form.purpose else { return [] }
        if let commands = VolunteerDeskUpdate.save(purpose, form, &pane) { return commands }
        switch purpose {
        case .register, .editVolunteer, .attest, .request, .hours, .groupHours, .crisis: return []
        case .decline(let a, let r):
            return pane.ui.submit(form, .volunteers(.decline(assignment: a, request: r, reason: form.value(ReasonField.reason))))
        case .reject(let r):
            return pane.ui.submit(form, .volunteers(.step(.reject, request: r, note: form.value(ReasonField.reason))))
        case .sendBack(let r):
            return pane.ui.submit(form, .volunteers(.step(.sendBack, request: r, note: form.value(ReasonField.reason))))
        }
    }
}
