import DugnadCore
import TerminalKit

/// The decision letter over the case, as it is sent: wrapped to the panel, scrolled with ↑/↓ and PgUp/PgDn.
func drawGrantLetter(into buffer: inout Buffer, area: Rect, _ pane: GrantsScope, _ letter: GrantLetter, _ theme: Theme) {
    let width = max(10, min(area.width - 4, 96))
    let lines = grantLetterLines(letter.text, width: width)
    let room = max(0, area.height - 2)
    let top = min(letter.top, max(0, lines.count - room))
    var title = pane.text(.grantsCase(.letterTitle(reference: letter.reference, english: letter.showsEnglish)))
    if lines.count > room { title += " · \(top + 1)–\(min(lines.count, top + room))/\(lines.count)" }
    drawDetailPanel(into: &buffer, area: area, title: title,
                    lines: lines.dropFirst(top).prefix(room).map { ("", $0) }, focused: true, theme: theme)
}

/// The letter's paragraphs wrapped to `width` (a line that fits is kept as written); empty lines kept.
func grantLetterLines(_ text: String, width: Int) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0).flatMap { line in
        line.isEmpty ? [" "] : displayWidth(String(line)) <= width ? [String(line)] : wrap(String(line), width: width)
    }
}
