import DugnadCore
import TerminalKit

func drawOverlay(into buffer: inout Buffer, _ overlay: Overlay, _ model: Model, _ theme: Theme) {
    switch overlay {
    case .help(let scroll): drawHelp(into: &buffer, scroll: scroll, model, theme)
    case .palette(let state): drawPalette(into: &buffer, state, model, theme)
    case .globalSearch(let state): drawGlobalSearch(into: &buffer, state, model, theme)
    case .confirm(let c, let yes): drawConfirm(into: &buffer, c, yes: yes, model, theme)
    }
}

/// Every binding of the current context, generated from the key map.
private func drawHelp(into buffer: inout Buffer, scroll: Int, _ model: Model, _ theme: Theme) {
    let content = ScreenLayout(size: model.size).content
    let context: KeyContext = model.form != nil ? .form : model.read(model.tab, KeyContextOf())
    var lines: [(String, String, Bool)] = context == .venueGrid ? venueGridLegend(model.context(.venues)) : []
    if [.calendar, .calendarMonth, .calendarDay].contains(context) { lines = calendarLegend(model.context(.calendar)) }
    if context == .grantsInbox { lines = grantsInboxLegend(model.language) }
    // A key bound in a more specific context hides the same key further down the chain
    // (e.g. the Calendar's `[` = previous week over the day lists' previous day), so help lists only what works.
    var taken = Set<String>()
    for c in KeyMap.chain(context) {
        lines.append((model.text(.helpContext(c)), "", true))
        var here = Set<String>()
        for binding in KeyMap.bindings where binding.context == c {
            let keys = binding.keys.map(KeyMap.name).filter { !taken.contains($0) }
            here.formUnion(keys)
            if keys.isEmpty { continue }
            lines.append((keys.joined(separator: " "), model.text(.action(binding.action)), false))
        }
        taken.formUnion(here)
    }
    let area = content.inset(horizontal: 4, vertical: 1)
    let inner = drawDialog(into: &buffer, area: area, title: " " + model.text(.helpTitle) + " ",
                           style: theme.style(.dialog), borderStyle: theme.style(.border))
    let first = min(scroll, max(0, lines.count - inner.height))
    for (i, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
        let y = inner.y + i
        if line.2 {
            buffer.put(line.0, x: inner.x, y: y, maxWidth: inner.width, style: theme.style(.title))
        } else {
            buffer.put(pad(line.0, toWidth: 18), x: inner.x + 2, y: y, maxWidth: 18, style: theme.style(.hintKey))
            buffer.put(line.1, x: inner.x + 21, y: y, maxWidth: max(0, inner.width - 21), style: theme.style(.dialog))
        }
    }
}

private func drawPalette(into buffer: inout Buffer, _ state: PaletteState, _ model: Model, _ theme: Theme) {
    let content = ScreenLayout(size: model.size).content
    let matches = paletteEntries(state, language: model.language, context: model.paneKeyContext)
    let width = min(72, content.width - 4)
    let height = min(content.height - 2, max(5, matches.count + 4))
    let area = Rect(x: content.x + (content.width - width) / 2, y: content.y + 1, width: width, height: height)
    let inner = drawDialog(into: &buffer, area: area, title: " " + model.text(.paletteTitle) + " ",
                           style: theme.style(.dialog), borderStyle: theme.style(.border))
    let prompt = model.text(.palettePrompt)
    let px = inner.x + buffer.put(prompt, x: inner.x, y: inner.y, style: theme.style(.fieldLabel))
    drawTextInput(into: &buffer, state.input, x: px, y: inner.y, width: inner.maxX - px, theme: theme, focused: true)
    let rows = inner.height - 2
    let first = max(0, state.selected - rows + 1)
    for (i, entry) in matches.dropFirst(first).prefix(rows).enumerated() {
        let y = inner.y + 2 + i
        let selected = first + i == state.selected
        let style = theme.style(selected ? .selectionFocus : .dialog)
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
        // Right-aligned: the keys, and for another tab's command its tab ("Kalender · Ctrl-E").
        let right = [entry.tab.map { model.text(.tab($0)) }, entry.keys.isEmpty ? nil : entry.keys]
            .compactMap { $0 }.joined(separator: " · ")
        let rightWidth = displayWidth(right)
        buffer.put(model.text(.action(entry.action)), x: inner.x + 1, y: y,
                   maxWidth: max(1, inner.width - rightWidth - 3), style: style)
        if !right.isEmpty {
            buffer.put(right, x: inner.maxX - rightWidth - 1, y: y, style: entry.tab == nil ? style : selected ? style : theme.style(.dim))
        }
    }
    if matches.isEmpty {
        buffer.put(model.text(.noMatches), x: inner.x + 1, y: inner.y + 2, style: theme.style(.dim))
    }
}

