import DugnadCore
import TerminalKit

/// The day's bookings across all venues (the availability grid comes with the Venues issue).
func drawVenues(into buffer: inout Buffer, _ model: Model, _ theme: Theme) {
    let layout = model.paneLayout
    let v = model.venues
    var extra: [String] = []
    if let h = NorwegianHolidays.holiday(on: v.day) { extra.append(model.text(.holiday(h.kind))) }
    drawListTitle(into: &buffer, area: layout.title, title: model.text(.bookingsTitle(v.day)), extra: extra,
                  window: v.bookings.window, query: v.query, model: model, theme: theme)
    let wide = layout.table.width >= 90
    var columns = [
        TableColumn(model.text(.column(.time)), width: .fixed(11)),
        TableColumn(model.text(.column(.venue)), width: .fixed(wide ? 28 : 20)),
        TableColumn(model.text(.column(.booker)), width: .fill),
    ]
    if wide { columns.append(TableColumn(model.text(.column(.purpose)), width: .fixed(18))) }
    columns.append(TableColumn(model.text(.column(.status)), width: .fixed(wide ? 22 : 10)))
    drawWindowedTable(into: &buffer, area: layout.table, list: v.bookings, columns: columns, focused: true,
                      theme: theme, model: model,
                      format: { b in
                          var row = ["\(b.start.time.text)–\(b.end.time.text)", model.lookup.venue(b.venueID), b.bookerName]
                          if wide { row.append(b.purpose) }
                          row.append(model.text(.bookingStatus(b.status)))
                          return row
                      },
                      style: { b in
                          switch b.status {
                          case .requested: return .gridRequested
                          case .cancelled, .rejected: return .dim
                          case .confirmed: return nil
                          }
                      })
    guard let b = v.bookings.selectedRow else { return }
    var lines: [(String, String)] = [
        (model.text(.column(.venue)), model.lookup.venue(b.venueID)),
        (model.text(.column(.time)), "\(model.text(.dateLong(b.start.date)))  \(b.start.time.text)–\(b.end.time.text)"),
        (model.text(.column(.booker)), b.organisationID == nil ? "\(b.bookerName) (\(model.text(.privatePerson)))" : b.bookerName),
        (model.text(.column(.purpose)), b.purpose),
        (model.text(.column(.attendees)), String(b.attendees)),
        (model.text(.column(.price)), b.price == .zero ? model.text(.free) : b.price.formatted),
        (model.text(.column(.status)), model.text(.bookingStatus(b.status))),
    ]
    if let code = b.accessCode { lines.append(("Kode", code)) }
    drawDetailPanel(into: &buffer, area: layout.detail, title: model.lookup.venue(b.venueID), lines: lines,
                    focused: false, theme: theme)
}
