import DugnadCore
import TerminalKit

/// Draws the visible part of a windowed list as a table: only the rows on
/// screen are formatted, whatever the list's total.
func drawWindowedTable<Row>(into buffer: inout Buffer, area: Rect, list: PagedList<Row>, columns: [TableColumn],
                            focused: Bool, theme: Theme, context ctx: PaneContext,
                            format: (Row) -> [String], style: ((Row) -> ThemeRole?)? = nil) {
    let visible = max(0, area.height - 1)
    let cursor = list.window.cursor
    var rows: [[String]] = []
    var styles: [Style?] = []
    for i in 0..<visible {
        guard let row = list.row(at: cursor.offset + i) else { break }
        rows.append(format(row))
        styles.append(style?(row).map { theme.style($0) })
    }
    let selectedStyle = theme.style(focused ? .selectionFocus : .selection)
    // The last column is kept for the scrollbar, so it never covers data.
    let tableArea = Rect(x: area.x, y: area.y, width: max(0, area.width - 1), height: area.height)
    drawTable(into: &buffer, area: tableArea, columns: columns, rows: rows,
              state: ListState(selected: cursor.selected - cursor.offset, offset: 0),
              headerStyle: theme.style(.tableHeader), rowStyle: theme.style(.base),
              selectedStyle: selectedStyle, rowStyles: styles)
    if list.window.total > visible && area.height > 2 {
        drawScrollbar(into: &buffer, area: Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: visible),
                      total: list.window.total, offset: cursor.offset, visible: visible,
                      track: theme.style(.dim), thumb: theme.style(.border).adding(.reverse))
    }
    let message: Phrase? = !list.window.loaded ? .loading : (list.window.total == 0 ? .noRows : nil)
    if let message, area.height > 1 {
        buffer.put(" " + ctx.text(message), x: area.x, y: area.y + 1, maxWidth: area.width, style: theme.style(.dim))
    }
}

/// The line above a list: its title, the active filter and where the cursor is.
func drawListTitle(into buffer: inout Buffer, area: Rect, title: String, extra: [String], window: ListWindow,
                   query: String, context ctx: PaneContext, theme: Theme) {
    buffer.fill(area, style: theme.style(.base))
    var parts = [title] + extra
    if !query.isEmpty { parts.append(ctx.text(.filter(query))) }
    let left = " " + parts.joined(separator: " · ")
    let count = window.total == 0 ? ""
        : ctx.text(.rowCount(position: window.cursor.selected + 1, total: window.total, counting: window.counting)) + " "
    let countWidth = displayWidth(count)
    buffer.put(left, x: area.x, y: area.y, maxWidth: max(0, area.width - countWidth - 1), style: theme.style(.title))
    buffer.put(count, x: area.maxX - countWidth, y: area.y, style: theme.style(.dim))
}

/// A boxed panel of "label: value" lines, e.g. the detail of the selected row.
/// When the lines don't fit under each other (a short panel on a narrow
/// screen), they flow into two columns.
/// `highlight`: the index in `lines` of a line drawn as selected (a pick inside the panel).
func drawDetailPanel(into buffer: inout Buffer, area: Rect, title: String, lines: [(String, String)],
                     focused: Bool, highlight: Int? = nil, theme: Theme) {
    guard area.height >= 3, area.width >= 10 else { return }
    let inner = drawDialog(into: &buffer, area: area, title: " " + title + " ", style: theme.style(.base),
                           borderStyle: theme.style(focused ? .selectionFocus : .border))
    let shown = lines.enumerated().filter { !($0.element.0.isEmpty && $0.element.1.isEmpty) || inner.height >= lines.count }
    let columns = shown.count > inner.height && inner.width >= 60 ? 2 : 1
    let columnWidth = (inner.width - (columns - 1) * 2) / columns
    let labelWidth = min(columns == 2 ? 12 : 16, max(0, shown.map { displayWidth($0.element.0) }.max() ?? 0))
    let valueWidth = max(1, columnWidth - labelWidth - 1)
    // A long value wraps onto the next rows (a price's condition, an address) while the panel
    // has rows to spare, earlier lines first; past that it is cut, with "…".
    var spare = inner.height * columns - shown.count
    var rows: [DetailRow] = []
    for (index, (label, value)) in shown {
        let width = label.isEmpty ? columnWidth : valueWidth
        var parts = displayWidth(value) > width ? wrap(value, width: width) : [value]
        if parts.count - 1 > spare || parts.isEmpty { parts = [value] }
        spare -= parts.count - 1
        for (n, part) in parts.enumerated() {
            rows.append(DetailRow(index: index, label: n == 0 ? label : "", text: part, continued: n > 0 && !label.isEmpty))
        }
    }
    for (i, row) in rows.enumerated() {
        let column = i / inner.height
        guard column < columns else { break }
        let x = inner.x + column * (columnWidth + 2), y = inner.y + i % inner.height
        if row.label.isEmpty && !row.continued {
            let style = theme.style(row.index == highlight ? .selectionFocus : .base)
            buffer.put(pad(row.text, toWidth: columnWidth), x: x, y: y, maxWidth: columnWidth, style: style)
        } else {
            buffer.put(pad(row.label, toWidth: labelWidth), x: x, y: y, maxWidth: labelWidth, style: theme.style(.fieldLabel))
            // Cut with "…" when it must be cut, so a shortened value never reads as a whole one ("Fjell/", "HC-toal").
            buffer.put(truncate(row.text, toWidth: valueWidth), x: x + labelWidth + 1, y: y, maxWidth: valueWidth,
                       style: theme.style(.base))
        }
    }
}

/// One drawn row of a detail panel: a labelled line, a plain line, or a wrapped value's next row.
private struct DetailRow {
    let index: Int
    let label: String
    let text: String
    /// A labelled value's second or later row: drawn in the value column, under its first row.
    let continued: Bool
}
