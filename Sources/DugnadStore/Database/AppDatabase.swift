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
    /// A `DatabasePool` for work that writes; a read-only `DatabaseQueue` for `openReadOnly`.
    let pool: any DatabaseWriter
    /// Opened with `openReadOnly`: nothing can be written through it.
    public let isReadOnly: Bool
    /// Read-only and opened `immutable=1` (no `-wal` existed): see `read`.
    private let immutable: Bool
    /// Fires when a connection starts waiting for another process's lock (see `BusyWaitSignal`).
    public let busyWait: BusyWaitSignal
    /// Tells the caches below whether anything was committed since they read.
    let versions = DataVersionReader()
    /// The volunteers as matching reads them, kept until the database changes (writable opens only).
    let matchCache: MatchSituationCache
    /// The grant overview's figures per year, kept until the database changes (writable opens only).
    let overviewCache = GrantOverviewCache()

    private init(path: String, user: String, pool: any DatabaseWriter, isReadOnly: Bool = false, immutable: Bool = false,
                 busyWait: BusyWaitSignal = BusyWaitSignal()) {
        self.path = path; self.user = user; self.pool = pool; self.isReadOnly = isReadOnly; self.immutable = immutable
        self.busyWait = busyWait
        self.matchCache = MatchSituationCache(versions: versions)
    }

    /// Opens an existing Dugnad database for reading only (`check`, exports,
    /// lists): the file, its folder and any `-wal`/`-shm` beside it are left
    /// byte for byte as they were, so it works on a read-only file or folder
    /// and never waits for the write lock. Nothing is created or migrated:
    /// a missing file, or one an older Dugnad wrote, is refused with a message.
    public static func openReadOnly(path: String, user: String) throws(StoreError) -> AppDatabase {
        let path = (path as NSString).expandingTildeInPath
        switch try DatabaseFile.inspect(path: path, supportedVersion: AppMigrations.schemaVersion) {
        case .new, .emptySQLite:
            throw .missingDatabase(path: path)
        case .dugnad(let version, let current):
            guard current else {
                throw .needsUpgrade(path: path, found: version, supported: AppMigrations.schemaVersion)
            }
        }
        do {
            let opened = try ReadOnlyFile.open(path: path) { config in
                config.prepareDatabase { db in db.add(function: TextFold.containsFunction) }
            }
            return AppDatabase(path: path, user: user, pool: opened.queue, isReadOnly: true, immutable: opened.immutable)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Checkpoints the WAL completely into the file (the `-wal` is left
    /// empty) and closes the connections. GRDB closes the writer before the
    /// readers, so the side files stay; a caller that owns the file alone
    /// (the demo's temporary file) may then remove them.
    public func close() throws(StoreError) {
        do {
            if let pool = pool as? DatabasePool {
                try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
                try pool.close()
            } else if let queue = pool as? DatabaseQueue {
                try queue.close()
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// Opens (creating when missing) the database at `path` for the login `user`.
    /// Files that are not SQLite, or SQLite files of another program, are
    /// refused and left untouched.
    public static func open(path: String, user: String) throws(StoreError) -> AppDatabase {
        let path = (path as NSString).expandingTildeInPath
        let state = try DatabaseFile.inspect(path: path, supportedVersion: AppMigrations.schemaVersion)
        if state == .new { try createParentDirectory(of: path) }

        var config = Configuration()
        // Wait up to 5 s for another process's lock, as `.timeout(5)` would, but say so after 200 ms.
        let busyWait = BusyWaitSignal()
        config.busyMode = BusyWaitSignal.busyMode(seconds: 5, signal: busyWait)
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
        let database = AppDatabase(path: path, user: user, pool: pool, busyWait: busyWait)
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
            // Unknown migrations were refused by `DatabaseFile.inspect` before the
            // pool opened; this catches a newer Dugnad that wrote in between.
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                let known = Set(migrator.migrations)
                let unknown = try pool.read { try migrator.appliedIdentifiers($0) }.filter { !known.contains($0) }
                throw StoreError.unknownChanges(path: path, migrations: unknown.sorted(), supported: AppMigrations.schemaVersion)
            }
            try migrator.migrate(pool)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    // MARK: - Transactions (internal)

    /// A read in one snapshot.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            let value = try pool.read(body)
            guard immutable, ReadOnlyFile.writerAppeared(path) else { return value }
            // Opened immutable (no locks) and a writer started meanwhile: the
            // read may mix old and new pages, so read again through SQLite's locks.
            let shared = try DatabaseQueue(path: path, configuration: {
                var config = Configuration(); config.readonly = true; config.busyMode = .timeout(5)
                config.prepareDatabase { db in db.add(function: TextFold.containsFunction) }
                return config
            }())
            defer { try? shared.close() }
            return try shared.read(body)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// A write transaction without permission check or audit: for the
    /// bootstrap and for `writeWithoutAudit`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if isReadOnly { throw .readOnly(path: path) }
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

    /// An SQLite online backup to a new file, then read back: the copy is
    /// opened and checked (`quick_check`, the `meta` table) before this
    /// returns, and removed when it fails. Refuses to overwrite an existing file.
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
            Self.removeWithSideFiles(destination)
            throw StoreError.wrap(error, path: destination)
        }
        do {
            try Self.verifyCopy(at: destination)
        } catch {
            Self.removeWithSideFiles(destination)
            throw error
        }
    }

    /// Opens a copy read-only and checks that it is a sound Dugnad database of this schema.
    static func verifyCopy(at path: String) throws(StoreError) {
        let problems: [String]
        do {
            let opened = try ReadOnlyFile.open(path: path)
            defer { try? opened.queue.close() }
            problems = try opened.queue.read { db in
                var found = try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" }
                if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'app'") != "dugnad" {
                    found.append("meta.app is not dugnad")
                }
                return found
            }
        } catch {
            throw .backupUnreadable(path: path, detail: StoreError.wrap(error, path: path).description)
        }
        if !problems.isEmpty { throw .backupUnreadable(path: path, detail: problems.prefix(3).joined(separator: "; ")) }
    }

    static func removeWithSideFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
