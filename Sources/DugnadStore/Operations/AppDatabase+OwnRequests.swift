import DugnadCore
import GRDB

/// A frivillighetskontakt's requests: those of the services they follow up (`servicesFollowedUp`).
extension AppDatabase {
    /// Requests of `serviceIDs`, newest first, filtered as the requests list is.
    public func volunteerRequests(matching: String = "", serviceIDs: [RowID], offset: Int,
                                  limit: Int) throws(StoreError) -> [VolunteerRequest] {
        let f = Self.contains(matching, ["title", "requester", "skills"], and: Self.ownServices(serviceIDs))
        return try read { db in
            try db.decodeAll("""
                SELECT * FROM volunteer_request \(f.sql) ORDER BY created_on DESC, id DESC LIMIT ? OFFSET ?
                """, f.arguments + [max(0, limit), max(0, offset)], VolunteerRequest.init(row:))
        }
    }

    public func volunteerRequestCount(matching: String = "", serviceIDs: [RowID]) throws(StoreError) -> Int {
        let f = Self.contains(matching, ["title", "requester", "skills"], and: Self.ownServices(serviceIDs))
        return try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM volunteer_request \(f.sql)", arguments: f.arguments) ?? 0 }
    }

    /// Ids are row ids (integers), written into the SQL as such.
    static func ownServices(_ ids: [RowID]) -> String {
        "service_id IN (" + (ids.isEmpty ? "NULL" : ids.map { String($0) }.joined(separator: ",")) + ")"
    }
}
