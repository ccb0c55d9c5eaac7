import DugnadCore
import TerminalKit

/// An option of a choice or picker field: a stored value and what is shown.
public struct Choice: Sendable, Equatable {
    public var value: String
    public var label: String
    public init(value: String, label: String) { self.value = value; self.label = label }
}

/// What a field holds and how it is edited.
public enum FieldKind: Sendable, Equatable {
    case text(maxLength: Int)
    case number(range: ClosedRange<Int>)
    case date
    case time
    /// Yes/no, toggled with Space.
    case toggle
    /// A short fixed list, cycled with ←/→ or Space.
    case choice([Choice])
    /// A long list of references with type-to-filter (organisation, venue, volunteer…).
    case picker([Choice])
}

/// One labelled field of a form.
public struct Field: Sendable, Equatable {
    /// The field's name in its form (from the form's `FormFieldKey` enum).
    public private(set) var key: String
    public var label: Phrase
    public var kind: FieldKind
    public var required: Bool
    /// Typed text (text, number, date, time) or the picker's filter text.
    public var input: TextFieldState
    /// The chosen value of toggle ("1"/"0"), choice and picker fields.
    public var value: String
    public var error: Phrase?
    /// Picker: whether the filtered list is open, and its cursor.
    public var pickerOpen = false
    public var pickerSelected = 0
    /// A prefilled text is selected, as in a web form: the first character
    /// typed replaces it, Backspace/Delete clear it, moving the cursor keeps it.
    public var selected = false

    /// Forms build fields with their typed key (`FormFieldKey`); this takes its name.
    init(name: String, label: Phrase, kind: FieldKind, required: Bool = false, text: String = "", value: String = "") {
        self.key = name; self.label = label; self.kind = kind; self.required = required
        self.input = TextFieldState(text)
        self.value = value
        self.selected = !text.isEmpty
    }

    /// The field's value as one string, for dirtiness checks and saving.
    public var currentValue: String {
        switch kind {
        case .text, .number, .date, .time: return input.text
        case .toggle, .choice, .picker: return value
        }
    }

    public var isTextual: Bool {
        switch kind {
        case .text, .number, .date, .time: return true
        case .toggle, .choice, .picker: return false
        }
    }

    /// Options of a picker matching the filter text (case-insensitive, every word).
    public var pickerMatches: [Choice] {
        guard case .picker(let options) = kind else { return [] }
        let words = input.text.lowercased().split(separator: " ")
        if words.isEmpty { return options }
        return options.filter { option in
            let label = option.label.lowercased()
            return words.allSatisfy { label.contains($0) }
        }
    }

    /// The label shown for the current value of a choice/picker field.
    public var valueLabel: String {
        switch kind {
        case .choice(let options), .picker(let options):
            return options.first { $0.value == value }?.label ?? ""
        default: return ""
        }
    }
}
