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
    /// `total` is a lower bound (the rows read so far) while the exact count is made off the loop.
    public var counting = false

    public init() {}

    /// The rows to read so that `visible` rows from the scroll offset are
    /// present, or nil when they already are. A fresh list (new day, new
    /// filter) reads the visible page and one more. Scrolling past either end
    /// of what is loaded reads only what is missing and half a page beyond,
    /// next to the loaded rows (`PagedList.receive` joins them), so a key
    /// that reads never reads more than a page and a half. A jump (End, a
    /// search hit) reads the page around it afresh.
    public func windowNeeded(visible: Int) -> (offset: Int, limit: Int)? {
        let rows = max(1, visible)
        let first = cursor.offset
        let last = min(total, first + rows)
        let end = windowStart + loadedCount
        if loaded && first >= windowStart && last <= end { return nil }
        guard loaded, loadedCount > 0 else { return (first, rows * Self.pagesPerFirstWindow) }
        // Half a page beyond what is missing: each read stays small (the
        // budget is per key), and holding ↓ reads every half page.
        let ahead = max(1, rows / 2)
        if first >= windowStart && first <= end {
            return (end, last - end + ahead)
        }
        if last >= windowStart && last <= end {
            let start = max(0, first - ahead)
            return (start, windowStart - start)
        }
        return (max(0, first - rows), rows * 3)
    }

    /// At most this many pages stay loaded around the cursor.
    public static let pagesKept = 5
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
        if !keepCursor { cursor = ListState(); total = 0; windowStart = 0; loadedCount = 0; counting = false }
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

    /// Keeps only the loaded rows from the scroll offset through `pages`
    /// pages: before the same rows are read again for another day, so that
    /// read stays small however far the list was scrolled.
    public mutating func keep(pages: Int, visible: Int) {
        let from = max(window.windowStart, window.cursor.offset)
        let to = min(window.windowStart + rows.count, window.cursor.offset + max(1, visible) * pages)
        guard from < to else { return }
        rows = Array(rows[(from - window.windowStart)..<(to - window.windowStart)])
        window.windowStart = from
        window.loadedCount = rows.count
    }

    /// Takes freshly read rows: joined to the loaded ones when they continue
    /// them (see `ListWindow.windowNeeded`), else in their place; keeps at
    /// most `ListWindow.pagesKept` pages, dropping those furthest from view,
    /// and the cursor inside the new total.
    public mutating func receive(total: Int, offset: Int, rows: [Row], visible: Int, lowerBound: Bool = false) {
        let page = max(1, visible)
        let end = window.windowStart + window.loadedCount
        if window.loaded && window.total == total && !self.rows.isEmpty && offset == end {
            self.rows += rows
        } else if window.loaded && window.total == total && !self.rows.isEmpty && offset + rows.count == window.windowStart {
            self.rows = rows + self.rows
            window.windowStart = offset
        } else {
            self.rows = rows
            window.windowStart = offset
        }
        window.total = total
        window.counting = lowerBound
        window.loaded = true
        if window.cursor.selected >= total { window.cursor.selected = max(0, total - 1) }
        window.cursor.ensureVisible(visible: page)
        let excess = self.rows.count - page * ListWindow.pagesKept
        if excess > 0 {
            // Drop whole rows from the side further from the visible ones.
            let above = window.cursor.offset - window.windowStart
            let below = window.windowStart + self.rows.count - (window.cursor.offset + page)
            if above >= below {
                let n = min(excess, max(0, above))
                self.rows.removeFirst(n)
                window.windowStart += n
            } else {
                self.rows.removeLast(min(excess, max(0, below)))
            }
        }
        window.loadedCount = self.rows.count
    }
}

extension PagedList {
    /// The exact count arrived (the window came with a lower bound): the cursor stays inside it.
    public mutating func receiveCount(_ total: Int, visible: Int) {
        window.total = max(total, window.windowStart + rows.count)
        window.counting = false
        if window.cursor.selected >= window.total { window.cursor.selected = max(0, window.total - 1) }
        window.cursor.ensureVisible(visible: max(1, visible))
    }
}

public enum ListMotion: Sendable, Equatable {
    case up, down, pageUp, pageDown, home, end
}
