import DugnadCore
import TerminalKit

func drawDirectory(into buffer: inout Buffer, _ pane: DirectoryScope, _ theme: Theme) {
    let ctx = pane.context
    let layout = ctx.paneLayout
    let d = pane.state
    if let sidebar = layout.sidebar {
        drawSidebar(into: &buffer, area: sidebar,
                    items: DirectoryState.Section.allCases.map { ctx.text(.directorySection($0)) },
                    selected: d.section.rawValue, focused: d.focus == .sections, theme: theme)
    }
    let listFocused = d.focus == .list
    let title = ctx.text(.directorySection(d.section))
    switch d.section {
    case .organisations:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [ctx.text(.sortedBy(d.sort))],
                      window: d.organisations.window, query: d.query(.organisations), context: ctx, theme: theme)
        let columns = [
            TableColumn(ctx.text(.column(.name)), width: .fill),
            TableColumn(ctx.text(.column(.orgNumber)), width: .fixed(12)),
            TableColumn(ctx.text(.column(.kommunedel)), width: .fixed(layout.table.width >= 80 ? 22 : 14)),
            TableColumn(ctx.text(.column(.category)), width: .fixed(layout.table.width >= 80 ? 16 : 10)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.organisations, columns: columns,
                          focused: listFocused, theme: theme, context: ctx,
                          format: { o in
                              [o.name, o.orgNumber.flatMap(OrganisationNumber.init)?.formatted ?? "",
                               ctx.lookup.kommunedel(o.kommunedelID), ctx.text(.organisationCategory(o.category))]
                          },
                          style: { $0.active ? nil : .dim })
        drawOrganisationDetail(into: &buffer, area: layout.detail, pane, theme)
    case .services:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: d.services.window,
                      query: d.query(.services), context: ctx, theme: theme)
        let columns = [
            TableColumn(ctx.text(.column(.service)), width: .fill),
            TableColumn(ctx.text(.column(.volunteerContact)), width: .fixed(24)),
            TableColumn(ctx.text(.column(.phone)), width: .fixed(12)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.services, columns: columns,
                          focused: listFocused, theme: theme, context: ctx,
                          format: { [$0.name, $0.volunteerContact, $0.contactPhone] })
        if let s = d.services.selectedRow {
            // "Kontakt": the panel is the service's, and "Frivillighetskontakt" is cut at 80 columns.
            drawDetailPanel(into: &buffer, area: layout.detail, title: s.name, lines: [
                (ctx.text(.column(.contact)), s.volunteerContact),
                (ctx.text(.column(.phone)), s.contactPhone),
                (ctx.text(.column(.email)), s.contactEmail),
                (ctx.text(.column(.kommunedel)), ctx.lookup.kommunedel(s.kommunedelID)),
            ], focused: d.focus == .detail, theme: theme)
        }
    case .venues:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: d.venues.window,
                      query: d.query(.venues), context: ctx, theme: theme)
        let columns = [
            TableColumn(ctx.text(.column(.venue)), width: .fill),
            TableColumn(ctx.text(.column(.site)), width: .fixed(layout.table.width >= 80 ? 24 : 16)),
            TableColumn(ctx.text(.column(.kind)), width: .fixed(14)),
            TableColumn(ctx.text(.column(.capacity)), width: .fixed(7), align: .right),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.venues, columns: columns,
                          focused: listFocused, theme: theme, context: ctx,
                          format: { [$0.active ? $0.name : $0.name + " " + ctx.text(.venues(.admin(.inactiveMark))), ctx.lookup.site($0.siteID), ctx.text(.venueKind($0.kind)), String($0.capacity)] },
                          style: { $0.active ? nil : .dim })
        if let v = d.venues.selectedRow {
            drawDetailPanel(into: &buffer, area: layout.detail, title: v.name,
                            lines: venueDetailLines(v, ctx), focused: d.focus == .detail, theme: theme)
        }
    case .staff:
        drawListTitle(into: &buffer, area: layout.title, title: title, extra: [], window: d.staff.window,
                      query: d.query(.staff), context: ctx, theme: theme)
        let columns = [
            TableColumn(ctx.text(.column(.name)), width: .fill),
            TableColumn(ctx.text(.column(.user)), width: .fixed(18)),
            TableColumn(ctx.text(.column(.role)), width: .fixed(24)),
        ]
        drawWindowedTable(into: &buffer, area: layout.table, list: d.staff, columns: columns,
                          focused: listFocused, theme: theme, context: ctx,
                          format: { [$0.displayName, $0.username, ctx.text(.role($0.role))] },
                          style: { $0.active ? nil : .dim })
    }
}

