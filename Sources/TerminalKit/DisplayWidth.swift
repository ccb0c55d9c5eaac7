/// Display width of text in terminal columns: the columns the terminal
/// advances for what `Buffer.put` sends (see `terminalCells`), by the
/// terminal's own per-scalar width (`ScalarWidth.current`).
///
/// Control characters count as 1: `Buffer.put` shows them as U+FFFD, so
/// measuring and drawing agree.
public func displayWidth(_ s: String) -> Int {
    if isSimpleNarrow(s) { return s.unicodeScalars.count }
    var total = 0
    for c in s { total += displayWidth(c) }
    return total
}

public func displayWidth(_ c: Character) -> Int {
    // ASCII fast path: the overwhelmingly common case in the inner loops.
    if c.asciiValue != nil { return 1 }
    let scalars = c.unicodeScalars
    guard let first = scalars.first else { return 0 }
    // Second fast path: a lone scalar from the blocks the UI draws all the
    // time (Latin-1/Latin Extended letters such as æøå, punctuation such as
    // – … ·, box drawing and block elements) is one column wide.
    if scalars.index(after: scalars.startIndex) == scalars.endIndex && isNarrowCommon(first.value) { return 1 }
    if isControl(first) { return 1 }
    return terminalCells(c).reduce(0) { $0 + $1.width }
}

/// True when every scalar of `s` is printable ASCII or in `isNarrowCommon`:
/// then each scalar is a grapheme of its own (none of them joins another
/// into a cluster) and one column wide, so callers may count scalars.
@inline(__always) func isSimpleNarrow(_ s: String) -> Bool {
    for u in s.unicodeScalars {
        let v = u.value
        if (v >= 0x20 && v < 0x7F) || isNarrowCommon(v) { continue }
        return false
    }
    return true
}

/// Ranges with no controls, marks, format or wide characters (in every
/// wcwidth since Unicode 9; U+25FD/U+25FE are wide emoji and left out).
@inline(__always) func isNarrowCommon(_ v: UInt32) -> Bool {
    (0xA0...0x2FF).contains(v) && v != 0xAD || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
        || (0x2500...0x25FC).contains(v) || (0x25FF == v) || (0x2190...0x21FF).contains(v)
}

/// C0, DEL and C1 controls.
func isControl(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0)
}

/// Scalars that take no column of their own: combining marks, format
/// characters (ZWJ, bidi controls, ZWSP), variation selectors, conjoining
/// Hangul medial/final jamo.
func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
    if s.value == 0xAD { return false }  // soft hyphen: terminals draw it
    if (0x1160...0x11FF).contains(s.value) || (0xD7B0...0xD7FF).contains(s.value) { return true }
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format:
        return true
    default:
        return (0xFE00...0xFE0F).contains(s.value) || (0xE0100...0xE01EF).contains(s.value)
    }
}

/// East Asian Wide (W) and Fullwidth (F) ranges, excluding emoji, which are
/// handled by `isEmojiPresentation`.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3,
    0x2F00...0x2FD5, 0x2FF0...0x2FFF, 0x3000...0x303E, 0x3041...0x3096,
    0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E5,
    0x31EF...0x321E, 0x3220...0x3247, 0x3250...0xA48C, 0xA490...0xA4C6,
    0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
    0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7,
    0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B122,
    0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167,
    0x1B170...0x1B2FB, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
    0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
]

func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    var lo = 0, hi = wideRanges.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        let r = wideRanges[mid]
        if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
    }
    return false
}
