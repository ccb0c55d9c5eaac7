import DugnadCore
import TerminalKit

/// The Calendar tab: a title line (view, range, filter, holidays), the
/// month/week/agenda/day body, and the selected item's detail panel.
func drawCalendar(into buffer: inout Buffer, _ pane: CalendarScope, _ theme: Theme) {
    let layout = pane.paneLayout
    let c = pane.state
    drawCalendarTitle(into: &buffer, area: layout.title, pane, theme)
    let body = layout.table
    buffer.fill(body, style: theme.style(.base))
    guard c.loadedQuery != nil else {
        buffer.put(" " + pane.text(.loading), x: body.x, y: body.y, maxWidth: body.width, style: theme.style(.dim))
        return
    }
    switch c.mode {
    case .month: drawMonth(into: &buffer, area: body, pane, theme)
    case .week: drawWeek(into: &buffer, area: body, pane, theme)
    case .agenda, .day: drawAgenda(into: &buffer, area: body, pane, theme)
    }
    drawOccurrenceDetail(into: &buffer, area: layout.detail, pane, theme)
}

private func drawCalendarTitle(into buffer: inout Buffer, area: Rect, _ pane: CalendarScope, _ theme: Theme) {
    let c = pane.state
    let r = c.range
    let title: CalendarPhrase = switch c.mode {
    case .month: .monthTitle(c.day)
    case .week: .weekTitle(c.day)
    case .agenda: .agendaTitle(from: r.from, through: r.through)
    case .day: .dayTitle(c.day)
    }
    // Week and agenda titles name themselves ("Uke 48, …", "Agenda …").
    let prefix = c.mode == .month || c.mode == .day ? pane.text(.calendar(.view(c.mode))) + ": " : ""
    // "Måned: desember 2026", "Dag: torsdag 3. desember 2026": Bokmål writes months and weekdays in lower
    // case inside a line (the title alone begins with a capital).
    let titleText = pane.text(.calendar(title))
    var parts = [prefix + (prefix.isEmpty || pane.language != .nb ? titleText : titleText.lowercasedFirst)]
    let summary = c.filterSummary(lookup: pane.lookup, language: pane.language)
    if !summary.isEmpty { parts.append(pane.text(.calendar(.filterSummary(summary)))) }
    let shownFrom = c.mode == .month ? c.day.firstOfMonth : r.from
    let shownThrough = c.mode == .month ? c.day.firstOfMonth.adding(months: 1).adding(days: -1) : r.through
    buffer.fill(area, style: theme.style(.base))
    let count = c.loadedQuery == nil ? "" : pane.text(.calendar(.activities(c.count(shownFrom, shownThrough)))) + " "
    let countWidth = displayWidth(count)
    let room = max(0, area.width - countWidth - 1)
    var line = " " + parts.joined(separator: " · ")
    // Holidays as whole names: those that do not fit are left out, never cut mid-word ("2. jule").
    for h in holidaysBetween(shownFrom, shownThrough) {
        let part = " · " + DateText.dayMonth(h.date, pane.language) + " " + pane.text(.holiday(h.kind))
        guard displayWidth(line + part) <= room else { break }
        line += part
    }
    buffer.put(line, x: area.x, y: area.y, maxWidth: room, style: theme.style(.title))
    buffer.put(count, x: area.maxX - countWidth, y: area.y, style: theme.style(.dim))
}

