import DugnadCore
import GRDB

// Staff administration (`dugnad staff …`). Only admins change staff; the
// one exception is the bootstrap that makes the first user admin.
extension AppDatabase {
    public func staffMembers() throws(StoreError) -> [Staff] {
        try staffMembers(matching: "", offset: 0, limit: Int(Int32.max))
    }

    /// Staff by user name; `matching` filters on user and display name.
    public func staffMembers(matching: String, offset: Int, limit: Int) throws(StoreError) -> [Staff] {
        let f = Self.contains(matching, ["username", "display_name"])
        return try read { try $0.decodeAll("SELECT * FROM staff \(f.sql) ORDER BY username LIMIT ? OFFSET ?",
                                           f.arguments + [max(0, limit), max(0, offset)],
                                           Staff.init(row:)) }
    }

    public func staffCount(matching: String = "") throws(StoreError) -> Int {
        let f = Self.contains(matching, ["username", "display_name"])
        return try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM staff \(f.sql)", arguments: f.arguments) ?? 0 }
    }

    /// Adds a staff member, or updates name and role of an existing (also
    /// removed) one — so the same command both grants and changes roles.
    public func addStaff(username: String, displayName: String, role: StaffRole) throws(StoreError) {
        let username = username.trimmingWhitespace()
        if let problem = StaffNameProblem.check(username: username) ?? StaffNameProblem.check(displayName: displayName) {
            throw .invalidUsername(problem)
        }
        let displayName = displayName.trimmingWhitespace().isEmpty ? username : displayName.trimmingWhitespace()
        let user = self.user
        try change(.manageStaff) { db, _ in
            if let old = try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE username = ?", arguments: [username])
                .map(Staff.init(row:)) {
                if old.role == .admin, role != .admin, try Self.activeAdminCount(db) <= 1, old.active {
                    throw StoreError.lastAdmin
                }
                try db.execute(sql: "UPDATE staff SET display_name = ?, role = ?, active = 1 WHERE id = ?",
                               arguments: [displayName, role.rawValue, old.id])
                let details = Audit.changes(
                    from: [("display_name", old.displayName), ("role", old.role.rawValue), ("active", String(old.active))],
                    to: [("display_name", displayName), ("role", role.rawValue), ("active", "true")])
                if !details.isEmpty {
                    try Audit.record(db, staff: user, action: "update", entity: "staff", entityID: old.id, details: details)
                }
            } else {
                try db.execute(sql: "INSERT INTO staff (username, display_name, role) VALUES (?, ?, ?)",
                               arguments: [username, displayName, role.rawValue])
                try Audit.record(db, staff: user, action: "create", entity: "staff", entityID: db.lastInsertedRowID,
                                 details: "username: \(username); display_name: \(displayName); role: \(role.rawValue)")
            }
        }
    }

    /// Removes a staff member's rights (the row stays: the audit log names
    /// them). Refuses to remove the last active admin.
    public func removeStaff(username: String) throws(StoreError) {
        let user = self.user
        try change(.manageStaff) { db, _ in
            guard let old = try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE username = ? AND active = 1",
                                             arguments: [username]).map(Staff.init(row:)) else {
                throw StoreError.notFound
            }
            if old.role == .admin, try Self.activeAdminCount(db) <= 1 { throw StoreError.lastAdmin }
            try db.execute(sql: "UPDATE staff SET active = 0 WHERE id = ?", arguments: [old.id])
            try Audit.record(db, staff: user, action: "remove", entity: "staff", entityID: old.id,
                             details: "username: \(username); role: \(old.role.rawValue); active: true → false")
        }
    }

    private static func activeAdminCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1") ?? 0
    }
}
