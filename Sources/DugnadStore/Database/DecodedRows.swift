import GRDB

extension Database {
    /// Every row of the query, decoded while the statement steps.
    ///
    /// Why not `Row.fetchAll(…).map(decode)`: a row copied by `fetchAll`
    /// finds a column by lowercasing every column name on every lookup
    /// (GRDB's `StatementCopyRowImpl`), which for our 20–30-column tables
    /// cost about 30 µs a row — most of a window's read. A statement row
    /// looks the name up in the statement's own index instead.
    func decodeAll<T>(_ sql: String, _ arguments: StatementArguments = StatementArguments(),
                      _ decode: (Row) throws -> T) throws -> [T] {
        try makeStatement(sql: sql).decodeAll(arguments, decode)
    }
}

extension Statement {
    /// The rows of this (e.g. cached) statement, decoded while it steps (see `Database.decodeAll`).
    func decodeAll<T>(_ arguments: StatementArguments, _ decode: (Row) throws -> T) throws -> [T] {
        let cursor = try Row.fetchCursor(self, arguments: arguments)
        var result: [T] = []
        while let row = try cursor.next() { result.append(try decode(row)) }
        return result
    }
}
