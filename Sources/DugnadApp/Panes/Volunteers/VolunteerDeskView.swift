import DugnadCore
import TerminalKit

/// When a request happens, in words: "hver tir. fra 01.12.2026" or "én gang 05.12.2026", with the times.
func requestWhen(_ r: VolunteerRequest, _ pane: VolunteersScope) -> String {
    let s = r.schedule
    let days = s.isWeekly ? text(pane, .desk(.weeklyOn(s.weekdays, s.firstDate, s.lastDate))) : text(pane, .desk(.oneOffOn(s.firstDate)))
    return days + " · " + s.start.text + "–" + s.end.text
}

private func drawWaiting(into buffer: inout Buffer, _ pane: VolunteersScope, _ theme: Theme) {
    let layout = pane.paneLayout
    titleLine(into: &buffer, area: layout.title, text(pane, .reading), right: "", theme: theme)
    buffer.fill(layout.tableAndDetail, style: theme.style(.base))
}

/// A volunteer's card: the person on top (consent, declarations, politiattest seen — kind, date and by whom,
/// never content), the assignments with their hours below.
func drawVolunteerCard(into buffer: inout Buffer, _ pane: VolunteersScope, _ card: VolunteerCard?, _ theme: Theme) {
    guard let c = card else { drawWaiting(into: &buffer, pane, theme); return }
    let layout = pane.paneLayout
    let area = layout.tableAndDetail
    let v = c.volunteer
    titleLine(into: &buffer, area: layout.title, v.name,
              right: pane.text(.volunteerStatus(v.status)) + " · " + text(pane, .desk(.hours(c.totalMinutes))) + " ", theme: theme)
    let minor = v.isMinor(in: pane.today.year)
    var lines: [(String, String)] = [
        (pane.text(.column(.phone)), v.phone),
        (pane.text(.column(.email)), v.email),
        (pane.text(.column(.born)), String(v.birthYear) + (minor ? " · " + text(pane, .desk(.minor)) : "")),
        (pane.text(.column(.kommunedel)), pane.lookup.kommunedel(v.kommunedelID)),
        (pane.text(.column(.skills)), v.skills.joined(separator: ", ")),
        (text(pane, .field(.languages)), LanguageNames.names(v.languages, in: pane.language)),
        ("", text(pane, .desk(.availabilityWords(v.availability))) + " · " + text(pane, .field(.maxHours)) + " \(v.maxHoursPerMonth)"),
        (text(pane, .desk(.field(.consentDate))),
         v.dataConsent.map { text(pane, .desk(.consentLine($0.givenOn, $0.purpose))) } ?? text(pane, .desk(.noConsent))),
        ("", text(pane, .desk(.confidentiality(v.confidentialitySigned))) + " · " + text(pane, .desk(.introCourse(v.introCourseDone)))
            + (minor ? " · " + text(pane, .field(.parental)) + ": " + text(pane, .desk(.yesNo(v.parentalConsent))) : "")),
    ]
    if c.attests.isEmpty {
        lines.append((text(pane, .desk(.attestsTitle)), text(pane, .desk(.noAttests))))
    } else {
        lines.append((text(pane, .desk(.attestsTitle)), ""))
        for a in c.attests { lines.append(("", "  " + text(pane, .desk(.attestLine(a.kind, a.seenOn, pane.lookup.staffName(a.seenBy)))))) }
    }
    let panelHeight = max(3, min(lines.count + 2, area.height - 4))
    drawDetailPanel(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: panelHeight),
                    title: v.name, lines: lines, focused: false, theme: theme)
    let table = Rect(x: area.x, y: area.y + panelHeight, width: area.width, height: area.height - panelHeight)
    let columns = [
        TableColumn(text(pane, .desk(.cardAssignments)), width: .fill),
        TableColumn(pane.text(.column(.status)), width: .fixed(10)),
        TableColumn("", width: .fixed(10), align: .right),
    ]
    drawRows(into: &buffer, area: table, columns: columns,
             rows: c.assignments.map { [$0.title, text(pane, .assignmentStatus($0.status)), text(pane, .desk(.hours($0.minutes)))] },
             styles: c.assignments.map { $0.status.isActive ? nil : theme.style(.dim) }, selected: c.selected, theme: theme)
    if c.assignments.isEmpty {
        buffer.put(" " + text(pane, .desk(.noAssignments)), x: table.x, y: table.y + 1, maxWidth: table.width, style: theme.style(.dim))
    }
}

