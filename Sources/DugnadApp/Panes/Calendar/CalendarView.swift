import DugnadCore
import TerminalKit

/// The Calendar tab: a title line (view, range, filter, holidays), the
/// month/week/agenda/day body, and the selected item's detail panel.
func drawCalendar(into buffer: inout Buffer, _ model: Model, _ theme: Theme) {
    let layout = model.paneLayout
    let c = model.calendar
    drawCalendarTitle(into: &buffer, area: layout.title, model, theme)
    let body = layout.table
    buffer.fill(body, style: theme.style(.base))
    guard c.loadedQuery != nil else {
        buffer.put(" " + model.text(.loading), x: body.x, y: body.y, maxWidth: body.width, style: theme.style(.dim))
        return
    }
    switch c.mode {
    case .month: drawMonth(into: &buffer, area: body, model, theme)
    case .week: drawWeek(into: &buffer, area: body, model, theme)
    case .agenda, .day: drawAgenda(into: &buffer, area: body, model, theme)
    }
    drawOccurrenceDetail(into: &buffer, area: layout.detail, model, theme)
}

private func drawCalendarTitle(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    let c = model.calendar
    let r = c.range
    let title: CalendarPhrase = switch c.mode {
    case .month: .monthTitle(c.day)
    case .week: .weekTitle(c.day)
    case .agenda: .agendaTitle(from: r.from, through: r.through)
    case .day: .dayTitle(c.day)
    }
    // Week and agenda titles name themselves ("Uke 48, …", "Agenda …").
    let prefix = c.mode == .month || c.mode == .day ? model.text(.calendar(.view(c.mode))) + ": " : ""
    var parts = [prefix + model.text(.calendar(title))]
    let summary = c.filterSummary(lookup: model.lookup, language: model.language)
    if !summary.isEmpty { parts.append(model.text(.calendar(.filterSummary(summary)))) }
    let shownFrom = c.mode == .month ? c.day.firstOfMonth : r.from
    let shownThrough = c.mode == .month ? c.day.firstOfMonth.adding(months: 1).adding(days: -1) : r.through
    for h in holidaysBetween(shownFrom, shownThrough) { parts.append("\(h.date.day).\(h.date.month) \(model.text(.holiday(h.kind)))") }
    buffer.fill(area, style: theme.style(.base))
    let count = c.loadedQuery == nil ? "" : model.text(.calendar(.activities(c.occurrencesIn(shownFrom, shownThrough).count))) + " "
    let countWidth = displayWidth(count)
    buffer.put(" " + parts.joined(separator: " · "), x: area.x, y: area.y, maxWidth: max(0, area.width - countWidth - 1),
               style: theme.style(.title))
    buffer.put(count, x: area.maxX - countWidth, y: area.y, style: theme.style(.dim))
}

/// Agenda (the coming days as a list, a heading per day) and day view.
private func drawAgenda(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    let c = model.calendar
    let r = c.range
    // Lines: (text, role, occurrence index in `selectable` or nil for a heading).
    var lines: [(String, ThemeRole?, Int?)] = []
    var index = 0
    var day = r.from
    let wide = area.width >= 70
    while day <= r.through {
        let items = c.occurrencesIn(day, day)
        if c.mode == .day || !items.isEmpty || day == c.day {
            var heading = model.text(.dateLong(day))
            if let h = NorwegianHolidays.holiday(on: day) { heading += "  " + model.text(.holiday(h.kind)) }
            let role: ThemeRole = day == model.today ? .calendarToday : (NorwegianHolidays.isHoliday(day) ? .calendarHoliday : .tableHeader)
            lines.append((heading, role, nil))
            if items.isEmpty { lines.append(("   " + model.text(.calendar(.nothingOn)), .dim, nil)) }
            for a in items {
                let time = a.allDay ? model.text(.calendar(.allDay)) : "\(a.start.time.text)–\(a.end.time.text)"
                var text = "  " + pad(time, toWidth: 12) + " " + a.title
                if a.cancelled { text += " (\(model.text(.cancelled)))" }
                let extra = wide ? "  · " + model.text(.audience(a.audience)) + " · " + model.lookup.kommunedel(a.kommunedelID) : ""
                lines.append((text + extra, a.cancelled ? .dim : nil, index))
                index += 1
            }
        }
        day = day.adding(days: 1)
    }
    let selectedLine = lines.firstIndex { $0.2 == min(c.selected, max(0, index - 1)) } ?? 0
    let first = max(0, min(selectedLine - area.height / 2, lines.count - area.height))
    let items = c.selectable
    for (i, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
        let y = area.y + i
        let selected = line.2 != nil && line.2 == min(c.selected, max(0, index - 1))
        let style = selected ? theme.style(.selectionFocus) : theme.style(line.1 ?? .base)
        if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
        buffer.put(" " + line.0, x: area.x, y: y, maxWidth: area.width, style: style)
        // Clash radar, for the lines on screen only: "!" before a clashing item.
        if let n = line.2, items.indices.contains(items.startIndex + n) {
            let a = items[items.startIndex + n]
            if ClashRadar.clashes(of: a, among: c.occurrencesIn(a.start.date, a.start.date)).first != nil {
                buffer.put("!", x: area.x + 1, y: y, style: selected ? style : theme.style(.warning))
            }
        }
    }
}

