import DugnadCore
import TerminalKit

/// A modal dialog of labelled fields (the framework every pane uses).
public struct FormState: Sendable, Equatable {
    public var purpose: FormPurpose
    public var title: Phrase
    public var fields: [Field]
    public var focus = 0
    /// The values as opened; the form is dirty when they differ.
    public var initialValues: [String]
    /// A problem that belongs to no single field (e.g. permission).
    public var formError: Phrase?
    /// Saving has been asked for and the answer has not come yet.
    public var saving = false
    /// Lines under the fields that follow the input live (a booking's price and conflicts).
    public var notes: [FormNote] = []

    public init(purpose: FormPurpose, title: Phrase, fields: [Field]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.initialValues = fields.map(\.currentValue)
    }

    public var isDirty: Bool { fields.map(\.currentValue) != initialValues }

    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
        formError = nil
    }

    /// Moves focus to the first field with an error, if any.
    public mutating func focusFirstError() {
        if let i = fields.firstIndex(where: { $0.error != nil }) { focus = i }
    }
}

/// A line a form shows under its fields; errors in the error style.
public struct FormNote: Sendable, Equatable {
    public var phrase: Phrase
    public var isError: Bool
    public init(_ phrase: Phrase, isError: Bool = false) { self.phrase = phrase; self.isError = isError }
}
