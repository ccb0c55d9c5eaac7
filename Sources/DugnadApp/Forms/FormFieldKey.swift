import TerminalKit

/// The fields of one form, as a type: each form declares an enum of its
/// fields, so a field is named by `BookingField.organisation`, never by a
/// string, and a misspelt field does not compile.
public protocol FormFieldKey: Sendable {
    /// The field's name inside the form (stable; not shown to users).
    var name: String { get }
}

extension FormFieldKey where Self: RawRepresentable, RawValue == String {
    public var name: String { rawValue }
}

extension FormState {
    public func field(_ key: some FormFieldKey) -> Field? { fields.first { $0.key == key.name } }

    /// The field's value, trimmed.
    public func value(_ key: some FormFieldKey) -> String {
        field(key)?.currentValue.trimmingWhitespace() ?? ""
    }

    public mutating func setError(_ key: some FormFieldKey, _ error: Phrase?) {
        if let i = index(of: key) { fields[i].error = error }
    }

    /// Replaces a text field's text (the cursor at its end), or a choice's value.
    public mutating func setValue(_ key: some FormFieldKey, _ value: String) {
        guard let i = index(of: key) else { return }
        if fields[i].isTextual {
            fields[i].input = TextFieldState(value)
            fields[i].selected = !value.isEmpty
        } else {
            fields[i].value = value
        }
    }

    public func index(of key: some FormFieldKey) -> Int? { fields.firstIndex { $0.key == key.name } }

    /// Puts the cursor on a field (e.g. the organisation, when date and times came from the grid).
    public mutating func focus(on key: some FormFieldKey) {
        if let i = index(of: key) { focus = i }
    }
}

extension Field {
    public init(key: some FormFieldKey, label: Phrase, kind: FieldKind, required: Bool = false, text: String = "",
                value: String = "") {
        self.init(name: key.name, label: label, kind: kind, required: required, text: text, value: value)
    }

    public func `is`(_ key: some FormFieldKey) -> Bool { self.key == key.name }
}
