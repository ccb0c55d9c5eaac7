import TerminalKit

/// Where everything goes on the screen. Shared by the view (to draw) and the
/// update (to know how many rows a list shows), so both always agree.
public struct ScreenLayout: Sendable, Equatable {
    public let tabBar: Rect
    public let content: Rect
    public let hintLine: Rect
    public let messageLine: Rect

    public init(size: Size) {
        let w = size.width, h = max(size.height, 4)
        tabBar = Rect(x: 0, y: 0, width: w, height: 1)
        content = Rect(x: 0, y: 1, width: w, height: h - 3)
        hintLine = Rect(x: 0, y: h - 2, width: w, height: 1)
        messageLine = Rect(x: 0, y: h - 1, width: w, height: 1)
    }
}

/// A pane of one list: an optional sidebar, a title line, the table and a
/// detail panel — to the right on wide terminals, below on narrow ones.
public struct PaneLayout: Sendable, Equatable {
    public let sidebar: Rect?
    public let title: Rect
    public let table: Rect
    public let detail: Rect

    public static let sidebarWidth = 16

    /// The table and the detail panel together (beside it when wide, below
    /// it when narrow): for lists drawn over both, such as the approval queue.
    public var tableAndDetail: Rect {
        detail.y > table.y
            ? Rect(x: table.x, y: table.y, width: table.width, height: table.height + detail.height)
            : Rect(x: table.x, y: table.y, width: table.width + detail.width, height: table.height)
    }
    public static let wideDetailWidth = 44
    public static let narrowDetailHeight = 6

    public init(content: Rect, hasSidebar: Bool) {
        var rest = content
        if hasSidebar {
            sidebar = Rect(x: rest.x, y: rest.y, width: Self.sidebarWidth, height: rest.height)
            rest = Rect(x: rest.x + Self.sidebarWidth, y: rest.y, width: rest.width - Self.sidebarWidth, height: rest.height)
        } else {
            sidebar = nil
        }
        if content.width >= 110 {
            detail = Rect(x: rest.x + rest.width - Self.wideDetailWidth, y: rest.y,
                          width: Self.wideDetailWidth, height: rest.height)
            rest = Rect(x: rest.x, y: rest.y, width: rest.width - Self.wideDetailWidth, height: rest.height)
        } else {
            let h = min(Self.narrowDetailHeight, max(0, rest.height - 4))
            detail = Rect(x: rest.x, y: rest.y + rest.height - h, width: rest.width, height: h)
            rest = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - h)
        }
        title = Rect(x: rest.x, y: rest.y, width: rest.width, height: 1)
        table = Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: max(0, rest.height - 1))
    }

    /// Rows of data the table shows (its first line is the header).
    public var visibleRows: Int { max(1, table.height - 1) }
}
