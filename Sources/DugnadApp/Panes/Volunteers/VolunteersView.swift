import DugnadCore
import TerminalKit

/// The triage queue, requests and volunteers; over them a request's candidates or the "match all" proposal.
func drawVolunteers(into buffer: inout Buffer, _ pane: VolunteersScope, _ theme: Theme) {
    let layout = pane.paneLayout
    let v = pane.state
    if let sidebar = layout.sidebar {
        drawSidebar(into: &buffer, area: sidebar,
                    items: VolunteersState.Section.allCases.map { pane.text(.volunteersSection($0)) },
                    selected: v.section.rawValue, focused: false, theme: theme)
    }
    switch v.screens.last {
    case .request(_, let detail): drawRequestDetail(into: &buffer, pane, detail, theme); return
    case .proposal(let review): drawProposal(into: &buffer, pane, review, theme); return
    case .card(_, let card): drawVolunteerCard(into: &buffer, pane, card, theme); return
    case .reading(let text): drawReading(into: &buffer, pane, text, theme); return
    case .hours(let totals): drawHoursTotals(into: &buffer, pane, totals, theme); return
    case .crisis(let list): drawCrisisList(into: &buffer, pane, list, theme); return
    case nil: break
    }
    let title = pane.text(.volunteersSection(v.section))
    switch v.section {
    case .triage:
        drawTriage(into: &buffer, pane, theme)
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
                (pane.text(.column(.starts)), DateText.day(r.startsOn, pane.language) + " · " + pane.text(r.weekly ? .weekly : .oneOff)),
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
                (pane.text(.volunteers(.field(.languages))), LanguageNames.names(p.languages, in: pane.language)),
            ], focused: false, theme: theme)
        }
    }
}

func text(_ pane: VolunteersScope, _ p: VolunteersPhrase) -> String { pane.text(.volunteers(p)) }

/// Draws `rows` (already formatted) as a table with the selection kept in view.
func drawRows(into buffer: inout Buffer, area: Rect, columns: [TableColumn], rows: [[String]], styles: [Style?],
                      selected: Int, theme: Theme) {
    let visible = max(1, area.height - 1)
    let offset = max(0, min(selected - visible / 2, rows.count - visible))
    drawTable(into: &buffer, area: area, columns: columns, rows: Array(rows.dropFirst(offset)),
              state: ListState(selected: selected - offset, offset: 0), headerStyle: theme.style(.tableHeader),
              rowStyle: theme.style(.base), selectedStyle: theme.style(.selectionFocus),
              rowStyles: Array(styles.dropFirst(offset)))
}

func titleLine(into buffer: inout Buffer, area: Rect, _ title: String, right: String, theme: Theme) {
    buffer.fill(area, style: theme.style(.base))
    let w = displayWidth(right)
    buffer.put(" " + title, x: area.x, y: area.y, maxWidth: max(0, area.width - w - 1), style: theme.style(.title))
    buffer.put(right, x: area.maxX - w, y: area.y, style: theme.style(.dim))
}

