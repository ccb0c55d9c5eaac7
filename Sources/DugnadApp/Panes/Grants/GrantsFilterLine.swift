import DugnadCore
import TerminalKit

// The `/` line of the inbox: Tab completes keys and values from the
// vocabulary the store reads (statuses, schemes, kommunedeler, officers,
// tags); a bad expression is shown with the bad word marked; the palette's
// "filter language" and `?` show the language.

extension InboxTools {
    /// Tab on the `/` line: the completed text (one candidate, or the
    /// candidates' common start while the rest are listed); nil = nothing to complete.
    static func complete(_ text: String, _ pane: inout GrantsScope) -> String? {
        let vocabulary = pane.state.tools.vocabulary?.vocabulary ?? GrantFilterVocabulary()
        let (start, words) = GrantFilterCompletion.candidates(text, vocabulary: vocabulary)
        let head = String(Array(text).prefix(start))
        guard let first = words.first else {
            pane.state.tools.completions = []
            pane.ui.say(.grantsInbox(.noSuggestions))
            return nil
        }
        if words.count == 1 {
            pane.state.tools.completions = []
            let open = first.hasSuffix(":") || first.hasSuffix(">") || first.hasSuffix("<")
            return head + first + (open ? "" : " ")
        }
        pane.state.tools.completions = words
        // The candidates' common start, if it adds to what was typed (names match inside too:
        // `scheme:kul` offers `scheme:"Åpne kulturarrangement"`, so the typed word is then kept).
        let typed = String(Array(text).dropFirst(start))
        var common = words.dropFirst().reduce(first) { commonPrefix($0, $1) }
        // Never stop inside an opened quote: the line would not parse.
        if common.filter({ $0 == "\"" }).count % 2 == 1, let quote = common.lastIndex(of: "\"") { common = String(common[..<quote]) }
        let extends = common.count > typed.count && GrantFilter.fold(common).hasPrefix(GrantFilter.fold(typed))
        return extends ? head + common : text
    }

    /// The longest common start of two strings, compared without case and accents.
    static func commonPrefix(_ a: String, _ b: String) -> String {
        var out = ""
        for (x, y) in zip(a, b) {
            guard GrantFilter.fold(String(x)) == GrantFilter.fold(String(y)) else { break }
            out.append(x)
        }
        return out
    }

    /// Under the table: the candidates Tab offered, or the bad word marked with why it is wrong.
    static func drawFilterLine(into buffer: inout Buffer, table: Rect, _ pane: GrantsScope, _ theme: Theme) {
        let g = pane.state
        let offered = !g.tools.completions.isEmpty && table.height >= 4
        if offered {
            let y = table.maxY - 1
            buffer.fill(Rect(x: table.x, y: y, width: table.width, height: 1), style: theme.style(.base))
            let text = " " + pane.text(.grantsInbox(.suggestions)) + " " + g.tools.completions.joined(separator: "  ")
            buffer.put(text, x: table.x, y: y, maxWidth: table.width, style: theme.style(.dim))
        }
        if let e = g.filterError, table.height >= 6 {
            let y = table.maxY - (offered ? 3 : 2)
            let box = Rect(x: table.x, y: y, width: table.width, height: 2)
            buffer.fill(box, style: theme.style(.base))
            let chars = Array(g.query)
            let at = min(e.position, chars.count)
            var end = at
            while end < chars.count && !chars[end].isWhitespace { end += 1 }
            let before = " /" + String(chars[..<at])
            let x = table.x + buffer.put(before, x: table.x, y: y, maxWidth: table.width, style: theme.style(.base))
            let bad = String(chars[at..<end])
            let x2 = x + buffer.put(bad.isEmpty ? " " : bad, x: x, y: y, maxWidth: max(0, table.maxX - x),
                                    style: theme.style(.messageError))
            buffer.put(String(chars[end...]), x: x2, y: y, maxWidth: max(0, table.maxX - x2), style: theme.style(.base))
            let pointer = String(repeating: " ", count: max(0, x - table.x)) + String(repeating: "^", count: max(1, displayWidth(bad)))
                + " " + pane.text(.grants(.filterError(e)))
            buffer.put(pointer, x: table.x, y: y + 1, maxWidth: table.width, style: theme.style(.messageError))
        }
    }

    /// The filter language, one example per line (from the palette).
    static func drawFilterHelp(into buffer: inout Buffer, _ pane: GrantsScope, _ theme: Theme) {
        let layout = pane.paneLayout
        let area = Rect(x: layout.title.x, y: layout.title.y, width: layout.tableAndDetail.width,
                        height: layout.tableAndDetail.maxY - layout.title.y)
        let lines = GrantsInboxPhrase.helpLines.enumerated().map { i, line in
            (line.0, pane.text(.grantsInbox(.filterHelpLine(i))))
        }
        drawLabelledBox(into: &buffer, area: area, title: pane.text(.grantsInbox(.filterHelpTitle)), lines: lines,
                        labelWidth: 36, theme: theme)
    }

    /// A box of "label  text" lines with a wide label column (examples, references).
    static func drawLabelledBox(into buffer: inout Buffer, area: Rect, title: String, lines: [(String, String)],
                                labelWidth: Int, selected: Int? = nil, theme: Theme) {
        guard area.height >= 3, area.width >= 20 else { return }
        let inner = drawDialog(into: &buffer, area: area, title: " " + title + " ", style: theme.style(.base),
                               borderStyle: theme.style(.selectionFocus))
        let lw = min(labelWidth, inner.width / 2)
        let first = selected.map { max(0, $0 - inner.height + 1) } ?? 0
        for (i, (label, text)) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let isSelected = selected == first + i
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: theme.style(.selectionFocus)) }
            buffer.put(label, x: inner.x, y: y, maxWidth: lw, style: theme.style(isSelected ? .selectionFocus : .fieldLabel))
            buffer.put(text, x: inner.x + lw + 1, y: y, maxWidth: max(0, inner.width - lw - 1),
                       style: theme.style(isSelected ? .selectionFocus : .base))
        }
    }
}
