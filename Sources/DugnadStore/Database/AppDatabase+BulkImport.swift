import GRDB

/// The writer connection's settings for the length of one large import (a
/// 50 MB calendar is one transaction of ~150,000 rows; see docs/DECISIONS.md,
/// 2026-12-02). Set before the transaction begins — SQLite decides where a
/// transaction's statement journal lives when it begins — and put back after,
/// so every other change runs as before.
///
/// - `temp_store = MEMORY`: each INSERT with CHECKs and triggers keeps a
///   statement journal (the pages it changed, to undo the statement alone on
///   a constraint error). On disk, once one statement of the transaction
///   outgrew 64 KiB the journal stayed a file for the whole transaction, and
///   every later row wrote its pages there: two million `pwrite`s, a third of
///   the import. In memory it is emptied after each statement. All or nothing
///   is the WAL's, not this journal's: a kill -9 still leaves no row.
/// - a larger page cache: the indexes the rows go into (UID, start, the day
///   counts, the audit log's) stay in memory instead of being spilled to the
///   WAL and read back over and over.
extension AppDatabase {
    /// Page cache for the import's transaction, in KiB (the connection's usual cache is 8,000): the ~23 MB of
    /// indexes a 50 MB calendar fills. It costs its size in resident memory (88 MB in all, budget 100 MB).
    static let bulkImportCacheKiB = 24_000

    func bulkImport<T>(_ body: () throws -> T) throws -> T {
        guard !isReadOnly, let pool = pool as? DatabasePool else { return try body() }
        let before: (temp: Int, cache: Int) = try pool.writeWithoutTransaction { db in
            let before = (try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0, try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000)
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA cache_size = -\(Self.bulkImportCacheKiB)")
            return before
        }
        defer {
            try? pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA temp_store = \(before.temp)")
                try db.execute(sql: "PRAGMA cache_size = \(before.cache)")
            }
        }
        return try body()
    }
}
