import Foundation
import GRDB

/// Looks at a database file before Dugnad commits to opening it.
///
/// Opening a `DatabasePool` switches the file to WAL mode, which writes to
/// it. A file that is not ours must stay byte-for-byte untouched, so the
/// header is read with plain file I/O and the schema through a read-only
/// connection, and only then does `AppDatabase` open the pool.
enum DatabaseFile {
    enum State: Equatable {
        /// No file yet, or an empty one (SQLite treats both as a new database).
        case new
        /// An SQLite file without tables: safe to adopt.
        case emptySQLite
        /// One of ours, at a schema version this build understands; `current`
        /// when every migration of this build has been applied.
        case dugnad(schemaVersion: Int, current: Bool)
    }

    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    static func inspect(path: String, supportedVersion: Int) throws(StoreError) -> State {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            var info = stat()
            // A dangling symbolic link or an unreadable folder is not "no file".
            if lstat(path, &info) == 0 { throw .cannotCreate(path: path, reason: "the link or file cannot be followed") }
            return .new
        }
        if isDirectory.boolValue { throw .notADatabase(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotCreate(path: path, reason: "the file cannot be read")
        }
        let header = [UInt8]((try? handle.read(upToCount: 16)) ?? Data())
        try? handle.close()
        if header.isEmpty { return .new }
        guard header == sqliteHeader else { throw .notADatabase(path: path) }
        return try inspectSchema(path: path, supportedVersion: supportedVersion)
    }

    private static func inspectSchema(path: String, supportedVersion: Int) throws(StoreError) -> State {
        do {
            // Read-only and without side files: a refused file is left exactly as it was.
            let opened = try ReadOnlyFile.open(path: path)
            defer { try? opened.queue.close() }
            return try opened.queue.read { db throws(StoreError) -> State in
                do {
                    let tables = try String.fetchAll(db, sql: """
                        SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                        """)
                    if tables.isEmpty { return .emptySQLite }
                    guard tables.contains("meta"),
                          try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'app'") == "dugnad"
                    else { throw StoreError.notDugnad(path: path) }
                    let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
                        .flatMap { Int($0) } ?? 0
                    if version > supportedVersion {
                        throw StoreError.newerSchema(found: version, supported: supportedVersion)
                    }
                    // A migration we do not know means a newer Dugnad wrote the file, even if
                    // it forgot to bump meta.schema_version: refuse before anything writes.
                    let migrator = AppMigrations.migrator
                    if try migrator.hasBeenSuperseded(db) {
                        let known = Set(migrator.migrations)
                        let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
                        throw StoreError.unknownChanges(path: path, migrations: unknown, supported: supportedVersion)
                    }
                    return .dugnad(schemaVersion: version, current: try migrator.hasCompletedMigrations(db))
                } catch {
                    throw StoreError.wrap(error, path: path)
                }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }
}
