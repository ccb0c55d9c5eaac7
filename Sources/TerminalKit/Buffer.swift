/// A grid of cells that a view draws into; the backend shows it.
///
/// Every write keeps wide glyphs whole: overwriting either half of a wide
/// glyph turns the other half into a blank, so the buffer never holds half a
/// glyph and the diff never sends one.
public struct Buffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (x, y); outside the buffer a blank cell.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Store a cell, repairing any wide glyph it cuts in half.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.width == 0, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = Cell(scalar: " ", style: cells[i - 1].style)
        }
        if old.width == 2, cell.width != 2, x + 1 < width, cells[i + 1].width == 0 {
            cells[i + 1] = Cell(scalar: " ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Write `s` from column `x` on row `y`, measured by display width and
    /// clipped to `maxWidth` and the buffer. A wide glyph that does not fit
    /// becomes a space; zero-width strays are dropped; control characters
    /// (NUL too) are neutralised, never ending the text. Each grapheme is
    /// stored in the form and cells the terminal is sent (`terminalCells`).
    /// Returns the columns written.
    @discardableResult
    public mutating func put(_ s: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        return isSimpleNarrow(s) ? putNarrow(s, x: x, y: y, limit: limit, style: style)
                                 : putGraphemes(s, x: x, y: y, limit: limit, style: style)
    }

    /// Every scalar is its own one-column grapheme (see `isSimpleNarrow`):
    /// no grapheme breaking, no width lookup — most of what a frame draws.
    mutating func putNarrow(_ s: String, x: Int, y: Int, limit: Int, style: Style) -> Int {
        var col = x
        for u in s.unicodeScalars {
            if col >= limit { break }
            if col >= 0 { set(Cell(scalar: u, style: style), x: col, y: y) }
            col += 1
        }
        return max(0, min(col, limit) - max(x, 0))
    }

    mutating func putGraphemes(_ s: String, x: Int, y: Int, limit: Int, style: Style) -> Int {
        var col = x
        for raw in s {
            if col >= limit { break }
            let c = sanitize(raw)
            if c.asciiValue != nil {
                if col >= 0 { set(Cell(grapheme: c, width: 1, style: style), x: col, y: y) }
                col += 1
                continue
            }
            // What the terminal is sent for it, cell by cell (see `terminalCells`).
            let parts = terminalCells(c)
            let w = parts.reduce(0) { $0 + $1.width }
            if w == 0 { continue }
            if col + w > limit || col < 0 {
                // Doesn't fit (right edge or partly left of the buffer): blank
                // the columns it would have covered that are visible.
                for k in 0..<w where col + k >= 0 && col + k < limit {
                    set(Cell(grapheme: " ", width: 1, style: style), x: col + k, y: y)
                }
                col += w
                continue
            }
            for part in parts {
                set(Cell(grapheme: part.grapheme, width: UInt8(part.width), style: style), x: col, y: y)
                if part.width == 2 { set(.continuation(style), x: col + 1, y: y) }
                col += part.width
            }
        }
        return max(0, min(col, limit) - max(x, 0))
    }

    /// Fill a rectangle with one character (default: blank).
    public mutating func fill(_ r: Rect, _ ch: Character = " ", style: Style = .plain) {
        let clip = r.intersection(area)
        guard !clip.isEmpty else { return }
        let c = sanitize(ch)
        let w = displayWidth(c)
        let parts = c.asciiValue != nil ? [TerminalCell(grapheme: c, width: 1)] : terminalCells(c)
        if parts.count == 1 && parts[0].width == 1 {
            let cell = Cell(grapheme: parts[0].grapheme, width: 1, style: style)
            for y in clip.y..<clip.maxY {
                for x in clip.x..<clip.maxX { set(cell, x: x, y: y) }
            }
        } else {
            let line = String(repeating: String(c), count: max(1, clip.width / max(1, w)))
            for y in clip.y..<clip.maxY {
                put(line, x: clip.x, y: y, maxWidth: clip.width, style: style)
            }
        }
    }

    /// Give existing cells a new style, keeping their text.
    public mutating func setStyle(_ r: Rect, _ style: Style) {
        let clip = r.intersection(area)
        guard !clip.isEmpty else { return }
        for y in clip.y..<clip.maxY {
            for x in clip.x..<clip.maxX { cells[y * width + x].style = style }
        }
    }

    /// Add attributes to existing cells, keeping their colours and text.
    public mutating func addAttributes(_ r: Rect, _ attrs: TextAttributes) {
        let clip = r.intersection(area)
        guard !clip.isEmpty else { return }
        for y in clip.y..<clip.maxY {
            for x in clip.x..<clip.maxX { cells[y * width + x].style.attrs.formUnion(attrs) }
        }
    }

    /// Copy another buffer in at (x, y), clipped.
    public mutating func blit(_ other: Buffer, x ox: Int, y oy: Int) {
        for y in 0..<other.height where oy + y >= 0 && oy + y < height {
            for x in 0..<other.width where ox + x >= 0 && ox + x < width {
                set(other[x, y], x: ox + x, y: oy + y)
            }
        }
    }

    /// Row `y` as text: graphemes of its cells (continuations skipped),
    /// trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        let start = y * width
        for i in start..<(start + width) where cells[i].width != 0 {
            s.append(cells[i].grapheme)
        }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line per row — for snapshot tests.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }
}
