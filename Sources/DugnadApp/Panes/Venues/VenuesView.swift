import DugnadCore
import TerminalKit

/// The day grid: venue names fixed on the left, half-hour cells scrolling
/// to the right, a detail panel for the venue and booking under the cursor.
func drawVenues(into buffer: inout Buffer, _ pane: VenuesScope, _ theme: Theme) {
    let layout = pane.paneLayout
    let v = pane.state
    switch v.top {
    case .closures(let list): return drawClosureList(into: &buffer, list, pane, theme)
    case .approvalQueue(let queue): return drawApprovalQueue(into: &buffer, queue, pane, theme)
    case .freeSlots(let list): return drawFreeSlots(into: &buffer, list, pane, theme)
    case .week(let week):
        drawVenueWeek(into: &buffer, week, pane, theme)
        if let day = week.selectedDay { drawVenueDetail(into: &buffer, area: layout.detail, day, pane, theme) }
        return
    case nil:
        break
    }
    if let input = v.quickInput {
        buffer.fill(layout.title, style: theme.style(.base))
        let prompt = " " + pane.text(.frontDesk(.quickPrompt))
        let x = layout.title.x + buffer.put(prompt, x: layout.title.x, y: layout.title.y, style: theme.style(.fieldLabel))
        drawTextInput(into: &buffer, input, x: x, y: layout.title.y, width: max(1, layout.title.maxX - x - 1), theme: theme,
                      focused: true)
    } else if let input = v.dateInput {
        buffer.fill(layout.title, style: theme.style(.base))
        let prompt = " " + pane.text(.venues(.goToDatePrompt))
        let x = layout.title.x + buffer.put(prompt, x: layout.title.x, y: layout.title.y, style: theme.style(.fieldLabel))
        drawTextInput(into: &buffer, input, x: x, y: layout.title.y, width: min(24, layout.title.maxX - x), theme: theme, focused: true)
    } else {
        var extra = VenueFilterForm.summary(v.filter, lookup: pane.lookup, language: pane.language)
        if let name = pane.holidayName(on: v.day) { extra.append(name) }
        drawListTitle(into: &buffer, area: layout.title, title: pane.text(.venues(.gridTitle(v.day))), extra: extra,
                      window: v.grid.window, query: v.query, context: pane.context, theme: theme)
    }
    drawGrid(into: &buffer, area: layout.table, pane, theme)
    if let row = v.grid.selectedRow { drawVenueDetail(into: &buffer, area: layout.detail, row, pane, theme) }
}

private func drawGrid(into buffer: inout Buffer, area: Rect, _ pane: VenuesScope, _ theme: Theme) {
    let v = pane.state
    let g = pane.venueGrid
    let cellsX = area.x + g.nameWidth
    buffer.put(" " + pane.text(.column(.venue)), x: area.x, y: area.y, maxWidth: g.nameWidth, style: theme.style(.tableHeader))
    drawHourRuler(into: &buffer, x: cellsX, y: area.y, maxX: area.maxX, scroll: v.scrollColumn, g,
                  style: theme.style(.tableHeader))
    if v.grid.window.loaded && v.grid.window.total == 0 {
        buffer.put(" " + pane.text(.venues(.noVenues)), x: area.x, y: area.y + 1, maxWidth: area.width, style: theme.style(.dim))
        return
    }
    let cursor = v.grid.window.cursor
    for i in 0..<max(0, area.height - 1) {
        let index = cursor.offset + i
        guard let row = v.grid.row(at: index) else { continue }
        let y = area.y + 1 + i
        let selected = index == cursor.selected
        let site = pane.lookup.site(row.venue.siteID)
        let name = site.isEmpty ? row.venue.name : "\(row.venue.name), \(site)"
        buffer.put(pad(" " + name, toWidth: g.nameWidth - 1), x: area.x, y: y, maxWidth: g.nameWidth - 1,
                   style: theme.style(selected ? .selectionFocus : .base))
        // A row not yet read again for a new day shows nothing rather than another day's bookings.
        guard row.date == v.day else { continue }
        drawCells(into: &buffer, row, x: cellsX, y: y, selection: selected ? v.selection : nil, pane, theme)
    }
}

