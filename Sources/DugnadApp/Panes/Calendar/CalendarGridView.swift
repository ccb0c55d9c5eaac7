import DugnadCore
import TerminalKit

/// Month view: six weeks of days with a count per day and, where the cell
/// is tall enough, the first titles; today, holidays and weekends marked.
func drawMonth(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    let c = model.calendar
    let first = c.range.from
    let weekColumn = 4
    let cellWidth = max(4, (area.width - weekColumn) / 7)
    let cellHeight = max(1, (area.height - 1) / 6)
    let headers = model.text(.calendar(.weekdayHeaders)).split(separator: " ").map(String.init)
    buffer.put(pad(model.language == .nb ? "uke" : "wk", toWidth: weekColumn), x: area.x, y: area.y, style: theme.style(.tableHeader))
    for (i, h) in headers.enumerated() {
        buffer.put(pad(" " + h, toWidth: cellWidth), x: area.x + weekColumn + i * cellWidth, y: area.y, maxWidth: cellWidth,
                   style: theme.style(i >= 5 ? .calendarWeekend : .tableHeader))
    }
    for week in 0..<6 {
        let y0 = area.y + 1 + week * cellHeight
        guard y0 < area.maxY else { break }
        buffer.put(" \(first.adding(days: week * 7).isoWeek)", x: area.x, y: y0, maxWidth: weekColumn, style: theme.style(.dim))
        for wd in 0..<7 {
            let date = first.adding(days: week * 7 + wd)
            let x = area.x + weekColumn + wd * cellWidth
            let items = c.occurrencesIn(date, date)
            let holiday = NorwegianHolidays.holiday(on: date)
            let inMonth = date.month == c.day.month
            var role: ThemeRole = inMonth ? (wd >= 5 ? .calendarWeekend : .base) : .dim
            if holiday != nil { role = .calendarHoliday }
            if date == model.today { role = .calendarToday }
            let selected = date == c.day
            let style = theme.style(selected ? .selectionFocus : role)
            let rows = min(cellHeight, area.maxY - y0)
            if selected { buffer.fill(Rect(x: x, y: y0, width: cellWidth - 1, height: rows), style: style) }
            // The day number left, the count right; a holiday is starred.
            let total = c.count(on: date)
            let count = total == 0 ? "" : "(\(total))"
            let dayText = "\(date.day)" + (holiday != nil ? "*" : "")
            buffer.put(pad(dayText, toWidth: cellWidth - 1 - displayWidth(count)) + count, x: x, y: y0, maxWidth: cellWidth - 1,
                       style: style)
            guard rows > 1 else { continue }
            var lines: [String] = []
            if let holiday { lines.append(model.text(.holiday(holiday.kind))) }
            let room = rows - 1 - lines.count
            let titles = items.prefix(max(0, room)).map { ($0.allDay ? "" : "\($0.start.time.hour) ") + $0.title }
            if total > room && room >= 3 {
                lines += titles.prefix(room - 1) + [model.text(.calendar(.more(total - (room - 1))))]
            } else {
                lines += titles
            }
            for (i, line) in lines.prefix(rows - 1).enumerated() {
                buffer.put(line, x: x, y: y0 + 1 + i, maxWidth: cellWidth - 1,
                           style: selected ? style : theme.style(i == 0 && holiday != nil ? .calendarHoliday : .base))
            }
        }
    }
}

/// Week view: the seven days side by side on a time axis (08–22, a row per
/// 30–120 minutes as the height allows), all-day items on top.
func drawWeek(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    let c = model.calendar
    let monday = c.range.from
    let axis = 6
    let columnWidth = max(6, (area.width - axis) / 7)
    let firstMinute = 8 * 60, lastMinute = 22 * 60
    let slotRows = max(1, area.height - 2)
    let step = [30, 60, 90, 120, 180, 240].first { slotRows * $0 >= lastMinute - firstMinute } ?? 240
    // Rows that start before 22:00; later items share the last row.
    let usedRows = min(slotRows, (lastMinute - firstMinute + step - 1) / step)
    for wd in 0..<7 {
        let date = monday.adding(days: wd)
        let x = area.x + axis + wd * columnWidth
        let holiday = NorwegianHolidays.holiday(on: date)
        var role: ThemeRole = wd >= 5 ? .calendarWeekend : .tableHeader
        if holiday != nil { role = .calendarHoliday }
        if date == model.today { role = .calendarToday }
        // A holiday is named on the all-day line below, so the heading stays short.
        var heading = model.text(.weekdayShort(date.weekday)).filter { $0 != "." } + " \(date.day).\(date.month)"
        let unread = c.count(on: date) - c.occurrencesIn(date, date).count
        if unread > 0 && displayWidth(heading) + 6 < columnWidth { heading += " +\(unread)" }
        buffer.put(pad(heading, toWidth: columnWidth - 1), x: x, y: area.y, maxWidth: columnWidth - 1,
                   style: theme.style(date == c.day ? .selectionFocus : role))
        let items = c.occurrencesIn(date, date)
        // The selected item, by position (comparing whole activities per frame costs at scale).
        let selectedIndex = date == c.day && !items.isEmpty ? items.startIndex + min(c.selected, items.count - 1) : nil
        // The all-day line: a holiday's name or the all-day items.
        let allDay = items.indices.filter { items[$0].allDay }
        let top = holiday.map { model.text(.holiday($0.kind)) } ?? allDay.first.map { items[$0].title } ?? ""
        let topSelected = allDay.first != nil && allDay.first == selectedIndex && holiday == nil
        buffer.put(top + (allDay.count > 1 ? " +\(allDay.count - 1)" : ""), x: x, y: area.y + 1, maxWidth: columnWidth - 1,
                   style: theme.style(topSelected ? .selectionFocus : (holiday != nil ? .calendarHoliday : .dim)))
        // Timed items by slot (as indices); a slot with several shows the first (or the selected) and how many more.
        var slots = [[Int]](repeating: [], count: usedRows)
        for i in items.indices where !items[i].allDay {
            slots[min(usedRows - 1, max(0, (items[i].start.time.minutes - firstMinute) / step))].append(i)
        }
        for (slot, list) in slots.enumerated() where !list.isEmpty {
            let y = area.y + 2 + slot
            guard y < area.maxY else { continue }
            let chosenIndex = list.first { $0 == selectedIndex } ?? list[0]
            let chosen = items[chosenIndex]
            let more = list.count > 1 ? "+\(list.count - 1)" : ""
            let label = truncate("\(chosen.start.time.hour) \(chosen.title)", toWidth: columnWidth - 1 - displayWidth(more), ellipsis: false)
            let style = theme.style(chosenIndex == selectedIndex ? .selectionFocus : (chosen.cancelled ? .dim : .base))
            buffer.put(pad(label, toWidth: columnWidth - 1 - displayWidth(more)) + more, x: x, y: y, maxWidth: columnWidth - 1, style: style)
        }
    }
    for row in 0..<usedRows where area.y + 2 + row < area.maxY {
        let minute = firstMinute + row * step
        buffer.put(pad(CivilTime(minutes: minute)!.text, toWidth: axis), x: area.x, y: area.y + 2 + row,
                   maxWidth: axis, style: theme.style(.dim))
    }
}
