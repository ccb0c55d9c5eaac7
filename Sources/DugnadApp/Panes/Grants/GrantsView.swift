import DugnadCore
import TerminalKit

/// The grant inbox: one line per application with its flags, and a preview.
func drawGrants(into buffer: inout Buffer, _ pane: GrantsScope, _ theme: Theme) {
    let layout = pane.paneLayout
    let g = pane.state
    var extra = [pane.text(.grants(.sortedBy(g.sort)))]
    if let e = g.filterError { extra.append(pane.text(.grants(.filterError(e)))) }
    extra += InboxTools.titleExtras(pane)
    if g.tools.top == .bulk { extra = InboxTools.titleExtras(pane) }
    let area = InboxTools.inboxArea(pane)
    if let sidebar = area.sidebar { InboxTools.drawViews(into: &buffer, area: sidebar, pane, theme) }
    drawListTitle(into: &buffer, area: area.title, title: pane.text(.inboxTitle), extra: extra,
                  window: g.inbox.window, query: g.tools.top == .bulk ? "" : g.query, context: pane.context, theme: theme)
    let wide = area.table.width >= 100
    // Beside the views sidebar the date gives way to the applicant (the preview shows it).
    let dated = area.table.width >= 70
    var columns = [TableColumn(" ", width: .fixed(4))]
    if dated { columns.append(TableColumn(pane.text(.column(.received)), width: .fixed(8))) }
    columns += [
        TableColumn(pane.text(.column(.reference)), width: .fixed(9)),
        TableColumn(pane.text(.column(.applicant)), width: .fill),
    ]
    if wide { columns.append(TableColumn(pane.text(.grants(.scheme)), width: .fixed(24))) }
    columns += [
        TableColumn(pane.text(.column(.amount)), width: .fixed(wide ? 14 : 12), align: .right),
        // 16 columns hold every status ("under behandling", "delvis innvilget") beside the preview.
        TableColumn(pane.text(.column(.status)), width: .fixed(wide ? 17 : area.table.width >= 56 ? 16 : 12)),
    ]
    if wide { columns.append(TableColumn(pane.text(.column(.assignee)), width: .fixed(12))) }
    drawWindowedTable(into: &buffer, area: area.table, list: g.inbox, columns: columns, focused: g.tools.top != .views,
                      theme: theme, context: pane.context,
                      format: { line in
                          let a = line.application
                          var row = [(g.tools.tagged.contains(line.id) ? "*" : "") + grantFlags(line, pane.today)]
                          if dated { row.append(String(a.receivedOn.norwegian.prefix(5))) }
                          row += [a.reference, a.applicantName]
                          if wide { row.append(line.schemeName) }
                          row += [wide ? a.amountRequested.formatted : kroner(a.amountRequested),
                                  pane.text(.applicationStatus(a.status))]
                          if wide { row.append(pane.lookup.staffName(a.assignee)) }
                          return row
                      },
                      style: { line in
                          let a = line.application
                          if a.isOverdue(today: pane.today) { return .inboxOverdue }
                          if a.status == .received { return .inboxUnread }
                          return a.flagged ? .inboxFlagged : nil
                      })
    InboxTools.drawFilterLine(into: &buffer, table: area.table, pane, theme)
    guard let line = g.inbox.selectedRow else { return }
    let a = line.application
    var lines: [(String, String)] = [
        (pane.text(.column(.title)), a.title),
        (pane.text(.grants(.scheme)), line.schemeName),
        (pane.text(.grants(.requested)), a.amountRequested.formatted
            + (a.amountGranted.map { " · " + pane.text(.grants(.granted)) + " " + $0.formatted } ?? "")),
        (pane.text(.column(.status)), pane.text(.applicationStatus(a.status))),
        (pane.text(.column(.received)), pane.text(.grants(.dates(received: a.receivedOn, due: a.decisionDue)))),
        (pane.text(.grants(.score)), GrantScoring.text(milli: a.scoreMilli)),
        (pane.text(.column(.assignee)), a.assignee.map { pane.lookup.staffName($0) } ?? "—"),
    ]
    if !line.tags.isEmpty { lines.append((pane.text(.grants(.tags)), line.tags.joined(separator: ", "))) }
    drawDetailPanel(into: &buffer, area: layout.detail, title: a.reference + " · " + a.applicantName, lines: lines,
                    focused: false, theme: theme)
}

/// (`*` before them: tagged with `t`.) `N` new, `!` overdue, `⚑` flagged, `§` conflict of interest declared, `+` tagged.
func grantFlags(_ line: GrantInboxLine, _ today: CivilDate) -> String {
    let a = line.application
    var flags = ""
    if a.isOverdue(today: today) { flags += "!" } else if a.status == .received && a.receivedOn >= today.adding(days: -GrantFilter.newDays) { flags += "N" }
    if a.flagged { flags += "⚑" }
    if line.hasConflict { flags += "§" }
    if !line.tags.isEmpty { flags += "+" }
    return String(flags.prefix(3))
}

/// `60 000` — whole kroner for narrow columns.
func kroner(_ m: Money) -> String { m.amountText }
