/// A rectangle of cells. Splitting never yields negative sizes: a split larger
/// than the rectangle takes all of it and leaves an empty rest.
public struct Rect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var size: Size { Size(width: width, height: height) }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    public func intersection(_ other: Rect) -> Rect {
        let nx = max(x, other.x), ny = max(y, other.y)
        return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
    }

    public func inset(by n: Int) -> Rect {
        inset(top: n, left: n, bottom: n, right: n)
    }

    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
    }

    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let w = max(0, width - left - right), h = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: w, height: h)
    }

    /// The top `n` rows and the rest below.
    public func splitTop(_ n: Int) -> (top: Rect, rest: Rect) {
        let k = max(0, min(n, height))
        return (Rect(x: x, y: y, width: width, height: k),
                Rect(x: x, y: y + k, width: width, height: height - k))
    }

    /// The rest above and the bottom `n` rows.
    public func splitBottom(_ n: Int) -> (rest: Rect, bottom: Rect) {
        let k = max(0, min(n, height))
        return (Rect(x: x, y: y, width: width, height: height - k),
                Rect(x: x, y: maxY - k, width: width, height: k))
    }

    /// The left `n` columns and the rest to the right.
    public func splitLeft(_ n: Int) -> (left: Rect, rest: Rect) {
        let k = max(0, min(n, width))
        return (Rect(x: x, y: y, width: k, height: height),
                Rect(x: x + k, y: y, width: width - k, height: height))
    }

    /// The rest to the left and the right `n` columns.
    public func splitRight(_ n: Int) -> (rest: Rect, right: Rect) {
        let k = max(0, min(n, width))
        return (Rect(x: x, y: y, width: width - k, height: height),
                Rect(x: maxX - k, y: y, width: k, height: height))
    }

    /// A rectangle of at most the given size, centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = max(0, min(w, width)), ch = max(0, min(h, height))
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// Split into rows by constraints (top to bottom).
    public func rows(_ constraints: [Constraint]) -> [Rect] {
        layout(self, constraints, axis: .vertical)
    }

    /// Split into columns by constraints (left to right).
    public func columns(_ constraints: [Constraint]) -> [Rect] {
        layout(self, constraints, axis: .horizontal)
    }
}