private func drawTriage(into buffer: inout Buffer, _ pane: VolunteersScope, _ theme: Theme) {
    let layout = pane.paneLayout
    guard let snapshot = pane.state.triage else {
        titleLine(into: &buffer, area: layout.title, text(pane, .triageTitle(waiting: 0)), right: "", theme: theme)
        buffer.fill(layout.table, style: theme.style(.base))
        buffer.put(" " + pane.text(.loading), x: layout.table.x, y: layout.table.y + 1, maxWidth: layout.table.width,
                   style: theme.style(.dim))
        return
    }
    let rows = snapshot.rows
    let position = rows.isEmpty ? "" : pane.text(.rowCount(position: pane.state.triageSelected + 1, total: snapshot.total)) + " "
    titleLine(into: &buffer, area: layout.title, text(pane, .triageTitle(waiting: snapshot.total)), right: position, theme: theme)
    let columns = [
        TableColumn("", width: .fixed(1)),
        TableColumn(pane.text(.column(.title)), width: .fill),
        TableColumn(pane.text(.column(.service)), width: .fixed(layout.table.width >= 100 ? 24 : 14)),
        TableColumn(pane.text(.column(.needed)), width: .fixed(6), align: .right),
        TableColumn(pane.text(.column(.priority)), width: .fixed(8)),
        TableColumn(pane.text(.column(.status)), width: .fixed(9)),
        TableColumn("", width: .fixed(5), align: .right),
    ]
    drawRows(into: &buffer, area: layout.table, columns: columns,
             rows: rows.map { r in [r.overdue ? "!" : (r.question.isEmpty ? "" : "?"), r.request.title, r.serviceName,
                                    r.stillNeeded == 0 ? text(pane, .desk(.filled)) : String(r.stillNeeded),
                                    pane.text(.priority(r.request.priority)),
                                    pane.text(.requestStatus(r.request.status)), text(pane, .waitingDays(max(0, r.waitingDays)))] },
             styles: rows.map { $0.overdue ? theme.style(.warning) : ($0.request.status == .new ? theme.style(.inboxUnread) : nil) },
             selected: pane.state.triageSelected - snapshot.offset, theme: theme)
    if rows.isEmpty {
        buffer.put(" " + pane.text(.noRows), x: layout.table.x, y: layout.table.y + 1, maxWidth: layout.table.width,
                   style: theme.style(.dim))
    }
    var lines: [(String, String)] = []
    if let r = pane.state.selectedTriage {
        lines.append((pane.text(.column(.requester)), r.request.requester))
        lines.append((pane.text(.column(.starts)), DateText.day(r.request.startsOn, pane.language) + " · "
                        + r.request.schedule.start.text + "–" + r.request.schedule.end.text + " · "
                        + pane.text(r.request.weekly ? .weekly : .oneOff)))
        lines.append((pane.text(.column(.skills)), r.request.skills.joined(separator: ", ")))
        lines.append(("", [r.request.politiattest.map { text(pane, .politiattestKind($0)) },
                           r.request.suitableForMinors ? text(pane, .minorsOK) : nil,
                           r.overdue ? text(pane, .overdue) : nil].compactMap { $0 }.joined(separator: " · ")))
        if !r.question.isEmpty { lines.append(("", text(pane, .question(r.question)))) }
    }
    if let own = snapshot.ownServices { lines.append(("", text(pane, .desk(.ownServices(own.joined(separator: ", ")))))) }
    // Counts per service: as many as the panel has room for, the rest on one line.
    let room = max(1, layout.detail.height - 2 - lines.count - 1)
    let counts = snapshot.counts.map { ($0.name.isEmpty ? text(pane, .organisations) : $0.name, $0.count) }
    if !counts.isEmpty { lines.append(("", "")) }
    for (name, n) in counts.prefix(counts.count > room ? room - 1 : room) { lines.append(("", "\(pad(String(n), toWidth: 4, align: .right))  \(name)")) }
    if counts.count > room {
        lines.append(("", counts.dropFirst(room - 1).map { "\($0.0) \($0.1)" }.joined(separator: " · ")))
    }
    drawDetailPanel(into: &buffer, area: layout.detail, title: pane.state.selectedTriage?.request.title ?? "",
                    lines: lines, focused: false, theme: theme)
}

