import DugnadCore
import TerminalKit

/// Requests for volunteers and the volunteers themselves (matching comes with its own issue).
func drawVolunteers(into buffer: inout Buffer, _ pane: VolunteersScope, _ theme: Theme) {
    let layout = pane.paneLayout
    let v = pane.state
    if let sidebar = layout.sidebar {
        drawSidebar(into: &buffer, area: sidebar,
                    items: VolunteersState.Section.allCases.map { pane.text(.volunteersSection($0)) },
                    selected: v.section.rawValue, focused: false, theme: theme)
    }
    let title = pane.text(.volunteersSection(v.section))
    switch v.section {
    case .requests:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: v.requests.window,
                      query: v.query(.requests), context: pane.context, theme: theme)
        let columns = [
            TableColumn(pane.text(.column(.title)), width: .fill),
            TableColumn(pane.text(.column(.starts)), width: .fixed(10)),
            TableColumn(pane.text(.column(.needed)), width: .fixed(7), align: .right),
            TableColumn(pane.text(.column(.priority)), width: .fixed(9)),
            TableColumn(pane.text(.column(.status)), width: .fixed(8)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: v.requests, columns: columns, focused: true,
                          theme: theme, context: pane.context,
                          format: { r in [r.title, shortDate(r.startsOn, pane.context), String(r.volunteersNeeded),
                                          pane.text(.priority(r.priority)), pane.text(.requestStatus(r.status))] },
                          style: { r in r.status == .new ? .inboxUnread : (r.priority == .urgent ? .warning : nil) })
        if let r = v.requests.selectedRow {
            drawDetailPanel(into: &buffer, area: layout.detail, title: r.title, lines: [
                (pane.text(.column(.requester)), r.requester),
                (pane.text(.column(.kommunedel)), pane.lookup.kommunedel(r.kommunedelID)),
                (pane.text(.column(.starts)), r.startsOn.norwegian + " · " + pane.text(r.weekly ? .weekly : .oneOff)),
                (pane.text(.column(.skills)), r.skills.joined(separator: ", ")),
                ("", r.politiattestRequired ? pane.text(.politiattest) : ""),
            ], focused: false, theme: theme)
        }
    case .volunteers:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: v.volunteers.window,
                      query: v.query(.volunteers), context: pane.context, theme: theme)
        let columns = [
            TableColumn(pane.text(.column(.name)), width: .fill),
            TableColumn(pane.text(.column(.born)), width: .fixed(5)),
            TableColumn(pane.text(.column(.kommunedel)), width: .fixed(20)),
            TableColumn(pane.text(.column(.status)), width: .fixed(8)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: v.volunteers, columns: columns, focused: true,
                          theme: theme, context: pane.context,
                          format: { p in [p.name, String(p.birthYear), pane.lookup.kommunedel(p.kommunedelID),
                                          pane.text(.volunteerStatus(p.status))] },
                          style: { $0.status == .active ? nil : .dim })
        if let p = v.volunteers.selectedRow {
            drawDetailPanel(into: &buffer, area: layout.detail, title: p.name, lines: [
                (pane.text(.column(.phone)), p.phone),
                (pane.text(.column(.email)), p.email),
                (pane.text(.column(.skills)), p.skills.joined(separator: ", ")),
                ("", p.languages.joined(separator: ", ")),
            ], focused: false, theme: theme)
        }
    }
}
