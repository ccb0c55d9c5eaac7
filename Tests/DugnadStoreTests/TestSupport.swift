import Foundation
@testable import DugnadStore

/// A fresh directory per test: real SQLite files, removed afterwards.
final class TempDir {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dugnad-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Bytes and modification time: what "left untouched" means.
func fingerprint(_ path: String) throws -> (Data, Date) {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (data, attributes[.modificationDate] as! Date)
}

func expectStoreError(_ expected: StoreError, _ body: () throws -> Void) -> Bool {
    do { try body(); return false } catch let error as StoreError { return error == expected } catch { return false }
}

extension AppDatabase {
    /// A minimal venue for booking tests.
    func insertTestVenue(name: String = "Fjell møterom 1") throws -> Int64 {
        try writeWithoutAudit { db in
            try db.execute(sql: """
                INSERT INTO venue (name, kind, kommunedel_id, capacity, price_policy, access_method)
                VALUES (?, 'moterom', 6, 20, 'free_for_voluntary', 'staffed')
                """, arguments: [name])
            return db.lastInsertedRowID
        }
    }

    func insertTestBooking(venue: Int64, start: String, end: String, status: String = "confirmed") throws {
        try writeWithoutAudit { db in
            try db.execute(sql: """
                INSERT INTO booking (venue_id, start, "end", status, booker_name, created_by)
                VALUES (?, ?, ?, ?, 'Kari', 'test')
                """, arguments: [venue, start, end, status])
        }
    }
}
