import DugnadCore
import TerminalKit

/// The week of one venue: a row per day (weekday, date, holiday name) and
/// the day grid's columns, cells and scrolling, so both read the same way.
func drawVenueWeek(into buffer: inout Buffer, _ week: VenueWeekState, _ pane: VenuesScope, _ theme: Theme) {
    let layout = pane.paneLayout
    let site = pane.lookup.site(week.venue.siteID)
    let name = site.isEmpty ? week.venue.name : "\(week.venue.name), \(site)"
    buffer.fill(layout.title, style: theme.style(.base))
    buffer.put(" " + pane.text(.venues(.weekTitle(venue: name, monday: week.monday))), x: layout.title.x, y: layout.title.y,
               maxWidth: layout.title.width - 1, style: theme.style(.title))
    let area = layout.table
    let v = pane.state
    let g = pane.venueGrid
    let cellsX = area.x + g.nameWidth
    drawHourRuler(into: &buffer, x: cellsX, y: area.y, maxX: area.maxX, scroll: v.scrollColumn, g,
                  style: theme.style(.tableHeader))
    for i in 0..<min(7, max(0, area.height - 1)) {
        let date = week.monday.adding(days: i)
        let y = area.y + 1 + i
        var label = " " + pane.text(.venues(.weekDay(date)))
        // Holidays are marked whether or not this venue closes on them: staff plan around them.
        if let name = pane.holidayName(on: date) { label += " " + name }
        let selected = i == week.row
        buffer.put(pad(label, toWidth: g.nameWidth - 1), x: area.x, y: y, maxWidth: g.nameWidth - 1,
                   style: theme.style(selected ? .selectionFocus : .base))
        guard week.days.count == 7 else { continue }
        drawCells(into: &buffer, week.days[i], x: cellsX, y: y, selection: selected ? v.selection : nil, pane, theme)
    }
}
