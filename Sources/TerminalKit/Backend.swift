/// What the loop needs from a terminal. `NCursesTerminal` is the real one;
/// `TestBackend` records what it is given.
public protocol Backend: AnyObject {
    func size() -> Size
    /// Write changed runs into the backend's off-screen state.
    func apply(_ runs: [BufferDiff.Run])
    /// Make everything applied since the last present visible at once.
    func present()
    /// The next key, waiting at most `timeoutMs`; nil on timeout.
    func readKey(timeoutMs: Int) -> Key?
    /// Repaint the whole screen on the next present (Ctrl-L, resize).
    func forceFullRedraw()
    var colorCapability: ColorCapability { get }
    /// True once the process was asked to stop (SIGINT/SIGTERM); the loop
    /// then ends so the app can restore the terminal and exit cleanly.
    var terminationRequested: Bool { get }
}

extension Backend {
    public var terminationRequested: Bool { false }
}
