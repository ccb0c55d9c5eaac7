import GRDB
import Synchronization

/// Statements whose text follows what the user typed (the grant filter's shapes: which terms, which statuses)
/// are prepared once per connection and then reused, for a bounded number of distinct texts.
///
/// Why: preparing the inbox's window query was three quarters of an inbox read at scale 10 (GRDB's
/// authorizer works out the statement's region column by column, and `a.*` has many), while the text
/// typed is a bound argument, so every key of a name typed on the `/` line prepared the same text again.
/// GRDB's own statement cache never forgets, so only the first `limit` distinct texts of a process go
/// into it; later ones are prepared each time, as before.
enum ShapedStatements {
    static let limit = 64
    private static let admitted = Mutex<Set<String>>([])

    static func statement(_ db: Database, _ sql: String) throws -> Statement {
        let reuse = admitted.withLock { texts -> Bool in
            if texts.contains(sql) { return true }
            guard texts.count < limit else { return false }
            texts.insert(sql)
            return true
        }
        return reuse ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
    }
}
