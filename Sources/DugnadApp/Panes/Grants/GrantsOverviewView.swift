import DugnadCore
import TerminalKit

// `o`: the overview of a year — per scheme budget, decided, paid, remaining
// and applications per status; per group and per kommunedel; the
// double-funding radar. Enter on a scheme, group or kommunedel filters the
// inbox to it; Enter on a radar line shows the applicant's history.

enum OverviewRow: Equatable {
    case heading(GrantsInboxPhrase.OverviewHeading)
    case scheme(GrantSchemeYear)
    case group(SchemeGroup, GrantTotal)
    case kommunedel(GrantTotal)
    case radar(DoubleFundingRadar.Hit)
    /// The radar is not read yet: Enter reads it.
    case radarPending
    case none

    var selectable: Bool {
        switch self {
        case .heading, .none: return false
        default: return true
        }
    }
}

enum OverviewRows {
    static func rows(_ o: GrantOverview) -> [OverviewRow] {
        var rows: [OverviewRow] = [.heading(.schemes)] + o.schemes.map(OverviewRow.scheme)
        rows.append(.heading(.groups))
        for (g, total) in zip(SchemeGroup.allCases, o.groups) { rows.append(.group(g, total)) }
        rows.append(.heading(.kommunedeler))
        rows += o.kommunedeler.map(OverviewRow.kommunedel)
        rows.append(.heading(.radar))
        if let radar = o.radar { rows += radar.isEmpty ? [.none] : radar.map(OverviewRow.radar) } else { rows.append(.radarPending) }
        return rows
    }
}

extension InboxTools {
    static func performOverview(_ action: Action, _ pane: inout GrantsScope) -> [Command]? {
        let year = pane.state.tools.overviewYear ?? pane.today.year
        switch action {
        case .editScheme:
            return openSchemeEdit(&pane)
        case .previousYear, .nextYear:
            let next = year + (action == .nextYear ? 1 : -1)
            pane.state.tools.overviewYear = next
            return [cmd(.loadOverview(year: next))]
        case .open:
            guard let o = pane.state.tools.overview else { return [] }
            let rows = OverviewRows.rows(o)
            guard rows.indices.contains(pane.state.tools.overviewSelected) else { return [] }
            func quoted(_ s: String) -> String { s.contains(" ") ? "\"\(s)\"" : s }
            let expression: String
            switch rows[pane.state.tools.overviewSelected] {
            case .scheme(let s): expression = "scheme:\(quoted(s.name)) year:\(o.year)"
            case .group(let g, _): expression = "group:\(g.rawValue) year:\(o.year)"
            case .kommunedel(let k): expression = k.name == "–" ? "year:\(o.year)" : "kommunedel:\(quoted(k.name)) year:\(o.year)"
            case .radar(let hit):
                return [cmd(.loadHistory(organisationID: hit.organisationID, applicant: hit.first + " · " + hit.second,
                                         today: pane.today))]
            case .radarPending: return [cmd(.loadRadar(year: o.year))]
            case .heading, .none: return []
            }
            pane.state.tools.screens.removeAll()
            return GrantsPane.search(expression, &pane)
        default:
            guard let o = pane.state.tools.overview else { return [] }
            let rows = OverviewRows.rows(o)
            var i = moved(pane.state.tools.overviewSelected, action, count: rows.count)
            // Headings are skipped in the direction of the move.
            let step = [.moveUp, .pageUp, .last].contains(action) ? -1 : 1
            while rows.indices.contains(i) && !rows[i].selectable { i += step }
            if !rows.indices.contains(i) { i = pane.state.tools.overviewSelected }
            pane.state.tools.overviewSelected = i
            return []
        }
    }

