import DugnadCore
import TerminalKit

/// The grant inbox: one line per application, newest first.
func drawGrants(into buffer: inout Buffer, _ pane: GrantsScope, _ theme: Theme) {
    let layout = pane.paneLayout
    let g = pane.state
    drawListTitle(into: &buffer, area: layout.title, title: pane.text(.inboxTitle), extra: [],
                  window: g.applications.window, query: g.query, context: pane.context, theme: theme)
    let wide = layout.table.width >= 90
    var columns = [
        TableColumn(" ", width: .fixed(2)),
        TableColumn(pane.text(.column(.received)), width: .fixed(10)),
        TableColumn(pane.text(.column(.reference)), width: .fixed(10)),
        TableColumn(pane.text(.column(.applicant)), width: .fill),
        TableColumn(pane.text(.column(.amount)), width: .fixed(14), align: .right),
        TableColumn(pane.text(.column(.status)), width: .fixed(wide ? 17 : 12)),
    ]
    if wide { columns.append(TableColumn(pane.text(.column(.assignee)), width: .fixed(14))) }
    drawWindowedTable(into: &buffer, area: layout.table, list: g.applications, columns: columns, focused: true,
                      theme: theme, context: pane.context,
                      format: { a in
                          var row = [applicationFlags(a, pane), a.receivedOn.norwegian.prefix(5) + "",
                                     a.reference, a.applicantName, a.amountRequested.formatted,
                                     pane.text(.applicationStatus(a.status))]
                          if wide { row.append(a.assignee ?? "") }
                          return row
                      },
                      style: { a in
                          if a.isOverdue(today: pane.today) { return .inboxOverdue }
                          if a.status == .received { return .inboxUnread }
                          return a.flagged ? .inboxFlagged : nil
                      })
    guard let a = g.applications.selectedRow else { return }
    drawDetailPanel(into: &buffer, area: layout.detail, title: a.reference, lines: [
        (pane.text(.column(.applicant)), a.applicantName),
        (pane.text(.column(.title)), a.title),
        (pane.text(.column(.scheme)), pane.lookup.scheme(a.schemeID)),
        (pane.text(.column(.amount)), a.amountRequested.formatted),
        (pane.text(.column(.status)), pane.text(.applicationStatus(a.status))
            + (a.amountGranted.map { "  " + $0.formatted } ?? "")),
        (pane.text(.column(.received)), a.receivedOn.norwegian),
        (pane.text(.column(.assignee)), a.assignee ?? "—"),
    ], focused: false, theme: theme)
}

/// `N` new, `!` overdue, `⚑` flagged.
private func applicationFlags(_ a: GrantApplication, _ pane: GrantsScope) -> String {
    if a.isOverdue(today: pane.today) { return "!" }
    if a.flagged { return "⚑" }
    return a.status == .received ? "N" : ""
}