private func drawOccurrenceDetail(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    guard let a = model.calendar.selectedOccurrence else {
        let day = model.calendar.day
        var lines = [(model.text(.column(.date)), model.text(.dateLong(day)))]
        if let h = NorwegianHolidays.holiday(on: day) { lines.append(("", model.text(.holiday(h.kind)))) }
        lines.append(("", model.text(.calendar(.nothingOn))))
        drawDetailPanel(into: &buffer, area: area, title: model.text(.calendar(.dayTitle(day))), lines: lines,
                        focused: false, theme: theme)
        return
    }
    let time = a.allDay ? model.text(.calendar(.allDay)) : "\(a.start.time.text)–\(a.end.time.text)"
    var lines: [(String, String)] = [
        (model.text(.column(.date)), shortDate(a.start.date, model) + "  " + time),
        (model.text(.calendar(.place)), a.venueID.map { model.lookup.venue($0) } ?? a.location),
        (model.text(.column(.kommunedel)), model.lookup.kommunedel(a.kommunedelID)),
        (model.text(.column(.organiser)), a.organiser),
        (model.text(.column(.category)), model.text(.activityCategory(a.category))),
        (model.text(.column(.audience)), model.text(.audience(a.audience))),
        (model.text(.column(.price)), model.text(.calendar(.price(a.free)))),
    ]
    if let id = a.seriesID, let rule = model.calendar.rules[id] {
        lines.append((model.text(.calendar(.field(.repeats))), model.text(.calendar(.series(rule)))))
    }
    if a.cancelled { lines.append((model.text(.column(.status)), model.text(.cancelled))) }
    // The venue: its booking's state, and a warning when it is not confirmed or the venue is closed.
    if a.venueID != nil && !a.cancelled {
        if let status = a.id > 0 ? model.calendar.bookingStatus[a.id] : nil {
            lines.append((model.text(.calendar(.booking)), model.text(.bookingStatus(status))
                          + (status == .confirmed ? "" : "  ! " + model.text(.calendar(.noConfirmedBooking)))))
        } else {
            lines.append(("!", model.text(.calendar(.noConfirmedBooking))))
        }
        if let closure = VenueClosure.closing(a, in: model.calendar.closures) {
            lines.append(("!", model.text(.calendar(.venueClosed(closure.reason)))))
        }
    }
    let day = model.calendar.occurrencesIn(a.start.date, a.start.date)
    for other in ClashRadar.clashes(of: a, among: day).prefix(2) {
        lines.append(("!", model.text(.calendar(.clash(other.title, "\(other.start.time.text)–\(other.end.time.text)")))))
    }
    if !a.description.isEmpty { lines.append(("", a.description)) }
    drawDetailPanel(into: &buffer, area: area, title: a.title, lines: lines, focused: false, theme: theme)
}

/// `tor. 26.11`
func shortDate(_ d: CivilDate, _ model: Model) -> String {
    "\(model.text(.weekdayShort(d.weekday))) \(d.day < 10 ? "0" : "")\(d.day).\(d.month < 10 ? "0" : "")\(d.month)"
}

func holidaysBetween(_ from: CivilDate, _ through: CivilDate) -> [Holiday] {
    Set([from.year, through.year]).sorted().flatMap(NorwegianHolidays.holidays(in:))
        .filter { $0.date >= from && $0.date <= through }
}
