import DugnadCore
import TerminalKit

func drawDirectory(into buffer: inout Buffer, _ model: Model, _ theme: Theme) {
    let layout = model.paneLayout
    let d = model.directory
    if let sidebar = layout.sidebar {
        drawSidebar(into: &buffer, area: sidebar,
                    items: DirectoryState.Section.allCases.map { model.text(.directorySection($0)) },
                    selected: d.section.rawValue, focused: d.focus == .sections, theme: theme)
    }
    let listFocused = d.focus == .list
    let title = model.text(.directorySection(d.section))
    switch d.section {
    case .organisations:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [model.text(.sortedBy(d.sort))],
                      window: d.organisations.window, query: d.query(.organisations), model: model, theme: theme)
        let columns = [
            TableColumn(model.text(.column(.name)), width: .fill),
            TableColumn(model.text(.column(.orgNumber)), width: .fixed(12)),
            TableColumn(model.text(.column(.kommunedel)), width: .fixed(layout.table.width >= 80 ? 22 : 14)),
            TableColumn(model.text(.column(.category)), width: .fixed(layout.table.width >= 80 ? 16 : 10)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.organisations, columns: columns,
                          focused: listFocused, theme: theme, model: model,
                          format: { o in
                              [o.name, o.orgNumber.flatMap(OrganisationNumber.init)?.formatted ?? "",
                               model.lookup.kommunedel(o.kommunedelID), model.text(.organisationCategory(o.category))]
                          },
                          style: { $0.active ? nil : .dim })
        drawOrganisationDetail(into: &buffer, area: layout.detail, model, theme)
    case .services:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: d.services.window,
                      query: d.query(.services), model: model, theme: theme)
        let columns = [
            TableColumn(model.text(.column(.service)), width: .fill),
            TableColumn(model.text(.column(.volunteerContact)), width: .fixed(24)),
            TableColumn(model.text(.column(.phone)), width: .fixed(12)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.services, columns: columns,
                          focused: listFocused, theme: theme, model: model,
                          format: { [$0.name, $0.volunteerContact, $0.contactPhone] })
        if let s = d.services.selectedRow {
            drawDetailPanel(into: &buffer, area: layout.detail, title: s.name, lines: [
                (model.text(.column(.volunteerContact)), s.volunteerContact),
                (model.text(.column(.phone)), s.contactPhone),
                (model.text(.column(.email)), s.contactEmail),
                (model.text(.column(.kommunedel)), model.lookup.kommunedel(s.kommunedelID)),
            ], focused: d.focus == .detail, theme: theme)
        }
    case .venues:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: d.venues.window,
                      query: d.query(.venues), model: model, theme: theme)
        let columns = [
            TableColumn(model.text(.column(.venue)), width: .fill),
            TableColumn(model.text(.column(.site)), width: .fixed(layout.table.width >= 80 ? 24 : 16)),
            TableColumn(model.text(.column(.kind)), width: .fixed(14)),
            TableColumn(model.text(.column(.capacity)), width: .fixed(7), align: .right),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.venues, columns: columns,
                          focused: listFocused, theme: theme, model: model,
                          format: { [$0.active ? $0.name : $0.name + " " + model.text(.venues(.admin(.inactiveMark))), model.lookup.site($0.siteID), model.text(.venueKind($0.kind)), String($0.capacity)] },
                          style: { $0.active ? nil : .dim })
        if let v = d.venues.selectedRow {
            drawDetailPanel(into: &buffer, area: layout.detail, title: v.name,
                            lines: venueDetailLines(v, model), focused: d.focus == .detail, theme: theme)
        }
    case .staff:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: d.staff.window,
                      query: d.query(.staff), model: model, theme: theme)
        let columns = [
            TableColumn(model.text(.column(.name)), width: .fill),
            TableColumn(model.text(.column(.user)), width: .fixed(18)),
            TableColumn(model.text(.column(.role)), width: .fixed(24)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.staff, columns: columns,
                          focused: listFocused, theme: theme, model: model,
                          format: { [$0.displayName, $0.username, model.text(.role($0.role))] },
                          style: { $0.active ? nil : .dim })
    }
}

func venueDetailLines(_ v: Venue, _ model: Model) -> [(String, String)] {
    var access: [String] = []
    if v.stepFree { access.append("♿") }
    if v.hearingLoop { access.append(model.language == .nb ? "teleslynge" : "hearing loop") }
    if v.accessibleToilet { access.append("HC-WC") }
    return [
        (model.text(.column(.kind)), model.text(.venueKind(v.kind))),
        (model.text(.column(.site)), model.lookup.site(v.siteID)),
        (model.text(.column(.kommunedel)), model.lookup.kommunedel(v.kommunedelID)),
        (model.text(.column(.capacity)), String(v.capacity)),
        (model.text(.column(.price)), v.pricePolicy == .free ? model.text(.free) : v.hourlyRate.formatted + "/t"),
        ("", (access + v.equipment).joined(separator: ", ")),
    ]
}

private func drawOrganisationDetail(into buffer: inout Buffer, area: Rect, _ model: Model, _ theme: Theme) {
    guard let o = model.directory.organisations.selectedRow else { return }
    var lines: [(String, String)] = [
        (model.text(.label(.orgNumber)), o.orgNumber.flatMap(OrganisationNumber.init)?.formatted ?? "—"),
        (model.text(.frivReg), model.text(o.inFrivillighetsregisteret ? .yes : .no)),
        (model.text(.column(.status)), model.text(o.active ? .active : .inactive)),
        (model.text(.label(.umbrella)), model.lookup.umbrella(o.umbrellaID)),
        (model.text(.label(.kommunedel)), model.lookup.kommunedel(o.kommunedelID)),
        (model.text(.label(.contact)), o.contactName),
        (model.text(.label(.email)), o.email),
        (model.text(.label(.phone)), o.phone),
    ]
    if let detail = model.directory.detail, detail.organisationID == o.id {
        if !detail.agreements.isEmpty {
            lines.append(("", ""))
            lines.append(("", model.text(.agreements)))
            for a in detail.agreements {
                let period = a.startsOn.norwegian + "–" + (a.endsOn?.norwegian ?? "")
                let money = a.involvesMoney ? " · " + model.text(.involvesMoney) : ""
                lines.append(("", "\(a.title) (\(period))\(money)"))
            }
        }
        if !detail.history.isEmpty {
            lines.append(("", ""))
            lines.append(("", model.text(.history)))
            for entry in detail.history {
                lines.append(("", "\(entry.at.prefix(10)) \(entry.staff): \(entry.action)"))
            }
        }
    }
    drawDetailPanel(into: &buffer, area: area, title: o.name, lines: lines,
                    focused: model.directory.focus == .detail, theme: theme)
}

/// The section list at the left of a pane (mutt's sidebar).
func drawSidebar(into buffer: inout Buffer, area: Rect, items: [String], selected: Int, focused: Bool, theme: Theme) {
    buffer.fill(area, style: theme.style(.base))
    for (i, item) in items.enumerated() where area.y + 1 + i < area.maxY {
        let style = i == selected ? theme.style(focused ? .selectionFocus : .selection) : theme.style(.base)
        buffer.put(pad(" " + item, toWidth: area.width - 1), x: area.x, y: area.y + 1 + i, maxWidth: area.width - 1, style: style)
    }
    for y in area.y..<area.maxY { buffer.put("│", x: area.maxX - 1, y: y, style: theme.style(.border)) }
}
