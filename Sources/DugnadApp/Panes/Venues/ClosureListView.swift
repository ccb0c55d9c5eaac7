import DugnadCore
import TerminalKit

/// The closure list over the grid: closures on top, the bookings the
/// selected one hits below (with the phone to call), for the front desk.
func drawClosureList(into buffer: inout Buffer, _ list: ClosureListState, _ pane: VenuesScope, _ theme: Theme) {
    let layout = pane.paneLayout
    buffer.fill(layout.title, style: theme.style(.base))
    buffer.put(" " + pane.text(.venues(.closures(.title(list.closures.count)))), x: layout.title.x, y: layout.title.y,
               maxWidth: layout.title.width, style: theme.style(.title))
    // The list takes the table and the detail panel: beside it when wide, below it when narrow.
    let area = layout.tableAndDetail
    buffer.fill(area, style: theme.style(.base))
    guard list.loaded else {
        buffer.put(" " + pane.text(.loading), x: area.x, y: area.y, style: theme.style(.dim))
        return
    }
    if list.closures.isEmpty {
        buffer.put(" " + pane.text(.venues(.closures(.empty))), x: area.x, y: area.y, maxWidth: area.width,
                   style: theme.style(.dim))
        return
    }
    // The closures take up to half the height; the hits get the rest.
    let closureRows = min(list.closures.count, max(3, (area.height - 2) / 2))
    let first = max(0, min(list.selected - closureRows + 1, list.closures.count - closureRows))
    for (i, c) in list.closures.dropFirst(first).prefix(closureRows).enumerated() {
        let index = first + i
        let style: ThemeRole = index == list.selected ? (list.hitsFocused ? .selection : .selectionFocus)
            : (c.endsOn < pane.today ? .dim : .base)
        buffer.put(pad(closureLine(c, pane, width: area.width), toWidth: area.width), x: area.x, y: area.y + i,
                   maxWidth: area.width, style: theme.style(style))
    }
    var y = area.y + closureRows + 1
    guard let selected = list.selectedClosure, list.hitsFor == selected.id, list.hitsLoaded, y < area.maxY else {
        if y < area.maxY { buffer.put(" " + pane.text(.loading), x: area.x, y: y, style: theme.style(.dim)) }
        return
    }
    let heading = list.hits.isEmpty ? ClosurePhrase.hitsNone : .hitsTitle(list.hits.count)
    buffer.put(" " + pane.text(.venues(.closures(heading))), x: area.x, y: y, maxWidth: area.width,
               style: theme.style(list.hits.isEmpty ? .dim : .title))
    y += 1
    let rows = area.maxY - y
    guard rows > 0, !list.hits.isEmpty else { return }
    let firstHit = list.hitsFocused ? max(0, min(list.hitSelected - rows + 1, list.hits.count - rows)) : 0
    let shown = list.hits.count - firstHit > rows && !list.hitsFocused ? rows - 1 : rows
    for (i, hit) in list.hits.dropFirst(firstHit).prefix(shown).enumerated() {
        let selectedHit = list.hitsFocused && firstHit + i == list.hitSelected
        buffer.put(pad(hitLine(hit, siteWide: selected.venueID == nil, pane), toWidth: area.width), x: area.x, y: y + i, maxWidth: area.width,
                   style: theme.style(selectedHit ? .selectionFocus : .base))
    }
    if shown < rows {
        buffer.put(" " + pane.text(.venues(.closures(.hitsMore(list.hits.count - shown)))), x: area.x, y: y + shown,
                   maxWidth: area.width, style: theme.style(.dim))
    }
}

/// ` 3.12.–4.12.2026        Storsalen, Knutepunkt Fjell   Maling          pågår`
private func closureLine(_ c: Closure, _ pane: VenuesScope, width: Int) -> String {
    let dates = DateText.range(c.startsOn, c.endsOn, pane.language)
    let state: String
    if c.endsOn < pane.today { state = pane.text(.venues(.closures(.past))) }
    else if c.startsOn <= pane.today { state = pane.text(.venues(.closures(.ongoing))) }
    else { state = "" }
    let stateWidth = 9
    let rest = max(10, width - 24 - stateWidth - 2)
    let targetWidth = min(40, rest / 2 + 2)
    let line = " " + pad(dates, toWidth: 22) + " " + pad(closureTarget(c, pane.context), toWidth: targetWidth) + " "
    // Without a state the reason may use its column too.
    if state.isEmpty { return line + pad(c.reason, toWidth: max(1, rest - targetWidth + stateWidth)) }
    return line + pad(c.reason, toWidth: max(1, rest - targetWidth - 1)) + " " + pad(state, toWidth: stateWidth, align: .right)
}

/// `   tor. 3.12.2026 10:00–12:00  Konnerud IL  32 00 00 00  (forespurt)`, with the venue
/// after the phone when the closure is of a whole site.
private func hitLine(_ hit: ClosureHit, siteWide: Bool, _ pane: VenuesScope) -> String {
    let b = hit.booking
    let end = b.end.date == b.start.date ? b.end.time.text : "24:00"
    var parts = ["\(pane.text(.dateLong(b.start.date))) \(b.start.time.text)–\(end)", b.bookerName,
                 hit.phone.isEmpty ? "–" : hit.phone] + (siteWide ? [pane.lookup.venue(b.venueID)] : [])
    if b.status == .requested { parts.append("(\(pane.text(.venues(.closures(.requested)))))") }
    return "   " + parts.joined(separator: "  ")
}
