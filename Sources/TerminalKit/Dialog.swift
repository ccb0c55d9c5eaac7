/// Clear `area`, draw a box with `title` and return the inner rectangle
/// (one cell in from the border) for the dialog's content.
@discardableResult
public func drawDialog(into buffer: inout Buffer, area: Rect, title: String,
                       style: Style, borderStyle: Style) -> Rect {
    buffer.fill(area, style: style)
    buffer.box(area, style: borderStyle, title: title)
    return area.inset(by: 1)
}
