/// A tab bar: each title as " title " left to right, the selected one in
/// `active`. Returns the columns used, so the caller can put status text
/// after it.
@discardableResult
public func drawTabs(into buffer: inout Buffer, area: Rect, titles: [String], selected: Int,
                     active: Style, inactive: Style) -> Int {
    guard !area.isEmpty else { return 0 }
    var x = area.x
    for (i, title) in titles.enumerated() {
        let remaining = area.maxX - x
        if remaining <= 0 { break }
        x += buffer.put(" \(title) ", x: x, y: area.y, maxWidth: remaining,
                        style: i == selected ? active : inactive)
    }
    return x - area.x
}
