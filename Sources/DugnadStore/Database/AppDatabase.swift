import DugnadCore
import Foundation
import GRDB

/// The one door to a Dugnad database file.
///
/// Owns a `DatabasePool` (WAL: readers never wait for the writer, so a
/// coordinator's long list never blocks the front desk's booking). Every
/// operation is one transaction; every change checks the login user's role
/// and writes the audit log inside that same transaction, so a change and
/// its audit line are committed together or not at all.
public final class AppDatabase: Sendable {
    public let path: String
    public let user: String
    let pool: DatabasePool

    private init(path: String, user: String, pool: DatabasePool) {
        self.path = path; self.user = user; self.pool = pool
    }

    /// Opens (creating when missing) the database at `path` for the login `user`.
    /// Files that are not SQLite, or SQLite files of another program, are
    /// refused and left untouched.
    public static func open(path: String, user: String) throws(StoreError) -> AppDatabase {
        let path = (path as NSString).expandingTildeInPath
        let state = try DatabaseFile.inspect(path: path, supportedVersion: AppMigrations.schemaVersion)
        if state == .new { try createParentDirectory(of: path) }

        var config = Configuration()
        config.busyMode = .timeout(5)
        // The UI reads from one thread, so two readers are plenty; each gets an
        // 8 MB page cache (SQLite's default is 2 MB) so paging a day or a week
        // finds its index pages in memory rather than in the OS cache.
        config.maximumReaderCount = 2
        config.prepareDatabase { db in
            db.add(function: TextFold.containsFunction)
            try db.execute(sql: "PRAGMA cache_size = -8000")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        let database = AppDatabase(path: path, user: user, pool: pool)
        try database.migrate()
        try database.bootstrap()
        return database
    }

    private static func createParentDirectory(of path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: path, reason: error.localizedDescription)
        }
    }

    private func migrate() throws(StoreError) {
        let migrator = AppMigrations.migrator
        do {
            // A migration we do not know means a newer Dugnad wrote the file,
            // even if it forgot to bump meta.schema_version.
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                let found = try pool.read {
                    try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'")
                }.flatMap { Int($0) } ?? AppMigrations.schemaVersion + 1
                throw StoreError.newerSchema(found: found, supported: AppMigrations.schemaVersion)
            }
            try migrator.migrate(pool)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    // MARK: - Transactions (internal)

    /// A read in one snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// A write transaction without permission check or audit: for the
    /// bootstrap and for `writeWithoutAudit`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// A change by the login user: checks `permission` against the user's
    /// role inside the transaction (so a role revoked a second ago counts),
    /// then runs `body`, which must write its own audit lines.
    func change<T>(_ permission: Permission, _ body: (Database, Staff) throws -> T) throws(StoreError) -> T {
        let user = self.user
        return try write { db in
            guard let staff = try Self.staff(db, username: user) else { throw StoreError.notStaff(user: user) }
            guard Permissions.allows(staff.role, permission) else {
                throw StoreError.forbidden(user: user, role: staff.role)
            }
            return try body(db, staff)
        }
    }

    /// Bulk writes that bypass permissions and the audit log: for the demo
    /// data generator and tests only, never for changes made by staff.
    public func writeWithoutAudit<T>(_ body: (Database) throws -> T) throws -> T {
        try write(body)
    }

    // MARK: - Staff identity

    /// The login user's staff record; nil means the user may look but not change.
    public func currentStaff() throws(StoreError) -> Staff? {
        let user = self.user
        return try read { try Self.staff($0, username: user) }
    }

    static func staff(_ db: Database, username: String) throws -> Staff? {
        try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE username = ? AND active = 1", arguments: [username])
            .map(Staff.init(row:))
    }

    // MARK: - Backup

    /// An SQLite online backup to a new file; refuses to overwrite an existing one.
    public func backup(to destination: String) throws(StoreError) {
        let destination = (destination as NSString).expandingTildeInPath
        if FileManager.default.fileExists(atPath: destination) {
            throw .cannotCreate(path: destination, reason: "the file already exists")
        }
        try Self.createParentDirectory(of: destination)
        do {
            let target = try DatabaseQueue(path: destination)
            try pool.backup(to: target)
            try target.close()
        } catch {
            throw StoreError.wrap(error, path: destination)
        }
    }
}