/// Agenda (the coming days as a list, a heading per day) and day view.
/// Lines come from every day's count; only the lines on screen are formatted, from the loaded window
/// (a day at scale 10 has hundreds of items; the window follows the selection).
func drawAgenda(into buffer: inout Buffer, area: Rect, _ pane: CalendarScope, _ theme: Theme) {
    let c = pane.state
    let r = c.range
    // Days shown: each a heading and its items (or one "nothing on" line); items by list position.
    var blocks: [(day: CivilDate, count: Int, firstItem: Int, firstLine: Int)] = []
    var lineCount = 0, itemCount = 0
    var day = r.from
    while day <= r.through {
        let n = c.count(on: day)
        if c.mode == .day || n > 0 || day == c.day {
            blocks.append((day, n, itemCount, lineCount))
            lineCount += 1 + max(1, n)
            itemCount += n
        }
        day = day.adding(days: 1)
    }
    let selected = min(c.selected, max(0, itemCount - 1))
    let selectedLine = blocks.last { $0.firstItem <= selected && $0.count > 0 }
        .map { $0.firstLine + 1 + selected - $0.firstItem } ?? 0
    let first = max(0, min(selectedLine - area.height / 2, lineCount - area.height))
    let wide = area.width >= 70
    var b = 0
    for y in 0..<min(area.height, max(0, lineCount - first)) {
        let line = first + y
        while b + 1 < blocks.count && blocks[b + 1].firstLine <= line { b += 1 }
        let block = blocks[b]
        let offset = line - block.firstLine
        var text: String, role: ThemeRole = .base, position: Int?
        if offset == 0 {
            text = pane.text(.dateLong(block.day))
            if let name = pane.holidayName(on: block.day) { text += "  " + name }
            role = block.day == pane.today ? .calendarToday : (NorwegianHolidays.isHoliday(block.day) ? .calendarHoliday : .tableHeader)
        } else if block.count == 0 {
            text = "   " + pane.text(.calendar(.nothingOn))
            role = .dim
        } else if let i = c.listIndex(block.firstItem + offset - 1) {
            let a = c.occurrences[i]
            position = block.firstItem + offset - 1
            let time = a.allDay ? pane.text(.calendar(.allDay)) : "\(a.start.time.text)–\(a.end.time.text)"
            text = "  " + pad(time, toWidth: 12) + " " + a.title
            if a.cancelled { text += " (\(pane.text(.cancelled)))" }
            // Where it is: the venue's name (with its site), or the stated location.
            let place = a.venueID.map { pane.lookup.venue($0) } ?? a.location
            if !place.isEmpty { text += "  · " + place }
            if wide { text += "  · " + pane.text(.audience(a.audience)) + " · " + pane.lookup.kommunedel(a.kommunedelID) }
            if a.cancelled { role = .dim }
        } else {
            // Not in the loaded window (it is being read).
            text = "  …"
            role = .dim
        }
        let isSelected = position == selected
        let style = isSelected ? theme.style(.selectionFocus) : theme.style(role)
        if isSelected { buffer.fill(Rect(x: area.x, y: area.y + y, width: area.width, height: 1), style: style) }
        // A line too long for the screen ends in "…", so a cut place ("Strømsø frivill") never reads as whole.
        buffer.put(truncate(" " + text, toWidth: area.width), x: area.x, y: area.y + y, maxWidth: area.width, style: style)
        // Clash radar: "!" before an item that overlaps another for the same people (computed when loaded).
        if let p = position, let i = c.listIndex(p), c.clashes.clashes(i) {
            buffer.put("!", x: area.x + 1, y: area.y + y, style: isSelected ? style : theme.style(.warning))
        }
    }
}

