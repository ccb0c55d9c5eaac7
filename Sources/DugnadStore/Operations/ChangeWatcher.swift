import Foundation
import GRDB

/// Notices commits made by other processes (and other connections) to the
/// database file, so every open screen refreshes within a poll interval.
///
/// `PRAGMA data_version` changes on a connection whenever another
/// connection commits. It must be read on one and the same connection
/// every time, hence a dedicated read-only queue instead of the pool.
public final class ChangeWatcher: @unchecked Sendable {
    // @unchecked: `queue` serialises its own access and `last` is guarded by `lock`.
    private let queue: DatabaseQueue
    private let lock = NSLock()
    private var last: Int?

    public init(path: String) throws(StoreError) {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        do {
            queue = try DatabaseQueue(path: (path as NSString).expandingTildeInPath, configuration: config)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        last = try? version()
    }

    /// True when the data changed since the previous poll (or since init).
    public func poll() -> Bool {
        guard let current = try? version() else { return false }
        return lock.withLock {
            defer { last = current }
            return last != nil && last != current
        }
    }

    private func version() throws -> Int {
        try queue.inDatabase { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }
}
