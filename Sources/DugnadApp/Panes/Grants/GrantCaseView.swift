import DugnadCore
import TerminalKit

/// The case opened with Enter: details, scores, recommendation, agreements
/// with money, conflicts, appeals and the timeline of every event (newest
/// first), scrolled with ↑/↓ and PgUp/PgDn; the decision letter over it (L).
func drawGrantCase(into buffer: inout Buffer, _ pane: GrantsScope, _ c: GrantCase, _ theme: Theme) {
    let layout = pane.paneLayout
    let below = layout.tableAndDetail
    let area = Rect(x: below.x, y: layout.title.y, width: below.width, height: below.y + below.height - layout.title.y)
    if let letter = pane.state.work.letter {
        drawGrantLetter(into: &buffer, area: area, pane, letter, theme)
        return
    }
    let lines = grantCaseLines(pane, c, width: max(10, area.width - 2))
    let room = max(0, area.height - 2)
    let top = min(pane.state.work.scroll, max(0, lines.count - room))
    var title = c.application.reference + " · " + c.application.applicantName
    if lines.count > room { title += " · \(top + 1)–\(min(lines.count, top + room))/\(lines.count)" }
    drawDetailPanel(into: &buffer, area: area, title: title, lines: Array(lines.dropFirst(top).prefix(room)),
                    focused: true, theme: theme)
}

/// Every line of the case, in reading order; `width` is the panel's inner width (for the lines that wrap).
func grantCaseLines(_ pane: GrantsScope, _ c: GrantCase, width: Int) -> [(String, String)] {
    let a = c.application
    let t = { (p: GrantsPhrase) in pane.text(.grants(p)) }
    let nb = pane.context.language == .nb
    var lines: [(String, String)] = []
    if let mine = c.conflicts.first(where: { $0.staff == pane.context.user }) {
        lines += wrap("§ 6 " + pane.text(.grantsCase(.barred(reason: mine.reason))), width: width).map { ("", $0) }
    }
    lines += [
        (pane.text(.column(.applicant)), a.applicantName + (c.organisationNumber.map { "  \(t(.organisationNumber)) \(OrganisationNumber($0)?.formatted ?? $0)" } ?? "")
            + (c.kommunedel.map { " · \($0)" } ?? "")),
        (pane.text(.column(.title)), a.title),
        (t(.scheme), c.scheme.name + (c.round.map { " · " + t(.roundOf($0)) } ?? "")),
        (t(.requested), t(.requestedOf(a.amountRequested, projectBudget: c.projectBudget))),
        (pane.text(.column(.status)), pane.text(.applicationStatus(a.status)) + " · "
            + t(.assignedTo(a.assignee.map { pane.lookup.staffName($0) }))),
        (t(.budget), t(.decidedOf(c.decidedInYear, budget: c.scheme.annualBudget, year: a.year))),
    ]
    if !a.purpose.isEmpty {
        // The purpose is the applicant's own words: all of it, continued under its label.
        for (i, part) in wrap(a.purpose, width: max(10, width - 18)).enumerated() { lines.append((i == 0 ? t(.purpose) : " ", part)) }
    }
    if !c.contactName.isEmpty { lines.append((t(.contact), [c.contactName, c.contactPhone, c.contactEmail].filter { !$0.isEmpty }.joined(separator: " · "))) }
    if let decided = a.decidedOn {
        lines.append((t(.decided), "\(DateText.day(decided, pane.language)) · \(pane.text(.applicationStatus(a.status))) · \(a.amountGranted?.formatted ?? "—")"))
        for (i, part) in wrap(a.decisionReason, width: max(10, width - 18)).enumerated() {
            lines.append((i == 0 ? t(.reasons) : " ", part))
        }
    }
    // Scores per criterion, each officer's; set-aside ones marked.
    let byCriterion = Dictionary(grouping: c.scores, by: \.criterionID)
    lines.append((t(.score), GrantScoring.text(milli: a.scoreMilli)
        + (c.roundRank.map { " · " + t(.roundRank(position: $0.position, of: $0.of, forwarded: c.scheme.kind == .forwarded)) } ?? "")))
    for criterion in c.criteria {
        let scores = (byCriterion[criterion.id] ?? []).map { s in
            "\(pane.lookup.staffName(s.staff)) \(s.score)" + (s.setAside ? " (\(t(.setAside)))" : "")
        }
        lines.append(("  \(criterion.weight) %", "\(nb ? criterion.name.nb : criterion.name.en): "
                      + (scores.isEmpty ? "—" : scores.joined(separator: ", "))))
    }
    for r in c.recommendations {
        lines.append((t(.recommendation), (r.body ?? pane.lookup.staffName(r.staff)) + ": " + (r.grant ? "+" : "–")
                      + (r.amount.map { " \($0.formatted)" } ?? "") + (r.note.isEmpty ? "" : " · \(r.note)")))
    }
    for k in c.conflicts { lines.append((t(.conflicts), "\(pane.lookup.staffName(k.staff)): \(k.reason)")) }
    for p in c.appeals {
        let outcome = p.outcome.map { pane.text(.grantsCase(.option($0 == .upheld ? .upheld : .reversed))) } ?? "…"
        lines.append((t(.appeals), "\(DateText.day(p.receivedOn, pane.language)) · \(outcome) · \(p.grounds)"))
    }
    for agreement in c.agreementsWithMoney {
        lines.append((t(.agreements), agreement.title + " (\(agreement.startsOn.year)–\(agreement.endsOn.map { String($0.year) } ?? ""))"))
    }
    if !c.attachments.isEmpty { lines.append((t(.attachments), c.attachments.joined(separator: ", "))) }
    if !c.tags.isEmpty { lines.append((t(.tags), c.tags.joined(separator: ", "))) }
    lines.append((t(.timeline), ""))
    // Newest first: the last step is what the officer reads first.
    for e in c.events.reversed() {
        lines.append(("", "  " + eventTime(e.at, pane.language) + "  " + grantEventText(pane, e)))
    }
    return lines
}

/// "17.10 11:00": an event's UTC stamp in Oslo time (the year when not this year's).
func eventTime(_ at: String, _ language: Language) -> String {
    guard at.count >= 16, let day = CivilDate(iso: String(at.prefix(10))),
          let hour = Int(at.dropFirst(11).prefix(2)), let minute = Int(at.dropFirst(14).prefix(2)),
          let time = CivilTime(hour: hour, minute: minute) else { return String(at.prefix(10)) }
    let local = OsloTime.civil(fromUTC: CivilDateTime(date: day, time: time))
    // Padded to the widest date ("24.12.2026", "24 Dec 2026") so the timeline's times and texts stay in columns.
    return pad(DateText.day(local.date, language), toWidth: language == .nb ? 10 : 11) + " \(local.time.text)"
}

/// Who did what: a status change as "mottatt → under behandling" with its note, other events by their note.
func grantEventText(_ pane: GrantsScope, _ e: GrantCase.Event) -> String {
    var text = pane.lookup.staffName(e.staff) + ": "
    if let from = e.from, from != e.to {
        text += pane.text(.grantsCase(.moved(from: from, to: e.to)))
        if !e.note.isEmpty { text += " · " + e.note }
    } else {
        text += e.note.isEmpty ? pane.text(.applicationStatus(e.to)) : e.note
    }
    return text
}
