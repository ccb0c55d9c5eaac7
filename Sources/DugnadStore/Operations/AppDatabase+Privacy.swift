import DugnadCore
import Foundation
import GRDB

/// Privacy (GDPR art. 15 and 17): everything about a volunteer as JSON, erasure by anonymisation keeping
/// aggregate hours, and the erasure flag for volunteers who left; and the crisis call list (opening it is
/// audited: it hands out phone numbers).
extension AppDatabase {
    /// Everything stored about a volunteer as one JSON object (audited).
    public func exportPerson(_ id: RowID) throws(StoreError) -> String {
        try change(.handleVolunteers) { db, staff in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM volunteer WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound
            }
            var person: [String: Any] = [:]
            for (column, value) in row { person[column] = Self.json(value) }
            func rows(_ sql: String) throws -> [[String: Any]] {
                try Row.fetchAll(db, sql: sql, arguments: [id]).map { r in
                    var o: [String: Any] = [:]
                    for (column, value) in r { o[column] = Self.json(value) }
                    return o
                }
            }
            let object: [String: Any] = [
                "volunteer": person,
                "skills": try String.fetchAll(db, sql: "SELECT skill FROM volunteer_skill WHERE volunteer_id = ? ORDER BY skill", arguments: [id]),
                "politiattest_seen": try rows("SELECT kind, seen_on, seen_by, recorded_at FROM politiattest_seen WHERE volunteer_id = ? ORDER BY id"),
                "assignments": try rows("""
                    SELECT a.id, a.request_id, r.title AS request_title, a.status, a.score, a.proposed_at, a.decided_at,
                           a.decline_reason, a.ended_on, a.rating, a.hours_logged_min
                    FROM assignment a JOIN volunteer_request r ON r.id = a.request_id WHERE a.volunteer_id = ? ORDER BY a.id
                    """),
                "hours": try rows("""
                    SELECT h.assignment_id, h.day, h.minutes, h.logged_by, h.logged_at FROM volunteer_hours h
                    JOIN assignment a ON a.id = h.assignment_id WHERE a.volunteer_id = ? ORDER BY h.day, h.id
                    """),
                "audit_log": try rows("SELECT at, staff, action, details FROM audit_log WHERE entity = 'volunteer' AND entity_id = ? ORDER BY id"),
            ]
            try Audit.record(db, staff: staff.username, action: "export", entity: "volunteer", entityID: id,
                             details: "person export (GDPR art. 15)")
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    private static func json(_ value: DatabaseValue) -> Any {
        switch value.storage {
        case .null: return NSNull()
        case .int64(let i): return i
        case .double(let d): return d
        case .string(let s): return s
        case .blob(let b): return b.base64EncodedString()
        }
    }

    /// Anonymises a volunteer: name, contact, birth year, languages, skills, availability, consent text and
    /// attests seen are removed; assignments and hours stay without identity, so totals do not change.
    public func erasePerson(_ id: RowID, today: CivilDate) throws(StoreError) {
        try change(.handleVolunteers) { db, staff in
            guard try Self.volunteer(db, id: id) != nil else { throw StoreError.notFound }
            guard try !Self.isErased(db, id) else { throw StoreError.volunteerRefused([.alreadyErased]) }
            try db.execute(sql: """
                UPDATE volunteer SET name = '', birth_year = NULL, kommunedel_id = NULL, phone = '', email = '',
                    languages = '', skills = '', availability = 0, status = 'left', left_on = coalesce(left_on, ?),
                    parental_consent = 0, data_consent_on = NULL, data_consent_purpose = '', erasure_due_on = NULL,
                    erased_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                WHERE id = ?
                """, arguments: [today.iso, id])
            try db.execute(sql: "DELETE FROM politiattest_seen WHERE volunteer_id = ?", arguments: [id])
            try db.execute(sql: "UPDATE assignment SET decline_reason = '(slettet)' WHERE volunteer_id = ? AND status = 'declined'",
                           arguments: [id])
            // Proposals still waiting for an answer can never be answered now.
            try db.execute(sql: "UPDATE assignment SET status = 'declined', decline_reason = '(slettet)' WHERE volunteer_id = ? AND status = 'proposed'",
                           arguments: [id])
            try db.execute(sql: "UPDATE assignment SET status = 'ended', ended_on = ? WHERE volunteer_id = ? AND status = 'confirmed'",
                           arguments: [today.iso, id])
            try Audit.record(db, staff: staff.username, action: "erase", entity: "volunteer", entityID: id,
                             details: "anonymised (GDPR art. 17); hours kept without identity")
        }
    }

    /// Months after leaving before a volunteer's data is due for erasure.
    public func erasurePeriodMonths() throws(StoreError) -> Int {
        try read { Int(try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'volunteer_erasure_months'") ?? "") ?? 12 }
    }

    public func setErasurePeriod(months: Int) throws(StoreError) {
        try change(.manageStaff) { db, staff in
            guard (1...120).contains(months) else { throw StoreError.volunteerRefused([.badMaxHours(months)]) }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('volunteer_erasure_months', ?)",
                           arguments: [String(months)])
            try Audit.record(db, staff: staff.username, action: "update", entity: "meta", entityID: nil,
                             details: "volunteer_erasure_months: \(months)")
        }
    }

    /// Flags volunteers who left more than the erasure period ago; returns the ids now due (flagged).
    @discardableResult
    public func flagLeftVolunteersForErasure(today: CivilDate) throws(StoreError) -> [RowID] {
        let months = try erasurePeriodMonths()
        return try change(.handleVolunteers) { db, staff in
            let cutoff = today.adding(months: -months)
            let newly = try RowID.fetchAll(db, sql: """
                SELECT id FROM volunteer WHERE status = 'left' AND erased_at IS NULL AND erasure_due_on IS NULL
                AND left_on IS NOT NULL AND left_on <= ? ORDER BY id
                """, arguments: [cutoff.iso])
            for id in newly {
                try db.execute(sql: "UPDATE volunteer SET erasure_due_on = ? WHERE id = ?", arguments: [today.iso, id])
            }
            if !newly.isEmpty {
                try Audit.record(db, staff: staff.username, action: "flag_erasure", entity: "volunteer", entityID: nil,
                                 details: "due for erasure: \(newly.map { String($0) }.joined(separator: ","))")
            }
            return try RowID.fetchAll(db, sql: "SELECT id FROM volunteer WHERE erasure_due_on IS NOT NULL AND erased_at IS NULL ORDER BY id")
        }
    }

    /// The crisis call list (beredskap). Opening it is audited, with the query.
    public func crisisList(_ query: CrisisQuery) throws(StoreError) -> [Volunteer] {
        try change(.handleVolunteers) { db, staff in
            let volunteers = try Self.situations(db, skills: query.skills.isEmpty ? nil : query.skills, today: query.day)
                .map(\.volunteer)
            let list = query.list(volunteers)
            try Audit.record(db, staff: staff.username, action: "open_crisis_list", entity: "volunteer", entityID: nil,
                             details: "day: \(query.day.iso); skills: \(query.skills.joined(separator: ",")); kommunedeler: "
                                + query.kommunedelIDs.map { String($0) }.joined(separator: ",") + "; listed: \(list.count)")
            return list
        }
    }
}
