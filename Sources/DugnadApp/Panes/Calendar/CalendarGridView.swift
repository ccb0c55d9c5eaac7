import DugnadCore
import TerminalKit

/// Month view: six weeks of days with a count per day and, where the cell
/// is tall enough, the first titles; today, holidays and weekends marked.
func drawMonth(into buffer: inout Buffer, area: Rect, _ pane: CalendarScope, _ theme: Theme) {
    let c = pane.state
    let first = c.range.from
    let weekColumn = 4
    let cellWidth = max(4, (area.width - weekColumn) / 7)
    let cellHeight = max(1, (area.height - 1) / 6)
    let headers = pane.text(.calendar(.weekdayHeaders)).split(separator: " ").map(String.init)
    buffer.put(pad(pane.language == .nb ? "uke" : "wk", toWidth: weekColumn), x: area.x, y: area.y, style: theme.style(.tableHeader))
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
            if date == pane.today { role = .calendarToday }
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
            if holiday != nil, let name = pane.holidayName(on: date) { lines.append(name) }
            let room = rows - 1 - lines.count
            let titles = items.prefix(max(0, room)).map { ($0.allDay ? "" : "\($0.start.time.hour) ") + $0.title }
            if total > room && room >= 3 {
                lines += titles.prefix(room - 1) + [pane.text(.calendar(.more(total - (room - 1))))]
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
/// 30–240 minutes as the height allows), all-day items on top. Each cell shows
/// its first occurrence (or the selected one) and how many more start there;
/// at scale only each cell's first is read, with the cell's count.
/// A row is labelled with the earliest start in it (an activity at 07:30 sits in a row labelled 07:30, not
/// under 08:00); a cell names its start only when it differs from the row's and the title keeps room.
func drawWeek(into buffer: inout Buffer, area: Rect, _ pane: CalendarScope, _ theme: Theme) {
    let c = pane.state
    let monday = c.range.from
    let axis = 6
    let columnWidth = max(6, (area.width - axis) / 7)
    let slots = WeekSlots(height: area.height)
    let usedRows = slots.count
    // Loaded items by day and cell (as indices), and each row's earliest start over the week.
    var days: [(items: ArraySlice<Activity>, cells: [Int: [Int]])] = []
    var rowStart = (0..<usedRows).map(slots.label)
    var rowHasItems = [Bool](repeating: false, count: usedRows)
    for wd in 0..<7 {
        let date = monday.adding(days: wd)
        let items = c.occurrencesIn(date, date)
        var cells: [Int: [Int]] = [:]
        for i in items.indices {
            let a = items[i]
            cells[slots.cell(of: a), default: []].append(i)
            guard !a.allDay else { continue }
            let row = slots.row(a.start.time.minutes), minute = a.start.time.minutes
            if !rowHasItems[row] || minute < rowStart[row] { rowStart[row] = minute; rowHasItems[row] = true }
        }
        days.append((items, cells))
    }
    for wd in 0..<7 {
        let date = monday.adding(days: wd)
        let x = area.x + axis + wd * columnWidth
        let holiday = NorwegianHolidays.holiday(on: date)
        var role: ThemeRole = wd >= 5 ? .calendarWeekend : .tableHeader
        if holiday != nil { role = .calendarHoliday }
        if date == pane.today { role = .calendarToday }
        // A holiday is named on the all-day line below, so the heading stays short.
        let heading = pane.text(.weekdayShort(date.weekday)).filter { $0 != "." } + " \(date.day).\(date.month)"
        buffer.put(pad(heading, toWidth: columnWidth - 1), x: x, y: area.y, maxWidth: columnWidth - 1,
                   style: theme.style(date == c.day ? .selectionFocus : role))
        let (items, cells) = days[wd]
        // The selected item, by position (comparing whole activities per frame costs at scale).
        let selectedIndex = date == c.day && !items.isEmpty ? items.startIndex + min(c.selected, items.count - 1) : nil
        // A cell's count is the stored one when only its first was read.
        func count(_ cell: Int) -> Int { c.cellCounts?[cell] ?? cells[cell]?.count ?? 0 }
        // The all-day line: a holiday's name or the all-day items.
        let allDayCell = WeekSlots.cell(day: date, row: nil)
        let allDay = cells[allDayCell] ?? []
        let top = pane.holidayName(on: date) ?? allDay.first.map { items[$0].title } ?? ""
        let topSelected = allDay.first != nil && allDay.first == selectedIndex && holiday == nil
        // How many all-day items are not named, kept at the right like a time cell's count.
        let hidden = count(allDayCell) - (holiday == nil && !allDay.isEmpty ? 1 : 0)
        let allDayMore = hidden > 0 ? "+\(hidden)" : ""
        let topStyle = theme.style(topSelected ? .selectionFocus : (holiday != nil ? .calendarHoliday : .dim))
        let topWidth = columnWidth - 1, topMoreWidth = allDayMore.utf8.count
        buffer.put(top, x: x, y: area.y + 1, maxWidth: max(0, topWidth - topMoreWidth), style: topStyle)
        if topMoreWidth > 0 && topMoreWidth < topWidth {
            buffer.put(allDayMore, x: x + topWidth - topMoreWidth, y: area.y + 1, style: topStyle)
        }
        for slot in 0..<usedRows {
            let cell = WeekSlots.cell(day: date, row: slot)
            guard let list = cells[cell], !list.isEmpty else { continue }
            let y = area.y + 2 + slot
            guard y < area.maxY else { continue }
            let chosenIndex = list.first { $0 == selectedIndex } ?? list[0]
            let chosen = items[chosenIndex]
            let n = max(count(cell), list.count)
            let more = n > 1 ? "+\(n - 1)" : ""
            // Drawn in place (no truncate/pad per cell: a week at scale fills ~200 cells every frame).
            let width = columnWidth - 1, moreWidth = more.utf8.count
            let style = theme.style(chosenIndex == selectedIndex ? .selectionFocus : (chosen.cancelled ? .dim : .base))
            buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
            // The row's label says the time; a later start in the row is named when the title keeps 5 columns
            // (at 80 or 120 columns a cell has 9: the title comes first, the detail panel says the time).
            let named = chosen.start.time.minutes != rowStart[slot] && width - moreWidth - 6 >= 5
            let used = named ? buffer.put(chosen.start.time.text + " ", x: x, y: y, maxWidth: width - moreWidth, style: style) : 0
            buffer.put(chosen.title, x: x + used, y: y, maxWidth: max(0, width - moreWidth - used), style: style)
            if moreWidth > 0 && moreWidth < width { buffer.put(more, x: x + width - moreWidth, y: y, style: style) }
        }
    }
    for row in 0..<usedRows where area.y + 2 + row < area.maxY {
        buffer.put(pad(CivilTime(minutes: rowStart[row])!.text, toWidth: axis), x: area.x, y: area.y + 2 + row,
                   maxWidth: axis, style: theme.style(.dim))
    }
}
