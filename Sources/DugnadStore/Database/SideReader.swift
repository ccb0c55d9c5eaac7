import GRDB

/// A read-only connection of its own to the database file, for reads made off the UI's loop (the grant
/// inbox's counts). Through the pool they would take the reader the loop was using, and the loop's next read
/// would run on the other reader, whose page cache is cold for it — a few milliseconds the user feels.
/// Opened on first use; used from one serial queue at a time. A database opened read-only reads through
/// its own connection instead (its file may be opened `immutable`, see `AppDatabase.read`).
public final class SideReader: @unchecked Sendable {
    private let database: AppDatabase
    private var queue: DatabaseQueue?

    public init(_ database: AppDatabase) { self.database = database }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if database.isReadOnly { return try database.read(body) }
        do {
            if queue == nil {
                var config = Configuration()
                config.readonly = true
                config.busyMode = .timeout(5)
                config.prepareDatabase { db in
                    db.add(function: TextFold.containsFunction)
                    try db.execute(sql: "PRAGMA cache_size = -8000")
                }
                queue = try DatabaseQueue(path: database.path, configuration: config)
            }
            return try queue!.read(body)
        } catch {
            throw StoreError.wrap(error, path: database.path)
        }
    }
}
