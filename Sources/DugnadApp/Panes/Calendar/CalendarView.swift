import DugnadCore
import TerminalKit

/// The agenda: activity occurrences of the coming two weeks, holidays named.
func drawCalendar(into buffer: inout Buffer, _ model: Model, _ theme: Theme) {
    let layout = model.paneLayout
    let c = model.calendar
    let holidays = holidaysBetween(c.day, c.through).map { "\($0.date.day).\($0.date.month) \(model.text(.holiday($0.kind)))" }
    drawListTitle(into: &buffer, area: layout.title, title: model.text(.agendaTitle(from: c.day, through: c.through)),
                  extra: holidays, window: c.activities.window, query: c.query, model: model, theme: theme)
    let wide = layout.table.width >= 90
    var columns = [
        TableColumn(model.text(.column(.date)), width: .fixed(11)),
        TableColumn(model.text(.column(.time)), width: .fixed(11)),
        TableColumn(model.text(.column(.title)), width: .fill),
        TableColumn(model.text(.column(.audience)), width: .fixed(9)),
    ]
    if wide { columns.append(TableColumn(model.text(.column(.kommunedel)), width: .fixed(20))) }
    drawWindowedTable(into: &buffer, area: layout.table, list: c.activities, columns: columns, focused: true,
                      theme: theme, model: model,
                      format: { a in
                          var row = [shortDate(a.start.date, model), a.allDay ? "" : "\(a.start.time.text)–\(a.end.time.text)",
                                     a.cancelled ? "\(a.title) (\(model.text(.cancelled)))" : a.title,
                                     model.text(.audience(a.audience))]
                          if wide { row.append(model.lookup.kommunedel(a.kommunedelID)) }
                          return row
                      },
                      style: { a in
                          if a.cancelled { return .dim }
                          if a.start.date == model.today { return .calendarToday }
                          return NorwegianHolidays.isHoliday(a.start.date) ? .calendarHoliday : nil
                      })
    guard let a = c.activities.selectedRow else { return }
    drawDetailPanel(into: &buffer, area: layout.detail, title: a.title, lines: [
        (model.text(.column(.date)), shortDate(a.start.date, model) + (a.allDay ? "" : "  \(a.start.time.text)–\(a.end.time.text)")),
        (model.text(.column(.organiser)), a.organiser),
        (model.text(.column(.category)), model.text(.activityCategory(a.category))),
        (model.text(.column(.audience)), model.text(.audience(a.audience))),
        (model.text(.column(.kommunedel)), model.lookup.kommunedel(a.kommunedelID)),
        (model.text(.column(.venue)), model.lookup.venue(a.venueID)),
        ("", a.description),
    ], focused: false, theme: theme)
}

/// `tor. 26.11`
func shortDate(_ d: CivilDate, _ model: Model) -> String {
    "\(model.text(.weekdayShort(d.weekday))) \(d.day < 10 ? "0" : "")\(d.day).\(d.month < 10 ? "0" : "")\(d.month)"
}

func holidaysBetween(_ from: CivilDate, _ through: CivilDate) -> [Holiday] {
    Set([from.year, through.year]).sorted().flatMap(NorwegianHolidays.holidays(in:))
        .filter { $0.date >= from && $0.date <= through }
}
