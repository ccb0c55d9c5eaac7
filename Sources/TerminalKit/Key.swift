/// A key press as the app sees it, independent of the terminal's encoding.
public enum Key: Sendable, Hashable {
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case function(Int)
    /// Control with a lowercase letter: Ctrl-F is `.ctrl("f")`.
    case ctrl(Character)
    /// The terminal changed size; the next frame is a full repaint.
    case resize
}
