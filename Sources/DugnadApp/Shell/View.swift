import DugnadCore
import TerminalKit

/// Draws the whole screen from the model. Pure: the same model and theme
/// always give the same buffer.
public func view(_ model: Model, theme: Theme) -> Buffer {
    var buffer = Buffer(size: model.size)
    buffer.fill(buffer.area, style: theme.style(.base))
    if model.tooSmall {
        drawTooSmall(into: &buffer, model, theme)
        return buffer
    }
    let layout = ScreenLayout(size: model.size)
    drawTabBar(into: &buffer, area: layout.tabBar, model, theme)
    buffer = model.read(model.tab, Draw(theme: theme, buffer: buffer))
    if let form = model.form { drawForm(into: &buffer, form, model, theme) }
    if let overlay = model.overlay { drawOverlay(into: &buffer, overlay, model, theme) }
    drawHintLine(into: &buffer, area: layout.hintLine, model, theme)
    drawMessageLine(into: &buffer, area: layout.messageLine, model, theme)
    return buffer
}

private func drawTooSmall(into buffer: inout Buffer, _ model: Model, _ theme: Theme) {
    let text = model.text(.terminalTooSmall(width: model.size.width, height: model.size.height))
    let lines = wrap(text, width: max(1, model.size.width - 2))
    let top = max(0, (model.size.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < model.size.height {
        let x = max(0, (model.size.width - displayWidth(line)) / 2)
        buffer.put(line, x: x, y: top + i, style: theme.style(.warning))
    }
}

private func drawTabBar(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    buffer.fill(area, style: theme.style(.header))
    var x = area.x
    // The program's name only where there is room: at 80 columns the tabs,
    // the signed-in user and the date come first.
    if area.width >= 100 { x += buffer.put(" Dugnad ", x: area.x, y: area.y, style: theme.style(.title)) }
    let titles = Tab.allCases.map { "\($0.rawValue + 1) \(model.text(.tab($0)))" }
    x += drawTabs(into: &buffer, area: Rect(x: x, y: area.y, width: area.width - x, height: 1), titles: titles,
                  selected: model.tab.rawValue, active: theme.style(.tabActive), inactive: theme.style(.tabInactive))
    for candidate in signedInCandidates(model) {
        let text = candidate + " "
        let width = displayWidth(text)
        if x + width + 1 <= area.maxX {
            buffer.put(text, x: area.maxX - width, y: area.y, style: theme.style(.header))
            return
        }
    }
}

/// Who is signed in and today's date, from the fullest form to the shortest.
private func signedInCandidates(_ model: Model) -> [String] {
    let longDate = model.text(.dateLong(model.today))
    let who: String
    if let staff = model.staff {
        who = "\(staff.displayName) (\(model.text(.role(staff.role))))"
    } else {
        who = "\(model.user) (\(model.text(.readOnly)))"
    }
    // Bokmål "3.12.2026" as everywhere else; English keeps the numeric form here, the only one short
    // enough for "user · date" at 80 columns ("26 Nov 2026" is one column too wide).
    let shortDate = model.language == .nb ? DateText.day(model.today, .nb) : model.today.norwegian
    // The staff member's name before the login name ("Kari Nordmann", not "kari") wherever it fits.
    let names = (model.staff.map { [$0.displayName] } ?? []) + [model.user]
    return ["\(who) · \(longDate)"]
        + names.flatMap { ["\($0) · \(longDate)", "\($0) · \(shortDate)"] }
        + [shortDate]
}

/// The keys valid here, generated from the key map.
private func drawHintLine(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    // The pane's own actions first, then stepping by period, then the shared list and global
    // keys: when the line is narrow it loses those (they are on `?`) before the pane's main actions.
    let hinted = KeyMap.reachable(in: model.keyContext).filter(\.hinted)
    let isStep: (Binding) -> Bool = { [.char("["), .char("]")].contains($0.keys.first) }
    let own: (Binding) -> Bool = { $0.context.tab != nil && !isStep($0) }
    let ordered = hinted.filter(own) + hinted.filter(isStep) + hinted.filter { !own($0) && !isStep($0) }
    let hints = ordered
        .map { binding in
            // Ctrl-S is named for what it does in this form ("bruk" in a filter, "søk" in a search).
            let label: Phrase = binding.action == .save ? model.form.map { .submitVerb($0.purpose.submitVerb) } ?? .action(.save)
                                                        : .action(binding.action)
            return Hint(key: binding.keys.map(KeyMap.name).prefix(2).joined(separator: "/"), label: model.text(label))
        }
    drawHints(into: &buffer, area: area, hints: pairedSteps(hints), keyStyle: theme.style(.hintKey), labelStyle: theme.style(.hint))
}

/// "[/PgUp forrige uke ]/PgDn neste uke" → "[ ] forrige/neste uke": a step back and
/// forth by the same period takes one hint, so the pane's other main actions still fit at 80 columns.
func pairedSteps(_ hints: [Hint]) -> [Hint] {
    var out: [Hint] = []
    var i = 0
    while i < hints.count {
        if i + 1 < hints.count, hints[i].key.hasPrefix("["), hints[i + 1].key.hasPrefix("]"),
           let back = hints[i].label.firstIndex(of: " "), let forth = hints[i + 1].label.firstIndex(of: " "),
           hints[i].label[back...] == hints[i + 1].label[forth...] {
            let label = hints[i].label[..<back] + "/" + hints[i + 1].label[..<forth] + hints[i].label[back...]
            out.append(Hint(key: "[ ]", label: String(label)))
            i += 2
            continue
        }
        out.append(hints[i])
        i += 1
    }
    return out
}

private func drawMessageLine(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    buffer.fill(area, style: theme.style(.message))
    if let search = model.listSearch {
        let prompt = model.text(.searchPrompt)
        let x = area.x + buffer.put(prompt, x: area.x, y: area.y, style: theme.style(.fieldLabel))
        drawTextInput(into: &buffer, search.input, x: x, y: area.y, width: area.maxX - x, theme: theme, focused: true)
        return
    }
    guard let message = model.message else { return }
    buffer.put(" " + model.text(message.phrase), x: area.x, y: area.y, maxWidth: area.width,
               style: theme.style(message.isError ? .messageError : .message))
}

/// A one-line text input with a visible cursor (reverse video, so it also
/// shows on monochrome terminals).
/// `selected`: the text is drawn as selected (typing replaces it).
func drawTextInput(into buffer: inout Buffer, _ input: TextFieldState, x: Int, y: Int, width: Int,
                   theme: Theme, focused: Bool, selected: Bool = false) {
    guard width > 0 else { return }
    let style = theme.style(.fieldInput)
    buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
    let (text, cursorColumn) = input.visible(width: width)
    buffer.put(text, x: x, y: y, maxWidth: width, style: selected ? theme.style(.selection) : style)
    if focused && cursorColumn < width {
        buffer.addAttributes(Rect(x: x + cursorColumn, y: y, width: 1, height: 1), [.reverse])
    }
}

/// Breaks text into lines of at most `width` columns at spaces.
func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in unbreakableWords(text) {
        let candidate = current.isEmpty ? String(word) : current + " " + word
        if displayWidth(candidate) <= width { current = candidate; continue }
        if !current.isEmpty { lines.append(current) }
        current = displayWidth(String(word)) > width ? truncate(String(word), toWidth: width) : String(word)
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}

/// The words of `text`, with the spaces inside an amount or an English date kept ("kr 600 000,00", "1 250 000",
/// "1 Oct 2027"): a line never ends in the middle of a number or a date.
func unbreakableWords(_ text: String) -> [String] {
    func digit(_ c: Character?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
    func month(_ w: Substring) -> Bool { DateText.monthsShortEN.contains(String(w)) }
    var words: [String] = []
    for word in text.split(separator: " ") {
        if let last = words.last {
            let previous = last.split(separator: " ").last ?? ""
            let amount = digit(word.first) && (digit(last.last) || previous == "kr" || previous == "-kr")
            let date = (digit(word.first) && month(previous)) || (month(word) && digit(last.last))
            if amount || date {
                words[words.count - 1] = last + " " + word
                continue
            }
        }
        words.append(String(word))
    }
    return words
}
