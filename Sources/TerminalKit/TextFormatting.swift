/// Horizontal alignment of text in a column.
public enum Alignment: Sendable, Hashable {
    case left, center, right
}

/// Neutralise control characters so stored text can never drive the
/// terminal: C0, DEL, C1 (including the one-byte CSI U+009B) and therefore
/// the ESC that starts every escape sequence become U+FFFD; a tab becomes a
/// space. The rest of an escape sequence ("[31m") stays visible as text,
/// which is what the user should see.
public func sanitize(_ s: String) -> String {
    // Fast path: nothing to do for the usual clean string.
    if !s.unicodeScalars.contains(where: isControl) { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s { out.append(sanitize(c)) }
    return out
}

/// The character as it may be drawn (see `sanitize(_: String)`).
public func sanitize(_ c: Character) -> Character {
    if let ascii = c.asciiValue {
        if ascii == 0x09 { return " " }
        return ascii < 0x20 || ascii == 0x7F ? "\u{FFFD}" : c
    }
    return c.unicodeScalars.contains(where: isControl) ? "\u{FFFD}" : c
}

/// Cut `s` to at most `w` columns; with `ellipsis` the last column shows "…"
/// when something was cut. Never splits a grapheme.
public func truncate(_ s: String, toWidth w: Int, ellipsis: Bool = true) -> String {
    guard w > 0 else { return "" }
    // Text of one-column scalars that are each a character of their own (nearly every name and title):
    // cut by scalars, not by Character, whose iteration was a quarter of drawing the grant inbox.
    if isSimpleNarrow(s) {
        if s.unicodeScalars.count <= w { return s }
        var out = String(String.UnicodeScalarView(s.unicodeScalars.prefix(ellipsis ? w - 1 : w)))
        if ellipsis { out.append("…") }
        return out
    }
    if displayWidth(s) <= w { return s }
    let budget = ellipsis ? w - 1 : w
    var out = ""
    var used = 0
    for c in s {
        let cw = displayWidth(c)
        if used + cw > budget { break }
        out.append(c)
        used += cw
    }
    if ellipsis { out.append("…") }
    return out
}

/// Truncate (with ellipsis) or pad with spaces to exactly `w` columns.
public func pad(_ s: String, toWidth w: Int, align: Alignment = .left) -> String {
    guard w > 0 else { return "" }
    let cut = truncate(s, toWidth: w)
    let gap = w - displayWidth(cut)
    if gap <= 0 { return cut }
    switch align {
    case .left:
        return cut + String(repeating: " ", count: gap)
    case .right:
        return String(repeating: " ", count: gap) + cut
    case .center:
        let left = gap / 2
        return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
    }
}