/// A text to read and print (the confirmation of purpose), scrolled with ↑/↓.
func drawReading(into buffer: inout Buffer, _ pane: VolunteersScope, _ t: ReadingText, _ theme: Theme) {
    let layout = pane.paneLayout
    let area = layout.tableAndDetail
    titleLine(into: &buffer, area: layout.title, t.title, right: "", theme: theme)
    buffer.fill(area, style: theme.style(.base))
    for (i, line) in t.lines.dropFirst(t.scroll).prefix(area.height).enumerated() {
        buffer.put(" " + line, x: area.x, y: area.y + i, maxWidth: area.width, style: theme.style(.base))
    }
}

/// Hours per volunteer, service, kommunedel or month (`g` cycles), this year so far.
func drawHoursTotals(into buffer: inout Buffer, _ pane: VolunteersScope, _ totals: HoursTotals?, _ theme: Theme) {
    guard let t = totals else { drawWaiting(into: &buffer, pane, theme); return }
    let layout = pane.paneLayout
    let area = layout.tableAndDetail
    titleLine(into: &buffer, area: layout.title, text(pane, .desk(.hoursTitle(t.group, t.from, t.through))),
              right: text(pane, .desk(.totalHours(t.rows.reduce(0) { $0 + $1.minutes }))) + " ", theme: theme)
    let columns = [
        TableColumn(text(pane, .desk(.group(t.group))).prefix(1).uppercased() + text(pane, .desk(.group(t.group))).dropFirst(),
                    width: .fill),
        TableColumn("", width: .fixed(14), align: .right),
    ]
    drawRows(into: &buffer, area: area, columns: columns,
             rows: t.rows.map { [$0.key.isEmpty ? "–" : $0.key, text(pane, .desk(.hours($0.minutes)))] },
             styles: t.rows.map { _ in nil }, selected: t.selected, theme: theme)
    if t.rows.isEmpty {
        buffer.put(" " + text(pane, .desk(.noHours)), x: area.x, y: area.y + 1, maxWidth: area.width, style: theme.style(.dim))
    }
}

/// The crisis call list: name, phone, kommunedel, skills — by kommunedel, then name.
func drawCrisisList(into buffer: inout Buffer, _ pane: VolunteersScope, _ list: CrisisCallList?, _ theme: Theme) {
    guard let l = list else { drawWaiting(into: &buffer, pane, theme); return }
    let layout = pane.paneLayout
    let area = layout.tableAndDetail
    titleLine(into: &buffer, area: layout.title, text(pane, .desk(.crisisTitle(l.query.day, l.volunteers.count))),
              right: area.width >= 100 ? text(pane, .desk(.crisisAudited)) + " " : "", theme: theme)
    let wide = area.width >= 100
    let columns = [
        TableColumn(pane.text(.column(.name)), width: .fill),
        TableColumn(pane.text(.column(.phone)), width: .fixed(14)),
        TableColumn(pane.text(.column(.kommunedel)), width: .fixed(wide ? 20 : 12)),
        TableColumn(pane.text(.column(.skills)), width: .fixed(wide ? 36 : 18)),
    ]
    drawRows(into: &buffer, area: area, columns: columns,
             rows: l.volunteers.map { [$0.name, $0.phone, pane.lookup.kommunedel($0.kommunedelID), $0.skills.joined(separator: ", ")] },
             styles: l.volunteers.map { _ in nil }, selected: l.selected, theme: theme)
    if l.volunteers.isEmpty {
        buffer.put(" " + text(pane, .desk(.noCrisis)), x: area.x, y: area.y + 1, maxWidth: area.width, style: theme.style(.dim))
    }
}
