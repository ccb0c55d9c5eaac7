import DugnadCore
import TerminalKit

/// Opens the organisation form, if the signed-in user may change the directory.
func openOrganisationForm(_ model: inout Model, editing org: Organisation?) -> [Command] {
    guard mayChange(&model, .editDirectory) else { return [] }
    var commands: [Command] = []
    if model.tab != .directory || model.directory.section != .organisations {
        model.tab = .directory
        model.directory.section = .organisations
        commands = model.windowCommand(.organisations).map { [$0] } ?? []
    }
    model.form = OrganisationForm.make(org, lookup: model.lookup, language: model.language)
    return commands
}

/// Checks the role before a change; says why not on the message line.
func mayChange(_ model: inout Model, _ permission: Permission) -> Bool {
    guard let staff = model.staff else {
        model.message = StatusMessage(.notStaff(user: model.user), isError: true)
        return false
    }
    guard Permissions.allows(staff.role, permission) else {
        model.message = StatusMessage(.forbidden(staff.role), isError: true)
        return false
    }
    return true
}

func askToggleActive(_ model: inout Model) -> [Command] {
    guard model.tab == .directory, model.activeList == .organisations,
          let org = model.directory.organisations.selectedRow else {
        model.message = StatusMessage(.nothingSelected, isError: true)
        return []
    }
    guard mayChange(&model, .editDirectory) else { return [] }
    model.overlay = .confirm(.setOrganisationActive(id: org.id, name: org.name, active: !org.active))
    return []
}

/// Keys while a form is open: the form handles editing, the root handles
/// saving, cancelling and quitting (asking first when there are unsaved edits).
func handleFormKey(_ model: inout Model, _ key: Key) -> [Command] {
    guard var form = model.form else { return [] }
    let outcome = form.handle(key, today: model.today)
    model.form = form
    switch outcome {
    case .handled: return []
    case .cancel:
        if form.isDirty { model.overlay = .confirm(.discardForm) } else { model.form = nil }
        return []
    case .quit:
        return perform(.quit, &model)
    case .save:
        return saveForm(&model)
    }
}

private func saveForm(_ model: inout Model) -> [Command] {
    guard var form = model.form, !form.saving else { return [] }
    guard form.validateAll(today: model.today) else {
        form.focusFirstError()
        model.form = form
        return []
    }
    switch form.purpose {
    case .organisation(let id):
        let original = id == 0 ? nil : model.directory.organisations.rows.first { $0.id == id }
        guard let org = OrganisationForm.organisation(from: &form, original: original) else {
            model.form = form
            return []
        }
        return submit(form, .saveOrganisation(org), &model)
    case .booking, .editBooking, .repeatBooking, .venueFilter, .freeSlot:
        return saveVenuesForm(&model, form)
    case .calendar(let purpose):
        return saveCalendarForm(&model, &form, purpose)
    case .venue, .closure:
        return saveVenueAdminForm(&model, form)
    }
}

func organisationSaved(_ model: inout Model, _ result: Result<Organisation, AppError>) -> [Command] {
    switch result {
    case .success(let org):
        let wasNew: Bool
        if case .organisation(let id) = model.form?.purpose { wasNew = id == 0 } else { wasNew = false }
        model.form = nil
        model.message = StatusMessage(wasNew ? .organisationCreated(org.name) : .organisationUpdated(org.name))
        model.directory.detail = nil
        return model.reload(.organisations, keepCursor: true)
    case .failure(let error):
        guard var form = model.form else {
            model.message = StatusMessage(phrase(for: error), isError: true)
            return []
        }
        form.saving = false
        switch error {
        case .invalidOrganisation(let problems):
            for p in problems {
                switch p {
                case .nameMissing, .nameTooLong: form.setError("name", .organisationProblem(p))
                case .orgNumber, .duplicateOrgNumber: form.setError("orgNumber", .organisationProblem(p))
                case .emailInvalid: form.setError("email", .organisationProblem(p))
                }
            }
            form.focusFirstError()
        case .duplicateOrgNumber:
            form.setError("orgNumber", .organisationProblem(.duplicateOrgNumber))
            form.focusFirstError()
        default:
            form.formError = phrase(for: error)
        }
        model.form = form
        model.message = StatusMessage(phrase(for: error), isError: true)
        return []
    }
}

func organisationActiveSet(_ model: inout Model, _ result: Result<Organisation, AppError>) -> [Command] {
    switch result {
    case .success(let org):
        model.message = StatusMessage(org.active ? .organisationReactivated(org.name) : .organisationDeactivated(org.name))
        model.directory.detail = nil
        return model.reload(.organisations, keepCursor: true)
    case .failure(let error):
        model.message = StatusMessage(phrase(for: error), isError: true)
        return []
    }
}
