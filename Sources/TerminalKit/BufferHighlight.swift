extension Buffer {
    /// Lays a cursor or highlight over existing cells, keeping their text:
    /// the style's colours replace the cells' where it has one (not
    /// `.default`); its attributes are added, except reverse video, which is
    /// flipped. So a cursor shows on every kind of cell, also on cells that
    /// are reverse already (a booking in the mono theme): there it is bold,
    /// underlined and not reverse.
    public mutating func highlight(_ r: Rect, with style: Style) {
        let clip = r.intersection(area)
        guard !clip.isEmpty else { return }
        let flips = style.attrs.contains(.reverse)
        let adds = style.attrs.subtracting(.reverse)
        for y in clip.y..<clip.maxY {
            for x in clip.x..<clip.maxX {
                var s = cells[y * width + x].style
                if style.fg != .default { s.fg = style.fg }
                if style.bg != .default { s.bg = style.bg }
                s.attrs.formUnion(adds)
                if flips { s.attrs.formSymmetricDifference(.reverse) }
                cells[y * width + x].style = s
            }
        }
    }
}
