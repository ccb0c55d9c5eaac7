import DugnadCore
import TerminalKit

/// What a key press in a form asks the root update to do.
public enum FormOutcome: Sendable, Equatable {
    case handled
    case save
    case cancel
    case quit
}

extension FormState {
    /// Handles one key. The form's own keys come from the key map (context
    /// `.form`: save, next/previous field, close, open); every other key
    /// edits the focused field. Enter opens a picker, or saves on the last field.
    public mutating func handle(_ key: Key, today: CivilDate) -> FormOutcome {
        if fields[focus].pickerOpen, handlePicker(key) { return .handled }
        switch KeyMap.action(for: key, in: .form) {
        case .save?: return .save
        case .close?: return .cancel
        case .nextField?: moveFocus(1, today: today); return .handled
        case .previousField?: moveFocus(-1, today: today); return .handled
        case .open?:
            if case .picker = fields[focus].kind {
                fields[focus].pickerOpen = true
                fields[focus].pickerSelected = 0
                return .handled
            }
            if focus == fields.count - 1 { return .save }
            moveFocus(1, today: today)
            return .handled
        default: break
        }
        return editFocused(key)
    }

    private mutating func editFocused(_ key: Key) -> FormOutcome {
        var field = fields[focus]
        defer { fields[focus] = field }
        switch field.kind {
        case .text, .number, .date, .time:
            if field.selected {
                field.selected = false
                switch key {
                case .char(let c) where !c.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }):
                    field.input = TextFieldState()
                case .backspace, .delete:
                    field.input = TextFieldState()
                    field.error = nil
                    return .handled
                default: break
                }
            }
            if field.input.handle(key) { field.error = nil }
        case .toggle:
            switch key {
            case .char(" "), .left, .right: field.value = field.value == "1" ? "0" : "1"
            case .char("j"), .char("y"): field.value = "1"
            case .char("n"): field.value = "0"
            case .char("q"): return .quit
            default: break
            }
        case .choice(let options):
            guard !options.isEmpty else { break }
            let index = options.firstIndex { $0.value == field.value } ?? 0
            switch key {
            case .char(" "), .right: field.value = options[(index + 1) % options.count].value
            case .left: field.value = options[(index + options.count - 1) % options.count].value
            case .char("q"): return .quit
            case .char(let c) where c.isLetter || c.isNumber:
                // As in a web form's select: a letter picks the next choice starting with it
                // ("s" → seniorer; "s" again → the next one with s).
                let typed = String(c).lowercased()
                let order = (1...options.count).map { (index + $0) % options.count }
                if let next = order.first(where: { options[$0].label.lowercased().hasPrefix(typed) }) {
                    field.value = options[next].value
                }
            default: break
            }
        case .picker:
            // Typing into a closed picker opens it with the typed filter.
            if case .char = key, field.input.handle(key) {
                field.pickerOpen = true
                field.pickerSelected = 0
            } else if key == .backspace || key == .delete {
                if field.input.text.isEmpty { field.value = "" } else { _ = field.input.handle(key) }
            }
        }
        return .handled
    }

    /// Keys while a picker's list is open. Returns false for keys it leaves to the form.
    private mutating func handlePicker(_ key: Key) -> Bool {
        var field = fields[focus]
        defer { fields[focus] = field }
        let matches = field.pickerMatches
        switch key {
        case .up: field.pickerSelected = max(0, field.pickerSelected - 1)
        case .down: field.pickerSelected = min(max(0, matches.count - 1), field.pickerSelected + 1)
        case .enter:
            if matches.indices.contains(field.pickerSelected) {
                field.value = matches[field.pickerSelected].value
                field.input = TextFieldState()
                field.error = nil
            }
            field.pickerOpen = false
        case .escape:
            field.pickerOpen = false
            field.input = TextFieldState()
        default:
            guard field.input.handle(key) else { return false }
            field.pickerSelected = 0
        }
        return true
    }

    private mutating func moveFocus(_ delta: Int, today: CivilDate) {
        validateField(focus, today: today)
        fields[focus].pickerOpen = false
        fields[focus].selected = false
        focus = (focus + delta + fields.count) % fields.count
        // Arriving in a filled field selects its text (typing replaces it).
        fields[focus].selected = fields[focus].isTextual && !fields[focus].input.text.isEmpty
    }

    /// Checks one field by its kind (required, number range, date, time) and
    /// normalises dates and times to the canonical form.
    public mutating func validateField(_ index: Int, today: CivilDate) {
        var field = fields[index]
        defer { fields[index] = field }
        let text = field.input.text.trimmingWhitespace()
        field.error = nil
        switch field.kind {
        case .text:
            if field.required && text.isEmpty { field.error = .fieldRequired }
        case .number(let range):
            if text.isEmpty { if field.required { field.error = .fieldRequired }; return }
            guard let n = Int(text) else { field.error = .notANumber; return }
            if !range.contains(n) { field.error = .numberOutOfRange(range.lowerBound, range.upperBound) }
        case .date:
            if text.isEmpty { if field.required { field.error = .fieldRequired }; return }
            switch DateInput.readDate(text, today: today) {
            case .success(let d): field.input = TextFieldState(d.norwegian)
            case .failure(let problem): field.error = Phrase(problem)
            }
        case .time:
            if text.isEmpty { if field.required { field.error = .fieldRequired }; return }
            if let t = DateInput.parseTime(text) { field.input = TextFieldState(t.text) }
            else { field.error = .badTime }
        case .toggle, .choice, .picker:
            if field.required && field.value.isEmpty { field.error = .fieldRequired }
        }
    }

    /// Validates every field; true when none has an error.
    public mutating func validateAll(today: CivilDate) -> Bool {
        for i in fields.indices { validateField(i, today: today) }
        return fields.allSatisfy { $0.error == nil }
    }
}

/// Ctrl-S accepted: the form stays open, marked as saving (another Ctrl-S is
/// ignored) and the status line says so, until the store answers `command`.
func submit(_ form: FormState, _ command: Command, _ model: inout Model) -> [Command] {
    var form = form
    form.saving = true
    model.form = form
    model.message = StatusMessage(.saving)
    return [command]
}
