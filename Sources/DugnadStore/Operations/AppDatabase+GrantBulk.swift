import DugnadCore
import GRDB

extension AppDatabase {
    /// Labels applications with a tag (folded; `tag:x` finds them).
    public func tagApplications(_ ids: [RowID], tag: String) throws(StoreError) {
        let user = self.user
        let tag = GrantTags.normalise(tag)
        try change(.handleGrants) { db, _ in
            guard !tag.isEmpty, tag.count <= 40 else { throw StoreError.grantRefused([.noteRequired]) }
            for id in ids {
                let (a, _) = try Self.grantApplication(db, id: id)
                try db.execute(sql: "INSERT OR IGNORE INTO grant_tag (application_id, tag) VALUES (?, ?)", arguments: [id, tag])
                guard db.changesCount > 0 else { continue }
                try Audit.record(db, staff: user, action: "tag", entity: "grant_application", entityID: id, details: "tag: +\(tag)")
                try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "tag", note: "Merket «\(tag)».")
            }
        }
    }

    public func untagApplications(_ ids: [RowID], tag: String) throws(StoreError) {
        let user = self.user
        let tag = GrantTags.normalise(tag)
        try change(.handleGrants) { db, _ in
            for id in ids {
                let (a, _) = try Self.grantApplication(db, id: id)
                try db.execute(sql: "DELETE FROM grant_tag WHERE application_id = ? AND tag = ?", arguments: [id, tag])
                guard db.changesCount > 0 else { continue }
                try Audit.record(db, staff: user, action: "untag", entity: "grant_application", entityID: id, details: "tag: -\(tag)")
                try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "tag", note: "Merke «\(tag)» fjernet.")
            }
        }
    }

    /// Applies one action to all `ids` in one transaction: all or none (the
    /// first refusal names the reference). What each was before is kept so
    /// the staff member's last bulk action can be undone.
    @discardableResult
    public func bulkAction(_ ids: [RowID], _ action: GrantBulkAction, on day: CivilDate) throws(StoreError) -> Int {
        let user = self.user
        return try change(.handleGrants) { db, _ in
            guard !ids.isEmpty else { return 0 }
            try db.execute(sql: "INSERT INTO grant_bulk (staff, action, details) VALUES (?, ?, ?)",
                           arguments: [user, action.code, "\(ids.count) applications"])
            let bulk = db.lastInsertedRowID
            for id in ids {
                let (a, _) = try Self.grantApplication(db, id: id)
                try db.execute(sql: """
                    INSERT INTO grant_bulk_item (bulk_id, application_id, old_status, old_assignee, old_flagged)
                    VALUES (?, ?, ?, ?, ?)
                    """, arguments: [bulk, id, a.status.rawValue, a.assignee, a.flagged])
                switch action {
                case .assign(let who):
                    if let who, try Self.hasConflict(db, id, who) { throw StoreError.grantRefused([.conflictOfInterest]) }
                    try db.execute(sql: "UPDATE grant_application SET assignee = ? WHERE id = ?", arguments: [who, id])
                    try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "assign",
                                        note: who.map { "Tildelt \($0) (samlet handling)." } ?? "Ikke lenger tildelt (samlet handling).")
                case .setStatus(let target):
                    try Self.transition(db, id: id, to: target, note: "Samlet handling.", on: day, user: user)
                case .flag(let f):
                    try db.execute(sql: "UPDATE grant_application SET flagged = ? WHERE id = ?", arguments: [f, id])
                    try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "flag",
                                        note: f ? "Flagget (samlet handling)." : "Flagg fjernet (samlet handling).")
                }
            }
            try Audit.record(db, staff: user, action: "bulk", entity: "grant_bulk", entityID: bulk,
                             details: "action: \(action.code); applications: \(ids.count)")
            return ids.count
        }
    }

    /// Undoes the login user's last bulk action that is not undone yet; nil when there is none.
    /// Status, assignee and flag go back to what they were (the timeline keeps both moves).
    @discardableResult
    public func undoLastBulkAction() throws(StoreError) -> Int? {
        let user = self.user
        return try change(.handleGrants) { db, _ in
            guard let bulk = try RowID.fetchOne(db, sql: """
                SELECT id FROM grant_bulk WHERE staff = ? AND undone = 0 ORDER BY id DESC LIMIT 1
                """, arguments: [user]) else { return nil }
            let items = try Row.fetchAll(db, sql: "SELECT * FROM grant_bulk_item WHERE bulk_id = ?", arguments: [bulk])
            for item in items {
                let id: RowID = item["application_id"]
                let (a, _) = try Self.grantApplication(db, id: id)
                let old: String = item["old_status"]
                try db.execute(sql: "UPDATE grant_application SET status = ?, assignee = ?, flagged = ? WHERE id = ?",
                               arguments: [old, item["old_assignee"] as String?, item["old_flagged"] as Bool, id])
                try Self.grantEvent(db, id, staff: user, from: a.status, to: ApplicationStatus(rawValue: old) ?? a.status,
                                    kind: "undo", note: "Samlet handling angret.")
            }
            try db.execute(sql: "UPDATE grant_bulk SET undone = 1 WHERE id = ?", arguments: [bulk])
            try Audit.record(db, staff: user, action: "undo_bulk", entity: "grant_bulk", entityID: bulk,
                             details: "applications: \(items.count)")
            return items.count
        }
    }

    // MARK: - Saved filters

    public func savedGrantFilters() throws(StoreError) -> [SavedGrantFilter] {
        let user = self.user
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT name, expression FROM grant_saved_filter WHERE staff = ? ORDER BY position, name",
                             arguments: [user]).map { SavedGrantFilter(name: $0["name"], expression: $0["expression"]) }
        }
    }

    /// Saves (or replaces) a named filter for the login user; the expression must parse.
    public func saveGrantFilter(name: String, expression: String) throws(StoreError) {
        let user = self.user
        let name = name.trimmingWhitespace()
        try change(.editDirectory) { db, _ in
            guard !name.isEmpty else { throw StoreError.grantRefused([.noteRequired]) }
            if case .failure(let e) = GrantFilterParser.parse(expression) {
                throw StoreError.badFilter(e)
            }
            let position = try Int.fetchOne(db, sql: "SELECT coalesce(max(position), -1) + 1 FROM grant_saved_filter WHERE staff = ?",
                                            arguments: [user]) ?? 0
            try db.execute(sql: """
                INSERT INTO grant_saved_filter (staff, name, expression, position) VALUES (?, ?, ?, ?)
                ON CONFLICT (staff, name) DO UPDATE SET expression = excluded.expression
                """, arguments: [user, name, expression, position])
            try Audit.record(db, staff: user, action: "save", entity: "grant_saved_filter", entityID: nil,
                             details: "name: \(name); expression: \(expression)")
        }
    }

    public func deleteGrantFilter(name: String) throws(StoreError) {
        let user = self.user
        try change(.editDirectory) { db, _ in
            try db.execute(sql: "DELETE FROM grant_saved_filter WHERE staff = ? AND name = ?", arguments: [user, name])
            guard db.changesCount > 0 else { throw StoreError.notFound }
            try Audit.record(db, staff: user, action: "delete", entity: "grant_saved_filter", entityID: nil, details: "name: \(name)")
        }
    }
}
