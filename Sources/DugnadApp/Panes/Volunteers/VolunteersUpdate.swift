import DugnadCore

/// The Volunteers pane's answers to keys, forms and the store.
enum VolunteersUpdate {
    static func update(_ pane: inout VolunteersScope, _ msg: VolunteersMsg) -> [Command] {
        switch msg {
        case .triageLoaded(.success(let snapshot)):
            pane.state.triage = snapshot
            pane.state.triageSelected = min(pane.state.triageSelected, max(0, snapshot.rows.count - 1))
            return []
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
                return [.volunteers(.loadRequest(id)), .volunteers(.loadTriage)]
            }
            return [.volunteers(.loadTriage)]
        case .proposalApplied(.success(let n)):
            pane.ui.say(.volunteers(.proposedSaved(n)))
            pane.state.screens.removeAll { if case .proposal = $0 { return true } else { return false } }
            return [.volunteers(.loadTriage)]
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
            pane.form = VolunteerForms.registration(lookup: pane.lookup, language: pane.language)
            return []
        }
        switch pane.state.screens.last {
        case .request(let id, let detail): return performOnRequest(action, id, detail, &pane)
        case .proposal(let review): return performOnProposal(action, review, &pane)
        case nil: break
        }
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
            guard let list = VolunteersPane.activeList(pane.state) else { return nil }
            return ListActions.perform(action, list, &pane)
        }
        let count = pane.state.triage?.rows.count ?? 0
        switch action {
        case .moveUp: pane.state.triageSelected = max(0, pane.state.triageSelected - 1); return []
        case .moveDown: pane.state.triageSelected = max(0, min(count - 1, pane.state.triageSelected + 1)); return []
        case .pageUp: pane.state.triageSelected = max(0, pane.state.triageSelected - 10); return []
        case .pageDown: pane.state.triageSelected = max(0, min(count - 1, pane.state.triageSelected + 10)); return []
        case .first: pane.state.triageSelected = 0; return []
        case .last: pane.state.triageSelected = max(0, count - 1); return []
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
        var form = form
        switch purpose {
        case .register:
            guard let v = VolunteerForms.volunteer(from: &form, today: pane.today) else { return pane.ui.fieldsRefused(form) }
            return pane.ui.submit(form, .volunteers(.register(v)))
        case .decline(let a, let r):
            return pane.ui.submit(form, .volunteers(.decline(assignment: a, request: r, reason: form.value(ReasonField.reason))))
        case .reject(let r):
            return pane.ui.submit(form, .volunteers(.step(.reject, request: r, note: form.value(ReasonField.reason))))
        case .sendBack(let r):
            return pane.ui.submit(form, .volunteers(.step(.sendBack, request: r, note: form.value(ReasonField.reason))))
        }
    }
}
