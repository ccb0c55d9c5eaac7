import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// Issue 13, items 7, 8 and 11: read-only work never writes, refused files
/// are never touched, damage is named, and the cross-process race holds.
@Suite struct HardeningStoreTests {
    let dir = TempDir()

    /// A closed Dugnad database (no -wal, no -shm beside it) with a venue and a booking.
    func closedDatabase(_ name: String = "d.sqlite") throws -> String {
        let db = try AppDatabase.open(path: dir.path(name), user: "anna")
        let venue = try db.insertOpenVenue()
        _ = try db.book(BookingTests.booking(venue, "2026-12-01", 18, 20))
        try db.close()
        for suffix in ["-wal", "-shm"] { unlink(db.path + suffix) }
        return db.path
    }

    func sideFiles(_ path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    @Test func readOnlyWorkLeavesAReadOnlyFileAndFolderByteForByte() throws {
        let path = try closedDatabase()
        chmod(path, 0o444)
        chmod(dir.url.path, 0o555)
        defer { chmod(dir.url.path, 0o755); chmod(path, 0o644) }
        let before = try fingerprint(path)
        let db = try AppDatabase.openReadOnly(path: path, user: "anna")
        #expect(try db.check() == [])
        #expect(try db.quickCheck() == [])
        #expect(try db.staffMembers().map(\.username) == ["anna"])
        #expect(try db.bookingsForExport(from: CivilDate(year: 2026, month: 12, day: 1)!,
                                         through: CivilDate(year: 2026, month: 12, day: 31)!, siteID: nil).count == 1)
        #expect(expectStoreError(.readOnly(path: path)) { try db.saveOrganisation(Organisation(name: "Nei")) })
        try db.close()
        let after = try fingerprint(path)
        #expect(after.0 == before.0 && after.1 == before.1)
        #expect(sideFiles(path) == [])
    }

    @Test func readOnlyWorkReadsWhileAWriterHasTheFileOpenAndHoldsTheWriteLock() throws {
        let path = try closedDatabase()
        let writer = try AppDatabase.open(path: path, user: "anna")
        _ = try writer.saveOrganisation(Organisation(name: "Skrives nå"))
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { blocker in
            try blocker.execute(sql: "BEGIN IMMEDIATE")
            defer { try? blocker.execute(sql: "ROLLBACK") }
            let start = ContinuousClock.now
            let reader = try AppDatabase.openReadOnly(path: path, user: "anna")
            #expect(try reader.organisationCount(matching: "skrives") == 1)
            #expect(try reader.check() == [])
            // A reader never waits for the write lock (the busy timeout is 5 s).
            #expect(ContinuousClock.now - start < .seconds(4))
        }
    }

    @Test func aFileFromANewerDugnadIsRefusedAndLeftWithoutSideFiles() throws {
        let path = try closedDatabase()
        let raw = try DatabaseQueue(path: path)
        try raw.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        try raw.writeWithoutTransaction { _ = try $0.checkpoint(.truncate) }
        try raw.close()
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        let before = try fingerprint(path)
        for open in [{ _ = try AppDatabase.open(path: path, user: "anna") }, { _ = try AppDatabase.openReadOnly(path: path, user: "anna") }] {
            #expect(expectStoreError(.unknownChanges(path: path, migrations: ["v9-from-the-future"],
                                                     supported: AppMigrations.schemaVersion), open))
        }
        let after = try fingerprint(path)
        #expect(after.0 == before.0 && after.1 == before.1)
        #expect(sideFiles(path) == [])
        #expect(!StoreError.unknownChanges(path: path, migrations: ["v9-from-the-future"], supported: 5).description
            .contains("schema 5, this version supports 5"))
    }

    @Test func aMissingFileIsNotCreatedByReadOnlyWork() {
        let path = dir.path("nothing.sqlite")
        #expect(expectStoreError(.missingDatabase(path: path)) { _ = try AppDatabase.openReadOnly(path: path, user: "anna") })
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func damageIsCalledDamagedAndQuickCheckNamesIt() throws {
        let path = try closedDatabase()
        // Fill some pages with rows, then overwrite a page of a table in the middle of the file.
        let db = try AppDatabase.open(path: path, user: "anna")
        try db.writeWithoutAudit { d in
            for i in 0..<3000 { try d.execute(sql: "INSERT INTO organisation (name, category) VALUES (?, ?)",
                                                      arguments: ["Lag \(i) " + String(repeating: "x", count: 80),
                                                                  OrganisationCategory.allCases[0].rawValue]) }
        }
        try db.close()
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        let handle = FileHandle(forUpdatingAtPath: path)!
        let pages = Int(try handle.seekToEnd()) / 4096
        try handle.seek(toOffset: UInt64(pages - 3) * 4096)
        handle.write(Data(repeating: 0xA5, count: 4096))
        try handle.close()
        let damaged = try AppDatabase.openReadOnly(path: path, user: "anna")
        #expect(try !damaged.quickCheck().isEmpty)
        do {
            let problems = try damaged.check()
            #expect(problems.contains { $0.hasPrefix("integrity:") })
        } catch let error {
            guard case .damaged = error else { Issue.record("expected damaged, got \(error)"); return }
        }
        #expect(!AppDatabase.integrityReport(path: path).isEmpty)
        #expect(StoreError.wrap(DatabaseError(resultCode: .SQLITE_CORRUPT), path: path)
                == .damaged(path: path, detail: "database disk image is malformed"))
    }

    @Test func checkNamesABadMetaTable() throws {
        let path = try closedDatabase()
        for bad in ["abc", "-1"] {
            let raw = try DatabaseQueue(path: path)
            try raw.write { try $0.execute(sql: "UPDATE meta SET value = ? WHERE key = 'schema_version'", arguments: [bad]) }
            try raw.close()
            let problems = try AppDatabase.openReadOnly(path: path, user: "anna").check()
            #expect(problems.contains { $0.hasPrefix("meta: schema_version is \"\(bad)\"") }, "\(bad): \(problems)")
        }
    }

    @Test func aBackupIsVerifiedAndOpensReadOnly() throws {
        let path = try closedDatabase()
        let db = try AppDatabase.openReadOnly(path: path, user: "anna")
        let copy = dir.path("copy.sqlite")
        try db.backup(to: copy)
        #expect(try AppDatabase.openReadOnly(path: copy, user: "anna").check() == [])
        #expect(expectStoreError(.cannotCreate(path: copy, reason: "the file already exists")) { try db.backup(to: copy) })
        try "not a database".write(toFile: dir.path("junk"), atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try AppDatabase.verifyCopy(at: dir.path("junk")) }
    }

    @Test func refusedUserNamesAreNamed() throws {
        let db = try AppDatabase.open(path: dir.path("s.sqlite"), user: "anna")
        #expect(expectStoreError(.invalidUsername(.empty)) { try db.addStaff(username: "  ", displayName: "", role: .admin) })
        #expect(expectStoreError(.invalidUsername(.controlCharacters)) {
            try db.addStaff(username: "evil\u{1B}]0;X\u{07}", displayName: "", role: .admin)
        })
        #expect(expectStoreError(.invalidUsername(.controlCharacters)) {
            try db.addStaff(username: "kari", displayName: "Kari\u{9B}31m", role: .admin)
        })
        #expect(try db.staffMembers().map(\.username) == ["anna"])
    }

    /// The probe's race (item 11): 2 and 4 separate pools — separate SQLite
    /// connections, locked like separate processes — save the same slot at
    /// once, 12 races each (24 in all): exactly one wins each race, every
    /// loser gets a clear refusal, and no two bookings overlap.
    @Test(arguments: [2, 4])
    func simultaneousSavesOfOneSlotFromSeparatePools(_ pools: Int) throws {
        let path = dir.path("race-\(pools).sqlite")
        let first = try AppDatabase.open(path: path, user: "anna")
        let venue = try first.insertOpenVenue()
        let databases = [first] + (1..<pools).map { _ in try! AppDatabase.open(path: path, user: "anna") }
        for race in 0..<12 {
            let day = CivilDate(year: 2027, month: 1, day: 4)!.adding(days: race).iso
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: pools) { i in
                do throws(StoreError) {
                    _ = try databases[i].book(BookingTests.booking(venue, day, 18, 20))
                    outcomes.add("booked")
                } catch .bookingOverlap {
                    outcomes.add("refused")
                } catch .locked {
                    outcomes.add("refused")
                } catch .bookingRefused(let conflicts) where conflicts.allSatisfy({ if case .overlaps = $0 { true } else { false } }) {
                    outcomes.add("refused")
                } catch {
                    outcomes.add("other: \(error)")
                }
            }
            let expected: [String] = ["booked"] + Array(repeating: "refused", count: pools - 1)
            #expect(outcomes.sorted == expected, "race \(race)")
        }
        #expect(try first.check() == [])
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String] = []
        func add(_ value: String) { lock.lock(); values.append(value); lock.unlock() }
        var sorted: [String] { lock.lock(); defer { lock.unlock() }; return values.sorted() }
    }

    @Test func demoServiceNamesNeverRunOut() {
        var rng = DemoRandom(seed: 1, stream: 2)
        let services = DemoStaffAndServices.services(count: 2_500, firstID: 1, rng: &rng)   // scale 100
        #expect(services.count == 2_500)
        #expect(Set(services.map(\.service.name)).count == 2_500)
    }
}
