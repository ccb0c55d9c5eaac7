/// A size request along one axis. No solver: fixed and percent sizes are
/// taken first, then what is left is shared between `min` and `fill`.
public enum Constraint: Sendable, Hashable {
    case fixed(Int)
    /// At least this much, growing like `.fill` when there is room.
    case min(Int)
    case percent(Int)
    case fill
}

public enum Axis: Sendable, Hashable {
    case horizontal, vertical
}

/// Split `rect` along `axis`. Sizes that don't fit are clipped from the end,
/// so the first parts (usually the most important) keep their size.
public func layout(_ rect: Rect, _ constraints: [Constraint], axis: Axis) -> [Rect] {
    let total = axis == .horizontal ? rect.width : rect.height
    var sizes = constraints.map { c -> Int in
        switch c {
        case .fixed(let n), .min(let n): return max(0, n)
        case .percent(let p): return max(0, total * p / 100)
        case .fill: return 0
        }
    }
    // Clip in order so that the sum never exceeds the space.
    var used = 0
    for i in sizes.indices {
        sizes[i] = min(sizes[i], total - used)
        used += sizes[i]
    }
    let growable = constraints.indices.filter {
        if case .fill = constraints[$0] { return true }
        if case .min = constraints[$0] { return true }
        return false
    }
    let spare = total - used
    if spare > 0, !growable.isEmpty {
        let share = spare / growable.count
        var remainder = spare % growable.count
        for i in growable {
            sizes[i] += share + (remainder > 0 ? 1 : 0)
            if remainder > 0 { remainder -= 1 }
        }
    }
    var offset = 0
    return sizes.map { size in
        defer { offset += size }
        switch axis {
        case .horizontal:
            return Rect(x: rect.x + offset, y: rect.y, width: size, height: rect.height)
        case .vertical:
            return Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: size)
        }
    }
}