/// One row's cells. A booking's cells carry whose it is across its run —
/// the organisation's short name, or `~` and a private booker's name — with
/// `[` marking where each booking starts and `]` where it ends, so that
/// neighbouring bookings stay apart without colour ("[And][Han][Kari]").
/// The cursor is laid over the cells in the theme's grid.cursor (in mono it
/// flips reverse video, so it shows on a booked cell too).
func drawCells(into buffer: inout Buffer, _ row: VenueDay, x: Int, y: Int, selection: ClosedRange<Int>?,
               _ pane: VenuesScope, _ theme: Theme) {
    let v = pane.state
    let g = pane.venueGrid
    let scroll = g.firstColumn(v.scrollColumn)
    let last = g.endColumn(v.scrollColumn)
    let first = min(scroll, last)
    let visible = row.states(columns: first..<last)
    func states(_ column: Int) -> CellState { visible[column - first] }
    var c = first
    while c < last {
        let state = states(c)
        var end = c + 1
        while end < last && states(end) == state { end += 1 }
        let width = (end - c) * g.cellWidth
        let text: String, role: ThemeRole
        switch state {
        case .free: text = String(repeating: "· ", count: end - c); role = .gridFree
        case .outside: text = ""; role = .gridClosed
        case .closed: text = String(repeating: "▒", count: width); role = .gridClosed
        case .holiday: text = String(repeating: "░", count: width); role = .gridHoliday
        case .booked(let id), .requested(let id):
            let b = row.bookings.first { $0.id == id }
            let dayStart = row.date.dayNumber * 1440
            let startsHere = b.map { $0.start.ordinal - dayStart >= VenueDay.span(ofColumn: c).from } ?? true
            let endsHere = b.map { $0.end.ordinal - dayStart <= VenueDay.span(ofColumn: end - 1).to } ?? true
            let mark = state == .requested(id) ? "?" : (startsHere ? "[" : "")
            let close = endsHere ? "]" : ""
            let room = max(0, width - mark.count - close.count)
            let who = b.map { $0.organisationID == nil ? "~" + $0.bookerName : row.party(of: $0)?.shortName ?? $0.bookerName } ?? ""
            text = mark + pad(truncate(who, toWidth: room, ellipsis: false), toWidth: room) + close
            role = state == .requested(id) ? .gridRequested : .gridBooked
        }
        let cx = x + (c - scroll) * g.cellWidth
        buffer.fill(Rect(x: cx, y: y, width: width, height: 1), style: theme.style(role))
        buffer.put(text, x: cx, y: y, maxWidth: width, style: theme.style(role))
        c = end
    }
    if let selection {
        let from = max(selection.lowerBound, scroll), to = min(selection.upperBound, last - 1)
        if from <= to {
            buffer.highlight(Rect(x: x + (from - scroll) * g.cellWidth, y: y,
                                  width: (to - from + 1) * g.cellWidth, height: 1), with: theme.style(.gridCursor))
        }
    }
}

func pad2Digits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

private func drawVenueDetail(into buffer: inout Buffer, area: Rect, _ row: VenueDay, _ pane: VenuesScope, _ theme: Theme) {
    let venue = row.venue
    let t = { (p: VenuesPhrase) in pane.text(.venues(p)) }
    var lines: [(String, String)] = []
    let dayStart = row.date.dayNumber * 1440
    let span = VenueDay.span(ofColumn: pane.state.column)
    if let b = row.booking(from: span.from, to: span.to) {
        let end = b.end.ordinal - dayStart == 1440 ? "24:00" : b.end.time.text
        let f = { (p: FrontDeskPhrase) in pane.text(.frontDesk(p)) }
        if let party = row.party(of: b) {
            lines.append((t(.detail(.booking)), "\(b.start.time.text)–\(end)"))
            lines.append((f(.organisation), party.name))
            // The booker is who made it; the organisation's contact is who to call.
            let contact = b.bookerName.isEmpty || b.bookerName == party.name ? party.contactName : b.bookerName
            if !contact.isEmpty { lines.append((f(.contact), contact)) }
            let phone = b.bookerPhone.isEmpty ? party.phone : b.bookerPhone
            if !phone.isEmpty { lines.append((f(.phone), phone)) }
        } else {
            lines.append((t(.detail(.booking)), "\(b.start.time.text)–\(end) \(b.bookerName) (\(pane.text(.privatePerson)))"))
            if !b.bookerPhone.isEmpty { lines.append((f(.phone), b.bookerPhone)) }
        }
        lines.append((pane.text(.column(.price)), b.price == .zero ? pane.text(.free) : b.price.formatted))
        if let code = b.accessCode { lines.append((f(.doorCode), code)) }
        lines.append((pane.text(.column(.purpose)), b.purpose))
        lines.append((pane.text(.column(.attendees)), String(b.attendees)))
        lines.append((pane.text(.column(.status)), pane.text(.bookingStatus(b.status))))
    }
    let hours = venue.openingHours.intervals(on: row.date.weekday)
    let open = row.isHoliday || row.isClosed || hours.isEmpty ? t(.closedAllDay)
        : hours.map { "\($0.start.text)–\($0.end == .endOfDay ? "24:00" : $0.end.text)" }.joined(separator: ", ")
    lines += [
        (t(.detail(.site)), [pane.lookup.site(venue.siteID), pane.lookup.kommunedel(venue.kommunedelID)]
            .filter { !$0.isEmpty }.joined(separator: ", ")),
        (t(.detail(.kind)), pane.text(.venueKind(venue.kind))),
        (t(.detail(.capacity)), String(venue.capacity)),
        (t(.detail(.openToday)), open),
        (t(.detail(.price)), t(.pricePolicy(venue.pricePolicy, hourly: venue.hourlyRate, subsidised: venue.subsidisedRate))),
        (t(.detail(.access)), t(.accessMethod(venue.accessMethod))),
        (t(.detail(.accessibility)), t(.accessibility(stepFree: venue.stepFree, toilet: venue.accessibleToilet,
                                                        loop: venue.hearingLoop))),
        (t(.detail(.slot)), t(.slotMinutes(venue.slotMinutes))),
    ]
    drawDetailPanel(into: &buffer, area: area, title: venue.name, lines: lines, focused: false, theme: theme)
}

/// The legend the `?` overlay shows above the Venues bindings.
func venueGridLegend(_ pane: PaneContext) -> [(String, String, Bool)] {
    let name = pane.language == .nb ? "Navn" : "Name"
    let glyphs: [(VenuesPhrase.Legend, String)] = [
        (.free, "· ·"), (.booked, "[" + name), (.privateBooking, "[~" + name), (.requested, "?" + name), (.closed, "▒▒▒"), (.outside, "(   )"),
        (.holiday, "░░░"), (.cursor, "███"),
    ]
    return [(pane.text(.venues(.legendTitle)), "", true)]
        + glyphs.map { ($0.1, pane.text(.venues(.legend($0.0))), false) }
}
