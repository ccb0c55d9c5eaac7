import DugnadCore
import TerminalKit

// Saving a form, the same way in every pane: Ctrl-S accepted → the form is
// marked as saving (a second Ctrl-S does nothing) and the status line says
// so while the store works; the answer either closes the form with a message
// or leaves it open, no longer saving, with the reason on it.

extension SharedUI {
    /// Ctrl-S accepted: keeps `form` open as saving and asks for `command`.
    public mutating func submit(_ form: FormState, _ command: Command) -> [Command] {
        var form = form
        form.saving = true
        self.form = form
        message = StatusMessage(.saving)
        return [command]
    }

    /// The store saved it: the form closes and the message line says what happened.
    public mutating func submitted(_ phrase: Phrase) {
        form = nil
        message = StatusMessage(phrase)
    }

    /// The store refused: the form stays open and editable. `markFields` puts
    /// the reason on the fields it concerns (true when it did); otherwise it
    /// is shown under the fields. The message line says it too.
    public mutating func submitFailed(_ error: AppError, markFields: (inout FormState) -> Bool = { _ in false }) {
        guard var form else {
            message = StatusMessage(phrase(for: error), isError: true)
            return
        }
        form.saving = false
        if markFields(&form) {
            form.focusFirstError()
            message = fixFieldsMessage(form)
        } else {
            form.formError = phrase(for: error)
            message = StatusMessage(phrase(for: error), isError: true)
        }
        self.form = form
    }

    /// A form whose fields did not validate stays open with focus on the first wrong one.
    public mutating func fieldsRefused(_ form: FormState) -> [Command] {
        var form = form
        form.focusFirstError()
        self.form = form
        message = fixFieldsMessage(form)
        return []
    }
}

/// "3 fields must be corrected": the form may be taller than the screen.
func fixFieldsMessage(_ form: FormState) -> StatusMessage {
    StatusMessage(.fixFields(form.fields.filter { $0.error != nil }.count), isError: true)
}

extension PaneScope {
    /// Checks the role before a change; says why not on the message line.
    public mutating func mayChange(_ permission: Permission) -> Bool {
        guard let staff = context.staff else {
            ui.message = StatusMessage(.notStaff(user: context.user), isError: true)
            return false
        }
        guard Permissions.allows(staff.role, permission) else {
            ui.message = StatusMessage(.forbidden(staff.role), isError: true)
            return false
        }
        return true
    }
}