private func drawRequestDetail(into buffer: inout Buffer, _ pane: VolunteersScope, _ detail: RequestDetail?, _ theme: Theme) {
    let layout = pane.paneLayout
    guard let d = detail else {
        titleLine(into: &buffer, area: layout.title, text(pane, .reading), right: "", theme: theme)
        buffer.fill(layout.tableAndDetail, style: theme.style(.base))
        return
    }
    titleLine(into: &buffer, area: layout.title, text(pane, .candidatesTitle(d.request.title)),
              right: pane.text(.requestStatus(d.request.status)) + " ", theme: theme)
    let columns = [
        TableColumn(pane.text(.column(.name)), width: .fill),
        TableColumn(pane.text(.column(.kommunedel)), width: .fixed(layout.table.width >= 70 ? 22 : 12)),
        TableColumn(pane.text(.column(.born)), width: .fixed(5)),
        TableColumn("Σ", width: .fixed(4), align: .right),
    ]
    let rows = d.candidates.map { c in
        [c.volunteer.name, pane.lookup.kommunedel(c.volunteer.kommunedelID), String(c.volunteer.birthYear), String(c.score.total)]
    }
    drawRows(into: &buffer, area: layout.table, columns: columns, rows: rows, styles: rows.map { _ in nil },
             selected: d.onAssignments ? -1 : d.selected, theme: theme)
    if rows.isEmpty {
        buffer.put(" " + text(pane, .noCandidates), x: layout.table.x, y: layout.table.y + 1, maxWidth: layout.table.width,
                   style: theme.style(.dim))
    }
    // The selected candidate's score, part by part, then the request's assignments.
    var lines: [(String, String)] = []
    if !d.onAssignments, d.candidates.indices.contains(d.selected) {
        let s = d.candidates[d.selected].score
        for (part, value) in [(VolunteersPhrase.ScorePart.skills, s.skills), (.availability, s.availability),
                              (.distance, s.distance), (.language, s.language), (.load, s.load), (.history, s.history),
                              (.priority, s.priority)] {
            lines.append((text(pane, .scorePart(part)), pad(String(value), toWidth: 4, align: .right)))
        }
        lines.append(("Σ", pad(String(s.total), toWidth: 4, align: .right)))
    }
    lines.append((pane.text(.column(.needed)), d.stillNeeded == 0 ? text(pane, .desk(.filled))
                    : text(pane, .stillNeeded(d.stillNeeded))))
    lines.append((pane.text(.column(.starts)), requestWhen(d.request, pane)))
    for (i, a) in d.assignments.enumerated() {
        let mark = d.onAssignments && i == d.selected ? "▸ " : "  "
        lines.append(("", mark + a.name + " · " + text(pane, .assignmentStatus(a.status)) + (a.reason.isEmpty ? "" : " · " + a.reason)))
    }
    if !d.events.isEmpty {
        lines.append((text(pane, .desk(.eventsTitle)), ""))
        for e in d.events.suffix(4) {
            let status = RequestStatus(rawValue: e.to).map { pane.text(.requestStatus($0)) } ?? e.to
            lines.append(("", "→ " + status + " · " + e.staff + (e.note.isEmpty ? "" : " · " + e.note)))
        }
    }
    drawDetailPanel(into: &buffer, area: layout.detail, title: d.candidates.indices.contains(d.selected) && !d.onAssignments
                        ? d.candidates[d.selected].volunteer.name : text(pane, .assignmentsTitle), lines: lines,
                    focused: d.onAssignments, theme: theme)
}

private func drawProposal(into buffer: inout Buffer, _ pane: VolunteersScope, _ review: ProposalReview?, _ theme: Theme) {
    let layout = pane.paneLayout
    let area = layout.tableAndDetail
    guard let r = review else {
        titleLine(into: &buffer, area: layout.title, text(pane, .reading), right: "", theme: theme)
        buffer.fill(area, style: theme.style(.base))
        return
    }
    titleLine(into: &buffer, area: layout.title,
              text(pane, .proposalTitle(pairs: r.accepted.count, requests: r.openRequests,
                                        total: r.accepted.reduce(0) { $0 + $1.score })), right: "", theme: theme)
    let columns = [
        TableColumn(pane.text(.column(.title)), width: .fill),
        TableColumn(pane.text(.column(.name)), width: .fixed(area.width >= 100 ? 28 : 20)),
        TableColumn("Σ", width: .fixed(4), align: .right),
        TableColumn("", width: .fixed(11)),
    ]
    let rows = r.rows.enumerated().map { i, p in
        [p.requestTitle, p.volunteerName, String(p.score), r.leftOut.contains(i) ? text(pane, .leftOut) : ""]
    }
    drawRows(into: &buffer, area: area, columns: columns, rows: rows,
             styles: r.rows.indices.map { r.leftOut.contains($0) ? theme.style(.dim) : nil }, selected: r.selected, theme: theme)
    if rows.isEmpty {
        buffer.put(" " + text(pane, .proposalEmpty), x: area.x, y: area.y + 1, maxWidth: area.width, style: theme.style(.dim))
    }
}