private func drawOccurrenceDetail(into buffer: inout Buffer, area: Rect, _ pane: CalendarScope, _ theme: Theme) {
    guard let a = pane.state.selectedOccurrence else {
        let day = pane.state.day
        var lines = [(pane.text(.column(.date)), pane.text(.dateLong(day)))]
        if let name = pane.holidayName(on: day) { lines.append(("", name)) }
        lines.append(("", pane.text(.calendar(.nothingOn))))
        drawDetailPanel(into: &buffer, area: area, title: pane.text(.calendar(.dayTitle(day))), lines: lines,
                        focused: false, theme: theme)
        return
    }
    let time = a.allDay ? pane.text(.calendar(.allDay)) : "\(a.start.time.text)–\(a.end.time.text)"
    var lines: [(String, String)] = [
        (pane.text(.column(.date)), DateText.weekdayDayMonth(a.start.date, pane.language) + "  " + time),
        (pane.text(.calendar(.place)), a.venueID.map { pane.lookup.venue($0) } ?? a.location),
        (pane.text(.column(.kommunedel)), pane.lookup.kommunedel(a.kommunedelID)),
        (pane.text(.column(.organiser)), a.organiser),
        (pane.text(.column(.category)), pane.text(.activityCategory(a.category))),
        (pane.text(.column(.audience)), pane.text(.audience(a.audience))),
        (pane.text(.column(.price)), pane.text(.calendar(.details(.priceText(free: a.free, price: a.details.price))))),
    ] + detailLines(a.details, pane)
    if let id = a.seriesID, let rule = pane.state.rules[id] {
        lines.append((pane.text(.calendar(.field(.repeats))), pane.text(.calendar(.series(rule)))))
    }
    if a.cancelled { lines.append((pane.text(.column(.status)), pane.text(.cancelled))) }
    // The venue: its booking's state, and a warning when it is not confirmed or the venue is closed.
    if a.venueID != nil && !a.cancelled {
        if let status = a.id > 0 ? pane.state.bookingStatus[a.id] : nil {
            lines.append((pane.text(.calendar(.booking)), pane.text(.bookingStatus(status))
                          + (status == .confirmed ? "" : "  ! " + pane.text(.calendar(.noConfirmedBooking)))))
        } else {
            lines.append(("!", pane.text(.calendar(.noConfirmedBooking))))
        }
        if let closure = VenueClosure.closing(a, in: pane.state.closures) {
            lines.append(("!", pane.text(.calendar(.venueClosed(closure.reason)))))
        }
    }
    let clashing = pane.state.selectedIndex.map { pane.state.clashes.partners(of: $0) } ?? []
    for other in clashing.prefix(2).map({ pane.state.occurrences[$0] }) {
        lines.append(("!", pane.text(.calendar(.clash(other.title, "\(other.start.time.text)–\(other.end.time.text)")))))
    }
    // The description wrapped at the width a value gets (half when the panel needs two columns).
    if !a.description.isEmpty {
        let inner = max(10, area.width - 2)
        var text = wrap(a.description, width: inner)
        if lines.count + text.count > area.height - 2 && inner >= 60 { text = wrap(a.description, width: (inner - 2) / 2) }
        lines += text.map { ("", $0) }
    }
    drawDetailPanel(into: &buffer, area: area, title: a.title, lines: lines, focused: false, theme: theme)
}

/// Status (unless planned), sign-up, age, languages, contact and adaptation: only what is stated.
func detailLines(_ d: ActivityDetails, _ pane: CalendarScope) -> [(String, String)] {
    // "planned" is every activity's default: said only when it is something else.
    var lines: [(String, String)] = d.status == .planned ? []
        : [(pane.text(.calendar(.field(.status))), pane.text(.calendar(.details(.status(d.status)))))]
    if d.signUpRequired || d.capacity != nil {
        lines.append((pane.text(.calendar(.details(.signUpLabel))),
                      pane.text(.calendar(.details(.signUp(required: d.signUpRequired, capacity: d.capacity))))))
    }
    if d.ageMin != nil || d.ageMax != nil {
        lines.append((pane.text(.calendar(.details(.ageLabel))), pane.text(.calendar(.details(.ageRange(min: d.ageMin, max: d.ageMax))))))
    }
    if !d.languages.isEmpty { lines.append((pane.text(.calendar(.field(.languages))), LanguageNames.names(d.languages, in: pane.language))) }
    if !d.contact.isEmpty { lines.append((pane.text(.calendar(.field(.contact))), d.contact)) }
    if !d.accessibility.isEmpty { lines.append((pane.text(.calendar(.field(.accessibility))), d.accessibility)) }
    return lines
}

/// `tor. 26.11` (the Volunteers pane's lists; the Calendar writes `DateText.weekdayDayMonth`, "tor. 26.11.").
func shortDate(_ d: CivilDate, _ pane: PaneContext) -> String {
    "\(pane.text(.weekdayShort(d.weekday))) \(d.day < 10 ? "0" : "")\(d.day).\(d.month < 10 ? "0" : "")\(d.month)"
}

func holidaysBetween(_ from: CivilDate, _ through: CivilDate) -> [Holiday] {
    Set([from.year, through.year]).sorted().flatMap(NorwegianHolidays.holidays(in:))
        .filter { $0.date >= from && $0.date <= through }
}