    static func drawOverview(into buffer: inout Buffer, _ pane: GrantsScope, _ theme: Theme) {
        let layout = pane.paneLayout
        let tools = pane.state.tools
        let year = tools.overviewYear ?? pane.today.year
        buffer.fill(layout.title, style: theme.style(.base))
        buffer.put(" " + pane.text(.grantsInbox(.overviewTitle(year))), x: layout.title.x, y: layout.title.y,
                   maxWidth: layout.title.width, style: theme.style(.title))
        let area = layout.table
        buffer.fill(area, style: theme.style(.base))
        buffer.fill(layout.detail, style: theme.style(.base))
        guard let o = tools.overview, o.year == year else {
            buffer.put(" " + pane.text(.loading), x: area.x, y: area.y, style: theme.style(.dim))
            return
        }
        let rows = OverviewRows.rows(o)
        let amountWidth = area.width >= 76 ? 11 : 10
        let numbers = 4 * (amountWidth + 1) + 6
        let nameWidth = max(10, area.width - numbers - 1)
        func money(_ m: Money) -> String { amountWidth >= 11 ? kroner(Money(kroner: (m.ore + 50) / 100)) : compactKroner(m) }
        func line(_ name: String, _ values: [String]) -> String {
            " " + pad(truncate(name, toWidth: nameWidth - 1), toWidth: nameWidth - 1)
                + values.enumerated().map { i, v in " " + pad(v, toWidth: i == values.count - 1 ? 5 : amountWidth, align: .right) }.joined()
        }
        let header = line(pane.text(.grantsInbox(.overviewColumn(.name))),
                          [.budget, .decided, .paid, .remaining, .applications].map { pane.text(.grantsInbox(.overviewColumn($0))) })
        buffer.put(header, x: area.x, y: area.y, maxWidth: area.width, style: theme.style(.tableHeader))
        let visible = max(0, area.height - 1)
        let first = max(0, min(tools.overviewSelected - visible / 2, rows.count - visible))
        for (i, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let index = first + i
            let text: String
            var role: ThemeRole = .base
            switch row {
            case .heading(let h): text = " " + pane.text(.grantsInbox(.overviewHeading(h))); role = .title
            case .scheme(let s):
                text = line(s.name, [money(s.budget), money(s.decided), money(s.paid), money(s.remaining), String(s.applications)])
                if s.budget.ore > 0 && s.remaining.ore * 10 < s.budget.ore { role = .inboxOverdue }
            case .group(let g, let t):
                text = line(pane.text(.grantsInbox(.group(g))), ["", money(t.decided), money(t.paid), "", String(t.applications)])
            case .kommunedel(let t): text = line(t.name, ["", money(t.decided), money(t.paid), "", String(t.applications)])
            case .radar(let hit): text = " " + pane.text(.grantsInbox(.radarLine(first: hit.first, second: hit.second, words: hit.sharedWords)))
            case .none: text = " " + pane.text(.grantsInbox(.radarNone)); role = .dim
            case .radarPending: text = " " + pane.text(.grantsInbox(.radarPending)); role = .dim
            }
            let style = index == tools.overviewSelected ? theme.style(.selectionFocus) : theme.style(role)
            buffer.put(pad(text, toWidth: area.width), x: area.x, y: area.y + 1 + i, maxWidth: area.width, style: style)
        }
        guard rows.indices.contains(tools.overviewSelected) else { return }
        var lines: [(String, String)] = []
        var title = pane.text(.grantsInbox(.overviewHeading(.schemes)))
        switch rows[tools.overviewSelected] {
        case .scheme(let s):
            title = s.name
            lines.append((pane.text(.grantsInbox(.overviewColumn(.budget))), s.budget.formatted))
            lines.append((pane.text(.grantsInbox(.overviewColumn(.remaining))), s.remaining.formatted))
            for status in ApplicationStatus.allCases {
                if let n = s.perStatus[status], n > 0 { lines.append((pane.text(.applicationStatus(status)), String(n))) }
            }
        case .group(let g, let t):
            title = pane.text(.grantsInbox(.group(g)))
            lines = totals(t, pane)
        case .kommunedel(let t):
            title = t.name
            lines = totals(t, pane)
        case .radar(let hit):
            title = pane.text(.grantsInbox(.overviewHeading(.radar)))
            lines = [("", hit.first + " ↔ " + hit.second), ("", hit.sharedWords.joined(separator: ", ")),
                     ("", "\(Int((hit.similarity * 100).rounded())) %")]
        case .heading, .none, .radarPending: break
        }
        drawDetailPanel(into: &buffer, area: layout.detail, title: title, lines: lines, focused: false, theme: theme)
    }

    private static func totals(_ t: GrantTotal, _ pane: GrantsScope) -> [(String, String)] {
        [(pane.text(.grantsInbox(.overviewColumn(.decided))), t.decided.formatted),
         (pane.text(.grantsInbox(.overviewColumn(.paid))), t.paid.formatted),
         (pane.text(.grantsInbox(.overviewColumn(.applications))), String(t.applications))]
    }

    /// `1,2 mill.` / `350k` for narrow columns.
    static func compactKroner(_ m: Money) -> String {
        let kr = m.ore / 100
        if kr >= 1_000_000 { let tenths = (kr + 50_000) / 100_000; return "\(tenths / 10),\(tenths % 10) M" }
        if kr >= 10_000 { return "\(kr / 1000) k" }
        return kroner(m)
    }

    static func drawHistory(into buffer: inout Buffer, _ pane: GrantsScope, _ theme: Theme) {
        let layout = pane.paneLayout
        let area = Rect(x: layout.title.x, y: layout.title.y, width: layout.tableAndDetail.width,
                        height: layout.tableAndDetail.maxY - layout.title.y)
        guard let h = pane.state.tools.history else { return }
        var lines: [(String, String)] = h.lines.map { l in
            let money = l.applied.formatted + (l.granted.map { " → " + $0.formatted } ?? "")
            let late = l.reportLate ? [pane.text(.grantsInbox(.reportLate))] : []
            return (l.reference, ([pane.text(.applicationStatus(l.status)), money] + late + [l.title, l.scheme])
                .joined(separator: " · "))
        }
        if lines.isEmpty { lines = [("", pane.text(.grantsInbox(.noHistory)))] }
        drawLabelledBox(into: &buffer, area: area, title: pane.text(.grantsInbox(.historyTitle(h.applicant))), lines: lines,
                        labelWidth: 10, theme: theme)
    }
}