func venueDetailLines(_ v: Venue, _ ctx: PaneContext) -> [(String, String)] {
    // Written out as in the Venues tab ("trinnfri adkomst, HC-toalett"; "gratis for frivillige lag, ellers … per time"),
    // not "♿ HC-WC" and "kr 500,00/t".
    let t = { (p: VenuesPhrase) in ctx.text(.venues(p)) }
    var lines = [
        (ctx.text(.column(.kind)), ctx.text(.venueKind(v.kind))),
        (ctx.text(.column(.site)), ctx.lookup.site(v.siteID)),
        (ctx.text(.column(.kommunedel)), ctx.lookup.kommunedel(v.kommunedelID)),
        (ctx.text(.column(.capacity)), String(v.capacity)),
        (ctx.text(.column(.price)), t(.pricePolicy(v.pricePolicy, hourly: v.hourlyRate, subsidised: v.subsidisedRate))),
        (t(.detail(.accessibility)), t(.accessibility(stepFree: v.stepFree, toilet: v.accessibleToilet, loop: v.hearingLoop))),
    ]
    if !v.equipment.isEmpty { lines.append((ctx.text(.venues(.admin(.label(.equipment)))), v.equipment.joined(separator: ", "))) }
    return lines
}

private func drawOrganisationDetail(into buffer: inout Buffer, area: Rect, _ pane: DirectoryScope, _ theme: Theme) {
    let ctx = pane.context
    guard let o = pane.state.organisations.selectedRow else { return }
    // Who to call and the coming bookings first: at the front desk that is
    // what is asked, and at 80×24 the card has room for a few lines only.
    var lines: [(String, String)] = [
        (ctx.text(.column(.contact)), o.contactName),
        (ctx.text(.label(.phone)), o.phone),
    ]
    let registry: [(String, String)] = [
        (ctx.text(.label(.orgNumber)), o.orgNumber.flatMap(OrganisationNumber.init)?.formatted ?? "—"),
        ("", ctx.text(.frivReg(o.inFrivillighetsregisteret))),
        (ctx.text(.column(.status)), ctx.text(o.active ? .active : .inactive)),
        (ctx.text(.umbrellaShort), ctx.lookup.umbrella(o.umbrellaID)),
        (ctx.text(.label(.kommunedel)), ctx.lookup.kommunedel(o.kommunedelID)),
        (ctx.text(.label(.email)), o.email),
    ]
    var highlighted: Int?
    let detail = pane.state.detail.flatMap { $0.organisationID == o.id ? $0 : nil }
    if let detail {
        let f = { (p: FrontDeskPhrase) in ctx.text(.frontDesk(p)) }
        lines.append(("", detail.bookings.isEmpty ? f(.noUpcomingBookings)
                      : f(.upcomingBookings(shown: detail.bookings.count, total: detail.bookingTotal))))
        for (i, l) in detail.bookings.enumerated() {
            if i == pane.state.bookingCursor && pane.state.focus == .detail { highlighted = lines.count }
            lines.append(("", "\(f(.when(l.booking)))  \(l.place)"))
        }
        lines.append(("", ""))
    }
    lines += registry
    if let detail {
        if !detail.agreements.isEmpty {
            lines.append(("", ""))
            lines.append(("", ctx.text(.agreements)))
            for a in detail.agreements {
                let period = a.endsOn.map { DateText.range(a.startsOn, $0, ctx.language) } ?? DateText.day(a.startsOn, ctx.language) + "–"
                let money = a.involvesMoney ? " · " + ctx.text(.involvesMoney) : ""
                lines.append(("", "\(a.title) (\(period))\(money)"))
            }
        }
        if !detail.history.isEmpty {
            lines.append(("", ""))
            lines.append(("", ctx.text(.history)))
            for entry in detail.history {
                // "1.12.2026 Ewa Zielinski: endret", not "2026-12-01 ewa.zielinski: update".
                let day = CivilDate(storedISO: String(entry.at.prefix(10))).map { DateText.day($0, ctx.language) } ?? String(entry.at.prefix(10))
                lines.append(("", "\(day) \(ctx.lookup.staffName(entry.staff)): \(ctx.text(.auditAction(entry.action)))"))
            }
        }
    }
    drawDetailPanel(into: &buffer, area: area, title: o.name, lines: lines,
                    focused: pane.state.focus == .detail, highlight: highlighted, theme: theme)
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
