extension Buffer {
    /// A single-line box (┌─┐│└┘) around `r`, with an optional title in the
    /// top edge. Boxes smaller than 2×2 draw nothing.
    public mutating func box(_ r: Rect, style: Style, title: String? = nil, titleStyle: Style? = nil) {
        guard r.width >= 2, r.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: r.width - 2)
        put("┌" + horizontal + "┐", x: r.x, y: r.y, style: style)
        put("└" + horizontal + "┘", x: r.x, y: r.maxY - 1, style: style)
        for y in (r.y + 1)..<(r.maxY - 1) {
            put("│", x: r.x, y: y, style: style)
            put("│", x: r.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, r.width > 4 {
            let text = " " + truncate(title, toWidth: r.width - 4) + " "
            put(text, x: r.x + 1, y: r.y, maxWidth: r.width - 2, style: titleStyle ?? style)
        }
    }
}
