import DugnadCore
import TerminalKit

/// The case opened with Enter: details, scores, recommendation, agreements
/// with money, conflicts, appeals and the timeline of every event.
func drawGrantCase(into buffer: inout Buffer, _ pane: GrantsScope, _ c: GrantCase, _ theme: Theme) {
    let layout = pane.paneLayout
    let below = layout.tableAndDetail
    let area = Rect(x: below.x, y: layout.title.y, width: below.width, height: below.y + below.height - layout.title.y)
    let a = c.application
    let t = { (p: GrantsPhrase) in pane.text(.grants(p)) }
    var lines: [(String, String)] = [
        (pane.text(.column(.applicant)), a.applicantName + (c.organisationNumber.map { "  \(t(.organisationNumber)) \($0)" } ?? "")
            + (c.kommunedel.map { " · \($0)" } ?? "")),
        (pane.text(.column(.title)), a.title),
        (t(.scheme), c.scheme.name + (c.roundLabel.map { " · \($0)" } ?? "")),
        (t(.requested), a.amountRequested.formatted + (c.projectBudget.map { " / \($0.formatted)" } ?? "")),
        (pane.text(.column(.status)), pane.text(.applicationStatus(a.status)) + " · " + (a.assignee.map { pane.lookup.staffName($0) } ?? "—")),
        (t(.budget), "\(c.decidedInYear.formatted) / \(c.scheme.annualBudget.formatted) (\(a.year))"),
    ]
    if !c.contactName.isEmpty { lines.append((t(.contact), [c.contactName, c.contactPhone, c.contactEmail].filter { !$0.isEmpty }.joined(separator: " · "))) }
    if let decided = a.decidedOn {
        lines.append((t(.decided), "\(decided.norwegian) · \(a.amountGranted?.formatted ?? "—") · \(a.decisionReason)"))
    }
    // Scores per criterion, each officer's; set-aside ones marked.
    let byCriterion = Dictionary(grouping: c.scores, by: \.criterionID)
    lines.append((t(.score), GrantScoring.text(milli: a.scoreMilli)))
    for criterion in c.criteria {
        let scores = (byCriterion[criterion.id] ?? []).map { s in
            "\(s.staff) \(s.score)" + (s.setAside ? " (\(t(.setAside)))" : "")
        }
        lines.append(("  \(criterion.weight) %", "\(pane.context.language == .nb ? criterion.name.nb : criterion.name.en): "
                      + (scores.isEmpty ? "—" : scores.joined(separator: ", "))))
    }
    for r in c.recommendations {
        lines.append((t(.recommendation), (r.body ?? r.staff) + ": " + (r.grant ? "+" : "–")
                      + (r.amount.map { " \($0.formatted)" } ?? "") + (r.note.isEmpty ? "" : " · \(r.note)")))
    }
    for k in c.conflicts { lines.append((t(.conflicts), "\(k.staff): \(k.reason)")) }
    for p in c.appeals {
        lines.append((t(.appeals), "\(p.receivedOn.norwegian) · \(p.outcome?.rawValue ?? "…") · \(p.grounds)"))
    }
    for agreement in c.agreementsWithMoney {
        lines.append((t(.agreements), agreement.title + " (\(agreement.startsOn.year)–\(agreement.endsOn.map { String($0.year) } ?? ""))"))
    }
    if !c.attachments.isEmpty { lines.append((t(.attachments), c.attachments.joined(separator: ", "))) }
    if !c.tags.isEmpty { lines.append((t(.tags), c.tags.joined(separator: ", "))) }
    lines.append((t(.timeline), ""))
    // The newest events that still fit, oldest of them first.
    let room = max(0, area.height - 2 - lines.count)
    for e in c.events.suffix(room) {
        lines.append(("  " + String(e.at.prefix(10)), "\(e.staff): \(e.note.isEmpty ? pane.text(.applicationStatus(e.to)) : e.note)"))
    }
    drawDetailPanel(into: &buffer, area: area, title: a.reference + " · " + a.applicantName, lines: Array(lines.prefix(max(0, area.height - 2))),
                    focused: true, theme: theme)
}