private func drawGlobalSearch(into buffer: inout Buffer, _ state: GlobalSearchState, _ model: Model, _ theme: Theme) {
    let content = ScreenLayout(size: model.size).content
    let width = min(90, content.width - 4)
    let area = Rect(x: content.x + (content.width - width) / 2, y: content.y + 1, width: width, height: content.height - 2)
    let inner = drawDialog(into: &buffer, area: area, title: " " + model.text(.globalSearchTitle) + " ",
                           style: theme.style(.dialog), borderStyle: theme.style(.border))
    drawTextInput(into: &buffer, state.input, x: inner.x, y: inner.y, width: inner.width, theme: theme, focused: true)
    buffer.put(model.text(.globalSearchHint), x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: theme.style(.dim))
    let rows = inner.height - 3
    if state.results.isEmpty && state.resultsFor.count >= 2 {
        buffer.put(model.text(.noMatches), x: inner.x, y: inner.y + 3, style: theme.style(.dim))
        return
    }
    let more = state.results.contains { $0.more }
    let shownRows = more ? rows - 1 : rows
    if more {
        buffer.put(model.text(.frontDesk(.moreHits)), x: inner.x, y: inner.maxY - 1, maxWidth: inner.width,
                   style: theme.style(.dim))
    }
    let first = max(0, state.selected - shownRows + 1)
    for (i, hit) in state.results.dropFirst(first).prefix(shownRows).enumerated() {
        let y = inner.y + 3 + i
        let style = theme.style(first + i == state.selected ? .selectionFocus : .dialog)
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
        buffer.put(pad(model.text(.searchKind(hit.kind)), toWidth: 13), x: inner.x, y: y, maxWidth: 13, style: style)
        var title = hit.title, subtitle = hit.subtitle
        if !hit.details.isEmpty { subtitle = hit.details.map { searchDetailText($0, model) }.joined(separator: " · ") }
        if let l = hit.booking {
            // "tir. 1.12. kl. 21.30–23.00  Fjell Volleyballklubb · Flerbrukshall A, Danvik"
            title = model.text(.frontDesk(.when(l.booking))) + "  " + model.text(.frontDesk(.who(l)))
            subtitle = l.place
        }
        let used = 14 + buffer.put(title, x: inner.x + 14, y: y, maxWidth: inner.width - 14, style: style)
        if used + 3 < inner.width {
            // Cut with "…", so a cut word never reads as another ("20 plass" for "20 plasser").
            buffer.put(truncate("· " + subtitle, toWidth: inner.width - used - 1), x: inner.x + used + 1, y: y, maxWidth: inner.width - used - 1,
                       style: first + i == state.selected ? style : theme.style(.dim))
        }
    }
}

private func drawConfirm(into buffer: inout Buffer, _ c: Confirmation, yes: Bool, _ model: Model, _ theme: Theme) {
    let content = ScreenLayout(size: model.size).content
    let width = min(60, content.width - 4)
    let lines = wrap(model.text(.confirm(c)), width: width - 4)
    let area = content.centered(width: width, height: lines.count + 6)
    let inner = drawDialog(into: &buffer, area: area, title: " " + model.text(.confirmTitle) + " ",
                           style: theme.style(.dialog), borderStyle: theme.style(.warning))
    for (i, line) in lines.enumerated() {
        buffer.put(line, x: inner.x + 1, y: inner.y + 1 + i, maxWidth: inner.width - 2, style: theme.style(.dialog))
    }
    // The two answers as buttons; the highlighted one is what Enter does.
    let no = "[ " + model.text(.frontDesk(.choiceNo)) + " ]"
    let yesText = "[ " + model.text(.frontDesk(.choiceYes(destructive: c.isDestructive))) + " ]"
    let y = inner.maxY - 2
    var x = inner.x + 1
    x += buffer.put(no, x: x, y: y, style: theme.style(yes ? .dialog : .selectionFocus)) + 2
    buffer.put(yesText, x: x, y: y, maxWidth: inner.maxX - x, style: theme.style(yes ? .selectionFocus : .dialog))
    buffer.put(model.text(.confirmKeys), x: inner.x + 1, y: inner.maxY - 1, maxWidth: inner.width - 2,
               style: theme.style(.hintKey))
}

/// One part of a search hit's second line, in the user's language.
func searchDetailText(_ detail: SearchDetail, _ model: Model) -> String {
    switch detail {
    case .text(let t): return t
    case .organisationCategory(let c): return model.text(.organisationCategory(c))
    case .venueKind(let k): return model.text(.venueKind(k))
    case .capacity(let n): return model.text(.venues(.capacityShort(n)))
    case .applicationStatus(let s): return model.text(.applicationStatus(s))
    case .staffRole(let r): return model.text(.role(r))
    case .start(let t): return model.text(.venues(.weekDay(t.date))) + " " + t.time.text
    }
}
