import DugnadCore
import TerminalKit

/// Requests for volunteers and the volunteers themselves (matching comes with its own issue).
func drawVolunteers(into buffer: inout Buffer, _ model: Model, _ theme: Theme) {
    let layout = model.paneLayout
    let v = model.volunteers
    if let sidebar = layout.sidebar {
        drawSidebar(into: &buffer, area: sidebar,
                    items: VolunteersState.Section.allCases.map { model.text(.volunteersSection($0)) },
                    selected: v.section.rawValue, focused: false, theme: theme)
    }
    let title = model.text(.volunteersSection(v.section))
    switch v.section {
    case .requests:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: v.requests.window,
                      query: v.query(.requests), model: model, theme: theme)
        let columns = [
            TableColumn(model.text(.column(.title)), width: .fill),
            TableColumn(model.text(.column(.starts)), width: .fixed(10)),
            TableColumn(model.text(.column(.needed)), width: .fixed(7), align: .right),
            TableColumn(model.text(.column(.priority)), width: .fixed(9)),
            TableColumn(model.text(.column(.status)), width: .fixed(8)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: v.requests, columns: columns, focused: true,
                          theme: theme, model: model,
                          format: { r in [r.title, shortDate(r.startsOn, model), String(r.volunteersNeeded),
                                          model.text(.priority(r.priority)), model.text(.requestStatus(r.status))] },
                          style: { r in r.status == .new ? .inboxUnread : (r.priority == .urgent ? .warning : nil) })
        if let r = v.requests.selectedRow {
            drawDetailPanel(into: &buffer, area: layout.detail, title: r.title, lines: [
                (model.text(.column(.requester)), r.requester),
                (model.text(.column(.kommunedel)), model.lookup.kommunedel(r.kommunedelID)),
                (model.text(.column(.starts)), r.startsOn.norwegian + " · " + model.text(r.weekly ? .weekly : .oneOff)),
                (model.text(.column(.skills)), r.skills.joined(separator: ", ")),
                ("", r.politiattestRequired ? model.text(.politiattest) : ""),
            ], focused: false, theme: theme)
        }
    case .volunteers:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: v.volunteers.window,
                      query: v.query(.volunteers), model: model, theme: theme)
        let columns = [
            TableColumn(model.text(.column(.name)), width: .fill),
            TableColumn(model.text(.column(.born)), width: .fixed(5)),
            TableColumn(model.text(.column(.kommunedel)), width: .fixed(20)),
            TableColumn(model.text(.column(.status)), width: .fixed(8)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: v.volunteers, columns: columns, focused: true,
                          theme: theme, model: model,
                          format: { p in [p.name, String(p.birthYear), model.lookup.kommunedel(p.kommunedelID),
                                          model.text(.volunteerStatus(p.status))] },
                          style: { $0.status == .active ? nil : .dim })
        if let p = v.volunteers.selectedRow {
            drawDetailPanel(into: &buffer, area: layout.detail, title: p.name, lines: [
                (model.text(.column(.phone)), p.phone),
                (model.text(.column(.email)), p.email),
                (model.text(.column(.skills)), p.skills.joined(separator: ", ")),
                ("", p.languages.joined(separator: ", ")),
            ], focused: false, theme: theme)
        }
    }
}
