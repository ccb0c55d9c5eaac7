import Foundation
import GRDB

/// `PRAGMA data_version` on a read-only connection of its own: its value changes whenever any other
/// connection commits — this process's writer, another terminal, the command line — so a cache keyed
/// by it is never used after a change. Read it before the data a cache keeps: the data is then at least
/// as new as the version it is stored under (a commit in between only costs one more read).
/// Shared by the caches of one `AppDatabase` (matching's volunteers, the grant overview).
final class DataVersionReader: @unchecked Sendable {
    // @unchecked: `queue` is guarded by `lock`.
    private let lock = NSLock()
    private var queue: DatabaseQueue?

    /// The current version; nil when it cannot be told (callers then read without a cache).
    func current(path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if queue == nil {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(5)
            queue = try? DatabaseQueue(path: path, configuration: config)
        }
        return try? queue?.inDatabase { try Int.fetchOne($0, sql: "PRAGMA data_version") }
    }
}
