import TerminalKit

/// The row-independent part of a list read from SQLite a window at a time:
/// total count, which window is loaded, and the cursor. Only what is (nearly)
/// visible is ever read — at scale 10 a list can hold tens of thousands of rows.
public struct ListWindow: Sendable, Equatable {
    public var total: Int = 0
    public var windowStart: Int = 0
    public var loadedCount: Int = 0
    public var cursor = ListState()
    /// True once the first window has arrived (so the view can say "loading…" before).
    public var loaded = false

    public init() {}

    /// The window to read so that `visible` rows from the scroll offset are
    /// present, or nil when they already are. Reads a page behind and three
    /// ahead, so paging down reads SQLite only every third key press.
    public func windowNeeded(visible: Int) -> (offset: Int, limit: Int)? {
        let rows = max(1, visible)
        let first = cursor.offset
        let last = min(total, first + rows)
        if loaded && first >= windowStart && last <= windowStart + loadedCount { return nil }
        // A fresh list (new day, new filter) reads little, so the key that
        // asked for it stays fast; scrolling reads a wider window ahead.
        guard loaded else { return (first, rows * Self.pagesPerFirstWindow) }
        return (max(0, first - rows), rows * Self.pagesPerWindow)
    }

    /// One page behind the scroll offset, the visible one, and three ahead.
    public static let pagesPerWindow = 5
    /// The visible page and one more, for a list shown for the first time.
    public static let pagesPerFirstWindow = 2

    public mutating func move(_ motion: ListMotion, visible: Int) {
        let rows = max(1, visible)
        switch motion {
        case .up: cursor.move(by: -1, count: total, visible: rows)
        case .down: cursor.move(by: 1, count: total, visible: rows)
        case .pageUp: cursor.pageUp(count: total, visible: rows)
        case .pageDown: cursor.pageDown(count: total, visible: rows)
        case .home: cursor.home()
        case .end: cursor.end(count: total, visible: rows)
        }
    }

    /// Forgets what was loaded; with `keepCursor` false the cursor returns to the top.
    public mutating func invalidate(keepCursor: Bool) {
        loaded = false
        if !keepCursor { cursor = ListState(); total = 0; windowStart = 0; loadedCount = 0 }
    }
}

/// A windowed list of typed rows.
public struct PagedList<Row: Sendable & Equatable>: Sendable, Equatable {
    public var window = ListWindow()
    public var rows: [Row] = []

    public init() {}

    public func row(at index: Int) -> Row? {
        let i = index - window.windowStart
        return rows.indices.contains(i) ? rows[i] : nil
    }

    public var selectedRow: Row? { row(at: window.cursor.selected) }

    /// Takes a freshly read window; keeps the cursor inside the new total.
    public mutating func receive(total: Int, offset: Int, rows: [Row], visible: Int) {
        self.rows = rows
        window.total = total
        window.windowStart = offset
        window.loadedCount = rows.count
        window.loaded = true
        if window.cursor.selected >= total { window.cursor.selected = max(0, total - 1) }
        window.cursor.ensureVisible(visible: max(1, visible))
    }
}

public enum ListMotion: Sendable, Equatable {
    case up, down, pageUp, pageDown, home, end
}
