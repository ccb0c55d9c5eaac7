/// Selection and scroll offset of a list or table. Views take it by value;
/// the update owns it, so scrolling is testable without drawing.
public struct ListState: Sendable, Equatable {
    public var selected: Int
    /// Index of the first visible row.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Move the selection by `delta` rows, clamped to the list.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { selected = 0; offset = 0; return }
        selected = max(0, min(count - 1, selected + delta))
        ensureVisible(visible: visible)
        clampOffset(count: count, visible: visible)
    }

    public mutating func pageDown(count: Int, visible: Int) {
        move(by: max(1, visible - 1), count: count, visible: visible)
    }

    public mutating func pageUp(count: Int, visible: Int) {
        move(by: -max(1, visible - 1), count: count, visible: visible)
    }

    public mutating func home() {
        selected = 0
        offset = 0
    }

    public mutating func end(count: Int, visible: Int) {
        selected = max(0, count - 1)
        ensureVisible(visible: visible)
    }

    /// Scroll just enough that the selected row is on screen.
    public mutating func ensureVisible(visible: Int) {
        let v = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + v { offset = selected - v + 1 }
        offset = max(0, offset)
    }

    /// Keep selection and offset valid after the list changed length, and
    /// avoid empty space below the last row.
    public mutating func clamp(count: Int, visible: Int) {
        selected = max(0, min(selected, count - 1))
        ensureVisible(visible: visible)
        clampOffset(count: count, visible: visible)
    }

    private mutating func clampOffset(count: Int, visible: Int) {
        offset = max(0, min(offset, count - max(1, visible)))
    }
}
