import Synchronization

/// One screen cell: a grapheme, its display width and its style.
///
/// A wide glyph occupies two cells: the first holds the grapheme with width 2,
/// the second is a *continuation* (width 0) that is never written to the
/// terminal — the terminal fills it itself.
///
/// Stored without a `String`: a grapheme of one scalar (nearly every cell) is
/// kept as its scalar value, a longer cluster (an emoji with a skin tone, a
/// letter with a combining mark) as a number from `GraphemeTable`. The cell is
/// then plain bits — a frame of 4,800 cells is copied, compared and released
/// without reference counting.
public struct Cell: Sendable, Equatable {
    /// A scalar value, or `GraphemeTable.first` and above for a longer cluster.
    var code: UInt32
    /// 1 or 2; 0 marks the continuation of a wide glyph.
    public var width: UInt8
    public var style: Style

    public init(grapheme: Character = " ", width: UInt8 = 1, style: Style = .plain) {
        let scalars = grapheme.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            code = first.value
        } else {
            code = GraphemeTable.code(for: grapheme)
        }
        self.width = width
        self.style = style
    }

    /// A cell of one scalar (the drawing fast path).
    init(scalar: Unicode.Scalar, width: UInt8 = 1, style: Style) {
        code = scalar.value
        self.width = width
        self.style = style
    }

    public var grapheme: Character {
        if code < GraphemeTable.first, let scalar = Unicode.Scalar(code) { return Character(scalar) }
        return GraphemeTable.grapheme(for: code)
    }

    /// The scalars the terminal is sent for this cell.
    public var scalars: String.UnicodeScalarView {
        if code < GraphemeTable.first, let scalar = Unicode.Scalar(code) { return String(scalar).unicodeScalars }
        return String(GraphemeTable.grapheme(for: code)).unicodeScalars
    }

    public static let blank = Cell()

    static func continuation(_ style: Style) -> Cell {
        Cell(scalar: " ", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}

/// Graphemes of more than one scalar, numbered once per process. Keyed by
/// their bytes, not by canonical equivalence: the diff must send exactly what
/// was drawn.
enum GraphemeTable {
    /// Above every Unicode scalar value.
    static let first: UInt32 = 0x11_0000

    private struct Table {
        var codes: [[UInt8]: UInt32] = [:]
        var graphemes: [Character] = []
    }

    private static let table = Mutex(Table())

    static func code(for grapheme: Character) -> UInt32 {
        let bytes = Array(grapheme.utf8)
        return table.withLock { t in
            if let code = t.codes[bytes] { return code }
            let code = first + UInt32(t.graphemes.count)
            t.codes[bytes] = code
            t.graphemes.append(grapheme)
            return code
        }
    }

    static func grapheme(for code: UInt32) -> Character {
        table.withLock { t in
            let i = Int(code - first)
            return t.graphemes.indices.contains(i) ? t.graphemes[i] : "\u{FFFD}"
        }
    }
}
