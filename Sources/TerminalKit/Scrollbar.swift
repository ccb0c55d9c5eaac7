/// A vertical scrollbar in the first column of `area` for a list of `total`
/// rows showing `visible` rows from `offset`. Draws nothing when all fits.
public func drawScrollbar(into buffer: inout Buffer, area: Rect, total: Int, offset: Int,
                          visible: Int, track: Style, thumb: Style) {
    guard area.height > 0, area.width > 0, total > visible, visible > 0 else { return }
    let h = area.height
    let thumbHeight = max(1, h * visible / total)
    let maxOffset = total - visible
    let thumbTop = maxOffset > 0 ? (h - thumbHeight) * min(max(0, offset), maxOffset) / maxOffset : 0
    for i in 0..<h {
        let inThumb = i >= thumbTop && i < thumbTop + thumbHeight
        buffer.put(inThumb ? "█" : "│", x: area.x, y: area.y + i, style: inThumb ? thumb : track)
    }
}
