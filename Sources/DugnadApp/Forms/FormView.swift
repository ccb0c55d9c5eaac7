import DugnadCore
import TerminalKit

/// Draws a form as a modal dialog: a label column, the inputs, an error line
/// under any field that has one, and an open picker's matches below its field.
func drawForm(into buffer: inout Buffer, _ form: FormState, _ model: Model, _ theme: Theme) {
    let content = ScreenLayout(size: model.size).content
    let width = min(76, content.width - 4)
    let labelWidth = min(26, (form.fields.map { displayWidth(model.text($0.label)) }.max() ?? 10) + 2)
    let inputWidth = width - 2 - labelWidth - 1
    // Error messages wrap under their field, so they are measured first.
    let errorLines = form.fields.map { field in field.error.map { wrap(model.text($0), width: inputWidth) } ?? [] }
    let noteLines = form.notes.map { (wrap(model.text($0.phrase), width: width - 4), $0.isError) }
    let errorRows = errorLines.map(\.count).reduce(0, +) + (form.formError == nil ? 0 : 2)
        + (noteLines.isEmpty ? 0 : 1 + noteLines.map(\.0.count).reduce(0, +))
    let height = min(content.height, form.fields.count + errorRows + 4)
    let area = content.centered(width: width, height: height)
    let inner = drawDialog(into: &buffer, area: area, title: " " + model.text(form.title) + " ",
                           style: theme.style(.dialog), borderStyle: theme.style(.border))
    let inputX = inner.x + labelWidth + 1
    var y = inner.y + 1
    var pickerAnchor: (field: Field, y: Int)?
    // A form taller than the screen scrolls so the focused field shows;
    // ▲/▼ on the border say that more fields are above or below.
    let reserved = (form.formError == nil ? 0 : 2) + (noteLines.isEmpty ? 0 : 1 + noteLines.map(\.0.count).reduce(0, +))
    let firstField = firstVisibleField(rows: errorLines.map { 1 + $0.count }, focus: form.focus,
                                       available: inner.height - 2 - reserved)
    var fieldsBottom = inner.maxY
    if firstField > 0 || form.fields.count + errorLines.map(\.count).reduce(0, +) + reserved + 2 > inner.height {
        fieldsBottom = inner.maxY - 1 - reserved
        if firstField > 0 { buffer.put("▲", x: area.maxX - 3, y: area.y, style: theme.style(.border)) }
    }
    for (i, field) in form.fields.enumerated() where i >= firstField {
        guard y < fieldsBottom else {
            buffer.put("▼", x: area.maxX - 3, y: area.maxY - 1, style: theme.style(.border))
            break
        }
        let focused = i == form.focus
        let marker = field.required ? "*" : " "
        buffer.put(pad(model.text(field.label) + marker, toWidth: labelWidth, align: .right), x: inner.x, y: y,
                   maxWidth: labelWidth, style: theme.style(focused ? .title : .fieldLabel))
        drawFieldInput(into: &buffer, field, x: inputX, y: y, width: inputWidth, focused: focused, model: model, theme: theme)
        if focused && field.pickerOpen { pickerAnchor = (field, y) }
        y += 1
        for line in errorLines[i] where y < fieldsBottom {
            buffer.put(line, x: inputX, y: y, maxWidth: inputWidth, style: theme.style(.fieldError))
            y += 1
        }
    }
    y = min(y, fieldsBottom)
    if let error = form.formError, y + 1 < inner.maxY {
        for line in wrap(model.text(error), width: inner.width).prefix(2) where y + 1 < inner.maxY {
            y += 1
            buffer.put(line, x: inner.x, y: y, maxWidth: inner.width, style: theme.style(.fieldError))
        }
    }
    if !noteLines.isEmpty { y += 1 }
    for (lines, isError) in noteLines {
        for line in lines where y < inner.maxY {
            buffer.put(line, x: inner.x + 1, y: y, maxWidth: inner.width - 1, style: theme.style(isError ? .fieldError : .title))
            y += 1
        }
    }
    if let anchor = pickerAnchor {
        drawPickerList(into: &buffer, anchor.field, x: inputX, y: anchor.y + 1, width: inputWidth,
                       bottom: content.maxY, model: model, theme: theme)
    }
}

/// The first field to draw so that the focused one (with its error lines) fits in `available` rows.
func firstVisibleField(rows: [Int], focus: Int, available: Int) -> Int {
    guard rows.reduce(0, +) > available, rows.indices.contains(focus) else { return 0 }
    var first = 0
    while first < focus && rows[first...focus].reduce(0, +) > available - 1 { first += 1 }
    return first
}

private func drawFieldInput(into buffer: inout Buffer, _ field: Field, x: Int, y: Int, width: Int, focused: Bool,
                            model: Model, theme: Theme) {
    let style = theme.style(focused ? .selectionFocus : .fieldInput)
    switch field.kind {
    case .text, .number, .date, .time:
        drawTextInput(into: &buffer, field.input, x: x, y: y, width: width, theme: theme, focused: focused,
                      selected: focused && field.selected)
    case .toggle:
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: theme.style(.fieldInput))
        let mark = field.value == "1" ? "[x] " + model.text(.yes) : "[ ] " + model.text(.no)
        buffer.put(mark, x: x, y: y, maxWidth: width, style: style)
    case .choice:
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: theme.style(.fieldInput))
        buffer.put("‹ \(field.valueLabel) ›", x: x, y: y, maxWidth: width, style: style)
    case .picker:
        if focused && (field.pickerOpen || !field.input.text.isEmpty) {
            drawTextInput(into: &buffer, field.input, x: x, y: y, width: width, theme: theme, focused: true)
        } else {
            buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: theme.style(.fieldInput))
            let label = field.valueLabel.isEmpty ? model.text(.none) : field.valueLabel
            buffer.put(label + " ▾", x: x, y: y, maxWidth: width, style: style)
            if focused {
                let hint = "  " + model.text(.pickerHint)
                let used = displayWidth(label) + 2
                buffer.put(hint, x: x + used, y: y, maxWidth: max(0, width - used), style: theme.style(.dim))
            }
        }
    }
}

private func drawPickerList(into buffer: inout Buffer, _ field: Field, x: Int, y: Int, width: Int, bottom: Int,
                            model: Model, theme: Theme) {
    let matches = field.pickerMatches
    let rows = max(1, min(8, min(matches.count, bottom - y - 2)))
    let area = Rect(x: x - 1, y: y, width: width + 1, height: rows + 2)
    let inner = drawDialog(into: &buffer, area: area, title: "", style: theme.style(.dialog), borderStyle: theme.style(.border))
    if matches.isEmpty {
        buffer.put(model.text(.noMatches), x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.style(.dim))
        return
    }
    let first = max(0, min(field.pickerSelected - rows + 1, matches.count - rows))
    for i in 0..<rows where first + i < matches.count {
        let selected = first + i == field.pickerSelected
        buffer.put(pad(matches[first + i].label, toWidth: inner.width), x: inner.x, y: inner.y + i, maxWidth: inner.width,
                   style: theme.style(selected ? .selectionFocus : .dialog))
    }
}
