/// A column of `drawTable`: a header title, a width (`.fixed`, `.percent`,
/// `.min` or `.fill`, laid out with `layout`) and an alignment.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Constraint
    public var align: Alignment

    public init(_ title: String, width: Constraint, align: Alignment = .left) {
        self.title = title
        self.width = width
        self.align = align
    }
}

/// Column rectangles for `columns` in `area`, one space between columns.
public func tableColumnRects(_ columns: [TableColumn], in area: Rect) -> [Rect] {
    guard !columns.isEmpty else { return [] }
    var constraints: [Constraint] = []
    for (i, c) in columns.enumerated() {
        if i > 0 { constraints.append(.fixed(1)) }
        constraints.append(c.width)
    }
    let parts = layout(area, constraints, axis: .horizontal)
    return stride(from: 0, to: parts.count, by: 2).map { parts[$0] }
}

/// A table: a header row, then `rows` from `state.offset` on, the selected
/// one in `selectedStyle` across the full width. The caller keeps `state`
/// visible with `visible: area.height - 1` (the header takes a row).
/// `rowStyles[i]`, when given and not nil, overrides `rowStyle` for row i.
public func drawTable(
    into buffer: inout Buffer, area: Rect, columns: [TableColumn], rows: [[String]],
    state: ListState, headerStyle: Style, rowStyle: Style, selectedStyle: Style,
    rowStyles: [Style?]? = nil
) {
    guard !area.isEmpty else { return }
    let rects = tableColumnRects(columns, in: area)
    let (header, body) = area.splitTop(1)
    buffer.fill(header, style: headerStyle)
    for (column, rect) in zip(columns, rects) {
        buffer.put(pad(column.title, toWidth: rect.width, align: column.align),
                   x: rect.x, y: header.y, maxWidth: rect.width, style: headerStyle)
    }
    for line in 0..<body.height {
        let index = state.offset + line
        let y = body.y + line
        let rowArea = Rect(x: body.x, y: y, width: body.width, height: 1)
        guard index >= 0, index < rows.count else {
            buffer.fill(rowArea, style: rowStyle)
            continue
        }
        let style: Style
        if index == state.selected {
            style = selectedStyle
        } else if let styles = rowStyles, index < styles.count, let s = styles[index] {
            style = s
        } else {
            style = rowStyle
        }
        buffer.fill(rowArea, style: style)
        for (i, rect) in rects.enumerated() where i < rows[index].count {
            buffer.put(pad(rows[index][i], toWidth: rect.width, align: columns[i].align),
                       x: rect.x, y: y, maxWidth: rect.width, style: style)
        }
    }
}
