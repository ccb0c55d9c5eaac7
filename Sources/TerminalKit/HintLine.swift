/// One entry of a hint line: the key as shown ("Enter", "^S") and its action.
public struct Hint: Sendable, Hashable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// Hints left to right as "key label", dropping whole hints that do not fit
/// rather than cutting one in half; the rest of the row gets `labelStyle`.
public func drawHints(into buffer: inout Buffer, area: Rect, hints: [Hint],
                      keyStyle: Style, labelStyle: Style) {
    guard !area.isEmpty else { return }
    buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: labelStyle)
    var x = area.x
    for hint in hints {
        let need = displayWidth(hint.key) + displayWidth(hint.label) + 2
        if x + need > area.maxX { break }
        x += buffer.put(hint.key, x: x, y: area.y, style: keyStyle)
        x += buffer.put(" " + hint.label + " ", x: x, y: area.y, style: labelStyle)
    }
}
