/// How many columns a terminal gives one scalar, with wcwidth's answers:
/// -1 (not printable, e.g. unassigned in its Unicode version), 0, 1 or 2.
public struct ScalarWidth: Sendable {
    public let columns: @Sendable (Unicode.Scalar) -> Int

    public init(_ columns: @escaping @Sendable (Unicode.Scalar) -> Int) {
        self.columns = columns
    }

    /// From Swift's own Unicode tables, shaped like a wcwidth of that
    /// Unicode version: deterministic on every machine (tests use it).
    public static let builtin = ScalarWidth(builtinColumns)

    /// What `displayWidth` and `Buffer.put` measure with. The terminal
    /// backend sets it once at start, before anything is drawn, to the C
    /// library's wcwidth: the table ncurses places cells by (and, on the same
    /// machine, tmux), so the buffer, the diff and the terminal agree.
    nonisolated(unsafe) public static var current = builtin

    static func builtinColumns(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if isControl(s) { return v == 0 ? 0 : -1 }
        if (0x1F1E6...0x1F1FF).contains(v) { return 1 }  // regional indicators: neutral width
        if isZeroWidth(s) { return 0 }
        switch s.properties.generalCategory {
        case .unassigned, .surrogate: return -1
        default: break
        }
        return isWide(v) || s.properties.isEmojiPresentation ? 2 : 1
    }
}

/// One terminal cell's worth of a grapheme: a spacing scalar with the
/// zero-width scalars that follow it — what ncurses keeps in one `cchar_t`.
public struct TerminalCell: Sendable, Equatable {
    public var grapheme: Character
    public var width: Int
}

/// The cells a grapheme takes when drawn. Terminals disagree about emoji
/// sequences — a wcwidth terminal draws 👍🏽 in 4 columns, tmux 3.3 joins
/// 👨‍👩‍👧 into 2 and xterm shows 6, a terminal that knows VS16 draws ❤️ and 1️⃣
/// wide where wcwidth says 1 — and ncurses keeps only the first spacing
/// scalar of a cell. So the grapheme is first reduced to a form every
/// terminal measures alike, then split where wcwidth says a new column
/// starts:
///
/// - an emoji ZWJ sequence is its first emoji (👨‍👩‍👧 → 👨), and a skin-tone
///   modifier or tag characters (subdivision flags) are left off;
/// - VS16 on a narrow base is left off (❤️ → ❤, 1️⃣ → 1⃣, one column), VS15 on a
///   wide one too;
/// - a flag 🇳🇴 is its two regional indicators, one column each (tmux and
///   wcwidth terminals draw it so, joining terminals draw one wide flag);
/// - a scalar the terminal's wcwidth does not know becomes U+FFFD;
/// - at most four zero-width scalars stay with a cell (CCHARW_MAX is 5).
///
/// Control characters must be neutralised before (`sanitize`).
public func terminalCells(_ c: Character, widths: ScalarWidth = .current) -> [TerminalCell] {
    let scalars = c.unicodeScalars
    guard let first = scalars.first else { return [] }
    let isEmojiSequence = first.value > 0x7F && first.properties.isEmoji
    let baseWidth = widths.columns(first)
    var cells: [TerminalCell] = []
    var current: [Unicode.Scalar] = []
    var currentWidth = 0
    func flush() {
        guard !current.isEmpty else { return }
        cells.append(TerminalCell(grapheme: character(current), width: currentWidth))
        current = []
    }
    for (position, s) in scalars.enumerated() {
        let v = s.value
        if isEmojiSequence && position > 0 {
            if v == 0x200D { break }  // the rest is joined onto the first emoji
            if (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v) { continue }
        }
        if v == 0xFE0F && baseWidth != 2 { continue }
        if v == 0xFE0E && baseWidth == 2 { continue }
        let w = widths.columns(s)
        if w > 0 {
            flush()
            current = [s]
            currentWidth = w
        } else if w == 0 {
            // Zero-width: with its cell; before any cell (a stray mark) it has none.
            if !current.isEmpty && current.count < 5 { current.append(s) }
        } else if cells.isEmpty && current.isEmpty {
            current = ["\u{FFFD}"]  // unknown to the terminal: shown as such, one column
            currentWidth = 1
        }
    }
    flush()
    return cells
}

/// The scalars as one Character (they are a spacing scalar and marks that
/// extend it, so always one grapheme; the marks go if not).
private func character(_ scalars: [Unicode.Scalar]) -> Character {
    var s = String()
    s.unicodeScalars.append(contentsOf: scalars)
    if s.count == 1 { return Character(s) }
    return Character(scalars[0])
}
