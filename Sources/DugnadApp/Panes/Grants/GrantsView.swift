import DugnadCore
import TerminalKit

/// The grant inbox: one line per application, newest first.
func drawGrants(into buffer: inout Buffer, _ model: Model, _ theme: Theme) {
    let layout = model.paneLayout
    let g = model.grants
    drawListTitle(into: &buffer, area: layout.title, title: model.text(.inboxTitle), extra: [],
                  window: g.applications.window, query: g.query, model: model, theme: theme)
    let wide = layout.table.width >= 90
    var columns = [
        TableColumn(" ", width: .fixed(2)),
        TableColumn(model.text(.column(.received)), width: .fixed(10)),
        TableColumn(model.text(.column(.reference)), width: .fixed(10)),
        TableColumn(model.text(.column(.applicant)), width: .fill),
        TableColumn(model.text(.column(.amount)), width: .fixed(14), align: .right),
        TableColumn(model.text(.column(.status)), width: .fixed(wide ? 17 : 12)),
    ]
    if wide { columns.append(TableColumn(model.text(.column(.assignee)), width: .fixed(14))) }
    drawWindowedTable(into: &buffer, area: layout.table, list: g.applications, columns: columns, focused: true,
                      theme: theme, model: model,
                      format: { a in
                          var row = [applicationFlags(a, model), a.receivedOn.norwegian.prefix(5) + "",
                                     a.reference, a.applicantName, a.amountRequested.formatted,
                                     model.text(.applicationStatus(a.status))]
                          if wide { row.append(a.assignee ?? "") }
                          return row
                      },
                      style: { a in
                          if a.isOverdue(today: model.today) { return .inboxOverdue }
                          if a.status == .received { return .inboxUnread }
                          return a.flagged ? .inboxFlagged : nil
                      })
    guard let a = g.applications.selectedRow else { return }
    drawDetailPanel(into: &buffer, area: layout.detail, title: a.reference, lines: [
        (model.text(.column(.applicant)), a.applicantName),
        (model.text(.column(.title)), a.title),
        (model.text(.column(.scheme)), model.lookup.scheme(a.schemeID)),
        (model.text(.column(.amount)), a.amountRequested.formatted),
        (model.text(.column(.status)), model.text(.applicationStatus(a.status))
            + (a.amountGranted.map { "  " + $0.formatted } ?? "")),
        (model.text(.column(.received)), a.receivedOn.norwegian),
        (model.text(.column(.assignee)), a.assignee ?? "—"),
    ], focused: false, theme: theme)
}

/// `N` new, `!` overdue, `⚑` flagged.
private func applicationFlags(_ a: GrantApplication, _ model: Model) -> String {
    if a.isOverdue(today: model.today) { return "!" }
    if a.flagged { return "⚑" }
    return a.status == .received ? "N" : ""
}
