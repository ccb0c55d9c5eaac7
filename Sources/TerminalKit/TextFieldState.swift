/// Editing state of a one-line text field with readline-style keys.
public struct TextFieldState: Sendable, Equatable {
    public var text: String
    /// Cursor position in Characters, 0...text.count.
    public var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    public init(_ text: String, cursor: Int) {
        self.text = text
        self.cursor = max(0, min(cursor, text.count))
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: max(0, min(offset, text.count)))
    }

    /// Apply an editing key; returns whether the field consumed it.
    /// Ctrl-A/E home/end, Ctrl-U/K kill to start/end, Ctrl-W kill word back.
    public mutating func handle(_ key: Key) -> Bool {
        cursor = max(0, min(cursor, text.count))
        switch key {
        case .char(let c):
            if c.unicodeScalars.contains(where: isControl) { return false }
            text.insert(c, at: index(cursor))
            cursor += 1
        case .backspace:
            if cursor > 0 {
                text.remove(at: index(cursor - 1))
                cursor -= 1
            }
        case .delete, .ctrl("d"):
            if cursor < text.count { text.remove(at: index(cursor)) }
        case .left, .ctrl("b"):
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = text.count
        case .ctrl("u"):
            text.removeSubrange(text.startIndex..<index(cursor))
            cursor = 0
        case .ctrl("k"):
            text.removeSubrange(index(cursor)..<text.endIndex)
        case .ctrl("w"):
            let chars = Array(text)
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            text.removeSubrange(index(start)..<index(cursor))
            cursor = start
        default:
            return false
        }
        return true
    }

    /// The part of the text to show in `width` columns, scrolled so the
    /// cursor (which needs a column of its own at the end) stays visible,
    /// and the cursor's column within it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let chars = Array(sanitize(text))
        let cur = max(0, min(cursor, chars.count))
        var start = 0
        var before = chars[0..<cur].reduce(0) { $0 + displayWidth($1) }
        while before > width - 1, start < cur {
            before -= displayWidth(chars[start])
            start += 1
        }
        var shown = ""
        var used = 0
        for c in chars[start...] {
            let w = displayWidth(c)
            if used + w > width { break }
            shown.append(c)
            used += w
        }
        return (shown, before)
    }
}
