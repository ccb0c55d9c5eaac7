import DugnadCore
import TerminalKit

// `c`: two applications side by side — the facts and the scores per
// criterion (the mean of the scores that count), and the weighted total.

extension InboxTools {
    /// The mean score of a criterion over the scores not set aside, e.g. "3,5"; "—" when none.
    static func meanScore(_ c: GrantCase, criterion: RowID) -> String {
        let scores = c.scores.filter { $0.criterionID == criterion && !$0.setAside }.map(\.score)
        guard !scores.isEmpty else { return "—" }
        let tenths = (scores.reduce(0, +) * 10 + scores.count / 2) / scores.count
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
    }

    static func drawCompare(into buffer: inout Buffer, _ pane: GrantsScope, _ theme: Theme) {
        guard let cmp = pane.state.tools.comparison else { return }
        let layout = pane.paneLayout
        let area = Rect(x: layout.title.x, y: layout.title.y, width: layout.tableAndDetail.width,
                        height: layout.tableAndDetail.maxY - layout.title.y)
        guard area.height >= 3, area.width >= 40 else { return }
        let inner = drawDialog(into: &buffer, area: area, title: " " + pane.text(.grantsInbox(.compareTitle)) + " ",
                               style: theme.style(.base), borderStyle: theme.style(.selectionFocus))
        let labelWidth = min(28, inner.width / 3)
        let column = (inner.width - labelWidth - 2) / 2
        var lines: [(String, String, String, ThemeRole)] = []
        func row(_ label: String, _ f: (GrantCase) -> String, _ role: ThemeRole = .base) {
            lines.append((label, f(cmp.left), f(cmp.right), role))
        }
        row("", { $0.application.reference }, .title)
        row(pane.text(.column(.applicant)), { $0.application.applicantName })
        row(pane.text(.column(.title)), { $0.application.title })
        row(pane.text(.grants(.scheme)), { $0.scheme.name })
        row(pane.text(.grants(.requested)), { $0.application.amountRequested.formatted })
        row(pane.text(.column(.status)), { pane.text(.applicationStatus($0.application.status)) })
        // The criteria of both schemes by name (two schemes may share a criterion's name), each with its weight there.
        func name(_ c: GrantCriterion) -> String { pane.language == .nb ? c.name.nb : c.name.en }
        var names: [String] = []
        for c in cmp.left.criteria + cmp.right.criteria where !names.contains(name(c)) { names.append(name(c)) }
        for criterion in names {
            row(criterion, { c in
                guard let mine = c.criteria.first(where: { name($0) == criterion }) else { return "" }
                return meanScore(c, criterion: mine.id) + "  (\(mine.weight) %)"
            })
        }
        let criteria = names
        if criteria.isEmpty { row(pane.text(.grants(.score)), { _ in pane.text(.grantsInbox(.noScores)) }, .dim) }
        row(pane.text(.grantsInbox(.weightedTotal)), { GrantScoring.text(milli: $0.application.scoreMilli) }, .title)
        row(pane.text(.grants(.recommendation)), { c in
            c.recommendations.last.map { ($0.grant ? "+" : "–") + ($0.amount.map { " " + $0.formatted } ?? "") } ?? "—"
        })
        row(pane.text(.grants(.conflicts)), { c in c.conflicts.map { pane.lookup.staffName($0.staff) }.joined(separator: ", ") })
        for (i, line) in lines.prefix(inner.height).enumerated() {
            let y = inner.y + i
            buffer.put(line.0, x: inner.x, y: y, maxWidth: labelWidth, style: theme.style(.fieldLabel))
            buffer.put(line.1, x: inner.x + labelWidth + 1, y: y, maxWidth: column - 1, style: theme.style(line.3))
            buffer.put(line.2, x: inner.x + labelWidth + 2 + column, y: y, maxWidth: column - 1, style: theme.style(line.3))
        }
    }

    // MARK: - External funds

    /// The funds matching what was typed (every word, in giver, purpose or who may apply).
    static func visibleFunds(_ tools: GrantsInboxTools) -> [ExternalFund] {
        let words = GrantFilter.fold(tools.fundQuery).split(whereSeparator: \.isWhitespace).map(String.init)
        return (tools.funds ?? []).filter { f in
            words.allSatisfy { w in [f.giver, f.purpose, f.eligible].contains { GrantFilter.containsFolded($0, w) } }
        }
    }

    /// Typing on the funds screen searches; Backspace takes a letter back.
    static func handleKey(_ key: Key, _ pane: inout GrantsScope) -> [Command]? {
        guard pane.state.opened == nil, pane.state.tools.top == .funds else { return nil }
        switch key {
        case .char(let c) where !c.isWhitespace || !pane.state.tools.fundQuery.isEmpty:
            guard c != "?" && c != ":" || !pane.state.tools.fundQuery.isEmpty else { return nil }
            pane.state.tools.fundQuery.append(c)
        case .backspace:
            guard !pane.state.tools.fundQuery.isEmpty else { return [] }
            pane.state.tools.fundQuery.removeLast()
        default: return nil
        }
        pane.state.tools.fundSelected = 0
        return []
    }

    static func drawFunds(into buffer: inout Buffer, _ pane: GrantsScope, _ theme: Theme) {
        let layout = pane.paneLayout
        let tools = pane.state.tools
        let funds = visibleFunds(tools)
        buffer.fill(layout.title, style: theme.style(.base))
        var title = " " + pane.text(.grantsInbox(.fundsTitle))
        if !tools.fundQuery.isEmpty { title += " · " + pane.text(.grantsInbox(.fundsSearch(tools.fundQuery))) }
        buffer.put(title, x: layout.title.x, y: layout.title.y, maxWidth: layout.title.width, style: theme.style(.title))
        let area = layout.table
        buffer.fill(area, style: theme.style(.base))
        buffer.fill(layout.detail, style: theme.style(.base))
        guard tools.funds != nil else {
            buffer.put(" " + pane.text(.loading), x: area.x, y: area.y, style: theme.style(.dim))
            return
        }
        if funds.isEmpty {
            buffer.put(" " + pane.text(.grantsInbox(.noFunds)), x: area.x, y: area.y, maxWidth: area.width, style: theme.style(.dim))
            return
        }
        let selected = min(tools.fundSelected, funds.count - 1)
        let first = max(0, selected - area.height + 1)
        let giverWidth = min(30, area.width / 3)
        for (i, f) in funds.dropFirst(first).prefix(area.height).enumerated() {
            let text = " " + pad(truncate(f.giver, toWidth: giverWidth), toWidth: giverWidth) + "  " + f.purpose
            let style = first + i == selected ? theme.style(.selectionFocus) : theme.style(.base)
            buffer.put(pad(text, toWidth: area.width), x: area.x, y: area.y + i, maxWidth: area.width, style: style)
        }
        let f = funds[selected]
        let t = { (field: GrantsInboxPhrase.FundField) in pane.text(.grantsInbox(.fund(field))) }
        drawDetailPanel(into: &buffer, area: layout.detail, title: f.giver,
                        lines: [(t(.purpose), f.purpose), (t(.eligible), f.eligible), (t(.deadlines), f.deadlines), (t(.url), f.url)],
                        focused: false, theme: theme)
    }
}
