import Dispatch
import Foundation

/// Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) for long work that must stop cleanly (`demo`).
///
/// The signal sets a flag the work polls between rows, so its transaction
/// rolls back and temporary files are removed. Should the work not notice
/// within `grace` (a long step without rows), the handler removes the
/// registered temporary files itself and exits 130: an uncommitted SQLite
/// transaction is undone by SQLite, so either way nothing half-written stays.
final class Interruption: @unchecked Sendable {
    static let grace: DispatchTimeInterval = .milliseconds(600)

    private let lock = NSLock()
    private var requested = false
    private var temporaryFiles: [String] = []
    private var sources: [DispatchSourceSignal] = []

    /// Takes over SIGINT, SIGTERM and SIGHUP until `stop()`.
    static func install() -> Interruption {
        let interruption = Interruption()
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [interruption] in interruption.signalled() }
            source.resume()
            interruption.sources.append(source)
        }
        return interruption
    }

    var isRequested: Bool {
        lock.lock(); defer { lock.unlock() }
        return requested
    }

    /// Files to remove (with their `-wal`, `-shm` and `-journal`) if the process must exit.
    func removeOnExit(_ path: String) {
        lock.lock(); temporaryFiles.append(path); lock.unlock()
    }

    func keep(_ path: String) {
        lock.lock(); temporaryFiles.removeAll { $0 == path }; lock.unlock()
    }

    func stop() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
    }

    private func signalled() {
        lock.lock(); requested = true; lock.unlock()
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.grace) { [self] in
            lock.lock(); let files = temporaryFiles; lock.unlock()
            for file in files {
                for suffix in ["", "-wal", "-shm", "-journal"] { unlink(file + suffix) }
            }
            _exit(130)
        }
    }
}
