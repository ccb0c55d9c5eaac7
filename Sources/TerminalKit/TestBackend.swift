/// A backend without a terminal: keeps what was applied in `screen`, hands
/// out `queuedKeys`, and counts cells written so tests can assert that a
/// small change sends a small update.
public final class TestBackend: Backend {
    public var screen: Buffer
    public var queuedKeys: [Key]
    /// Cells written (continuations excluded) since creation.
    public var bytesApplied: Int = 0
    public var lastRuns: [BufferDiff.Run] = []
    public var presentCount = 0
    public var fullRedrawCount = 0
    public var colorCapability: ColorCapability
    public var terminationRequested = false

    public init(size: Size, colorCapability: ColorCapability = .indexed256) {
        self.screen = Buffer(size: size)
        self.queuedKeys = []
        self.colorCapability = colorCapability
    }

    /// Change the size as a terminal would, queueing the resize key.
    public func resize(to size: Size) {
        screen = Buffer(size: size)
        queuedKeys.append(.resize)
    }

    public func size() -> Size { screen.size }

    public func apply(_ runs: [BufferDiff.Run]) {
        lastRuns = runs
        for run in runs {
            for (i, cell) in run.cells.enumerated() where cell.width != 0 {
                screen.set(cell, x: run.x + i, y: run.y)
                if cell.width == 2 { screen.set(.continuation(cell.style), x: run.x + i + 1, y: run.y) }
                bytesApplied += 1
            }
        }
    }

    public func present() { presentCount += 1 }

    public func readKey(timeoutMs: Int) -> Key? {
        queuedKeys.isEmpty ? nil : queuedKeys.removeFirst()
    }

    public func forceFullRedraw() { fullRedrawCount += 1 }
}
