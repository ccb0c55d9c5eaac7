import DugnadCore
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
}
