/// One screen cell: a grapheme, its display width and its style.
///
/// A wide glyph occupies two cells: the first holds the grapheme with width 2,
/// the second is a *continuation* (width 0) that is never written to the
/// terminal — the terminal fills it itself.
public struct Cell: Sendable {
    public var grapheme: Character
    /// 1 or 2; 0 marks the continuation of a wide glyph.
    public var width: UInt8
    public var style: Style

    public init(grapheme: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    static func continuation(_ style: Style) -> Cell {
        Cell(grapheme: " ", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}

extension Cell: Equatable {
    /// Byte equality of the grapheme, not canonical equivalence: it is what the
    /// terminal receives, and it is much faster in the diff's inner loop.
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.width == rhs.width && lhs.style == rhs.style
            && lhs.grapheme.utf8.elementsEqual(rhs.grapheme.utf8)
    }
}
