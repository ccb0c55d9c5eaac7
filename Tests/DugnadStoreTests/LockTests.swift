import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

@Suite struct LockTests {
    /// Another process holding the write lock beyond the 5 s busy timeout
    /// gives `locked`, and the change is not half-done.
    @Test func writeLockHeldElsewhereGivesLocked() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let other = try DatabaseQueue(path: db.path)
        try other.writeWithoutTransaction { blocker in
            try blocker.execute(sql: "BEGIN IMMEDIATE")
            #expect(expectStoreError(.locked(path: db.path)) { try db.saveOrganisation(Organisation(name: "Venter")) })
            try blocker.execute(sql: "ROLLBACK")
        }
        #expect(try db.organisationCount(matching: "venter") == 0)
    }

    /// While a write waits for the lock, the busy handler tells the listener (once), before giving up.
    @Test func aWaitingWriteSaysSoBeforeGivingUp() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let told = Counter()
        db.busyWait.listen { told.add() }
        let other = try DatabaseQueue(path: db.path)
        try other.writeWithoutTransaction { blocker in
            try blocker.execute(sql: "BEGIN IMMEDIATE")
            #expect(expectStoreError(.locked(path: db.path)) { try db.saveOrganisation(Organisation(name: "Venter")) })
            try blocker.execute(sql: "ROLLBACK")
        }
        #expect(told.value == 1)
        // Without another writer nothing waits and nothing is said.
        _ = try db.saveOrganisation(Organisation(name: "Uten venting"))
        #expect(told.value == 1)
    }

    /// Linux names the process holding the write lock: a real `sqlite3` in the middle of a transaction.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func theProcessHoldingTheWriteLockIsNamed() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        #expect(LockHolders.writers(of: db.path).isEmpty)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db.path]
        let input = Pipe()
        sqlite.standardInput = input
        sqlite.standardOutput = FileHandle.nullDevice
        try sqlite.run()
        // End of input ends sqlite3 (its open transaction rolls back).
        defer { try? input.fileHandleForWriting.close(); sqlite.waitUntilExit() }
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nINSERT INTO meta(key, value) VALUES ('probe', 'x');\n".utf8))
        // sqlite3 buffers its output into a pipe, so wait for the lock itself to appear (bounded), not for time.
        let deadline = ContinuousClock.now + .seconds(20)
        while LockHolders.writers(of: db.path).isEmpty && ContinuousClock.now < deadline { usleep(5_000) }
        let holders = LockHolders.writers(of: db.path)
        #expect(holders.map(\.pid) == [sqlite.processIdentifier])
        #expect(holders.first?.command == "sqlite3")
        #expect(LockHolders.describeWriter(of: db.path) == "sqlite3 (pid \(sqlite.processIdentifier))")
    }

    /// `/proc/locks` lines as Linux writes them; a waiting request (`->`) holds nothing, a read lock is no writer.
    @Test func procLocksLinesAreRead() throws {
        let line = LockHolders.RecordLock("1: POSIX  ADVISORY  WRITE 4242 fd:01:1841232 120 120")
        #expect(line?.pid == 4242 && line?.isWrite == true && line?.covers(120) == true && line?.covers(121) == false)
        #expect(line?.file == LockHolders.FileID(major: 0xfd, minor: 1, inode: 1841232))
        #expect(LockHolders.RecordLock("2: -> POSIX  ADVISORY  WRITE 77 fd:01:1841232 120 120") == nil)
        #expect(LockHolders.RecordLock("3: POSIX  ADVISORY  READ 78 fd:01:1841232 123 123")?.isWrite == false)
        #expect(LockHolders.RecordLock("4: FLOCK  ADVISORY  WRITE 79 fd:01:99 0 EOF")?.covers(1 << 40) == true)
        #expect(LockHolders.RecordLock("garbage") == nil)
    }
}

/// A count bumped from the busy handler's thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.withLock { n += 1 } }
    var value: Int { lock.withLock { n } }
}
