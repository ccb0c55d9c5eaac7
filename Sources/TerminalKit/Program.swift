import Foundation

/// The Elm-style loop: keys and effect results become messages, `update`
/// changes the model and returns commands, `view` draws a buffer, and only
/// the difference to the last frame goes to the backend.
///
/// One thread runs the loop and owns the model and the backend. Effects may
/// finish on other threads and call `send`; that inbox is the only shared
/// state and is guarded by a lock, which is why the class is
/// `@unchecked Sendable` (the compiler can't see that the rest is confined to
/// the loop's thread).
public final class Program<Model, Msg: Sendable, Cmd>: @unchecked Sendable {
    public private(set) var model: Model
    private let backend: Backend
    private let update: (inout Model, Msg) -> [Cmd]
    private let view: (Model, Size) -> Buffer
    private let keyToMsg: (Key) -> Msg
    private let perform: (Cmd, _ send: @escaping @Sendable (Msg) -> Void) -> Void
    private let shouldQuit: (Model) -> Bool
    private let tick: (() -> Msg?)?

    private let inboxLock = NSLock()
    private var inbox: [Msg] = []

    private var lastFrame: Buffer?
    private var dirty = true
    /// Key the loop handles itself by repainting the whole screen; nil to
    /// let the app see it.
    public var redrawKey: Key? = .ctrl("l")
    public var tickInterval: Duration = .milliseconds(250)
    public var minFrameInterval: Duration = .milliseconds(16)
    public var keyTimeoutMs = 50

    public init(backend: Backend, model: Model,
                update: @escaping (inout Model, Msg) -> [Cmd],
                view: @escaping (Model, Size) -> Buffer,
                keyToMsg: @escaping (Key) -> Msg,
                perform: @escaping (Cmd, _ send: @escaping @Sendable (Msg) -> Void) -> Void,
                shouldQuit: @escaping (Model) -> Bool,
                tick: (() -> Msg?)? = nil) {
        self.backend = backend
        self.model = model
        self.update = update
        self.view = view
        self.keyToMsg = keyToMsg
        self.perform = perform
        self.shouldQuit = shouldQuit
        self.tick = tick
    }

    /// Queue a message from any thread; the loop handles it next turn.
    public func send(_ msg: Msg) {
        inboxLock.lock()
        inbox.append(msg)
        inboxLock.unlock()
    }

    /// Repaint everything on the next frame.
    public func requestFullRedraw() {
        backend.forceFullRedraw()
        lastFrame = nil
        dirty = true
    }

    /// Run until `shouldQuit(model)` or the backend reports a termination
    /// request. Renders at most once per `minFrameInterval`, and only after
    /// a message arrived.
    public func run() {
        let clock = ContinuousClock()
        var nextTick = clock.now + tickInterval
        var lastRender = clock.now - minFrameInterval
        render()
        while !shouldQuit(model), !backend.terminationRequested {
            let now = clock.now
            // While a frame is pending, wait no longer than until it may be drawn.
            var timeout = keyTimeoutMs
            if dirty {
                timeout = max(0, min(timeout, milliseconds(lastRender + minFrameInterval - now)))
            }
            if let key = backend.readKey(timeoutMs: timeout) {
                handle(key)
            }
            drainInbox()
            if let tick, clock.now >= nextTick {
                nextTick = clock.now + tickInterval
                if let msg = tick() { dispatch(msg) }
            }
            if dirty, !shouldQuit(model), clock.now - lastRender >= minFrameInterval {
                render()
                lastRender = clock.now
            }
        }
    }

    /// Handle one message synchronously, with the messages its commands send
    /// while being performed, and render once. For tests and benchmarks.
    public func step(_ msg: Msg) {
        dispatch(msg)
        drainInbox()
        render()
    }

    /// Feed a key as the loop would (resize and redraw handling included),
    /// then render once. For tests.
    public func step(key: Key) {
        handle(key)
        drainInbox()
        render()
    }

    private func handle(_ key: Key) {
        if key == .resize {
            requestFullRedraw()
        } else if key == redrawKey {
            requestFullRedraw()
            return
        }
        dispatch(keyToMsg(key))
    }

    private func dispatch(_ msg: Msg) {
        let commands = update(&model, msg)
        dirty = true
        let send: @Sendable (Msg) -> Void = { [weak self] msg in self?.send(msg) }
        for command in commands { perform(command, send) }
    }

    /// Handle queued messages, bounded so an effect that keeps sending can't
    /// starve the keyboard.
    private func drainInbox() {
        for _ in 0..<1000 {
            inboxLock.lock()
            let batch = inbox
            inbox.removeAll()
            inboxLock.unlock()
            if batch.isEmpty { return }
            for msg in batch { dispatch(msg) }
        }
    }

    private func render() {
        let size = backend.size()
        let frame = view(model, size)
        let runs = BufferDiff.runs(from: lastFrame, to: frame)
        lastFrame = frame
        dirty = false
        guard !runs.isEmpty else { return }
        backend.apply(runs)
        backend.present()
    }

    private func milliseconds(_ d: Duration) -> Int {
        let (seconds, attoseconds) = d.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
