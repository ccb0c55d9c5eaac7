import DugnadCore
import GRDB

// Scoring, conflicts of interest and the recommending body's recommendation.
extension AppDatabase {
    static func criteria(_ db: Database, schemeID: RowID) throws -> [GrantCriterion] {
        try Row.fetchAll(db, sql: "SELECT * FROM grant_criterion WHERE scheme_id = ? ORDER BY position",
                         arguments: [schemeID]).map {
            GrantCriterion(id: $0["id"], schemeID: $0["scheme_id"], position: $0["position"],
                           name: Bilingual(nb: $0["name_nb"], en: $0["name_en"]), weight: $0["weight"])
        }
    }

    public func grantCriteria(schemeID: RowID) throws(StoreError) -> [GrantCriterion] {
        try read { try Self.criteria($0, schemeID: schemeID) }
    }

    static func scores(_ db: Database, applicationID: RowID) throws -> [GrantScore] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM grant_score WHERE application_id = ? ORDER BY staff, criterion_id
            """, arguments: [applicationID]).map {
            GrantScore(criterionID: $0["criterion_id"], staff: $0["staff"], score: $0["score"], note: $0["note"],
                       setAside: $0["set_aside"])
        }
    }

    /// Recomputes the stored weighted total from the scores that count.
    static func refreshScore(_ db: Database, _ app: GrantApplication) throws {
        let total = GrantScoring.weightedTotalMilli(try scores(db, applicationID: app.id),
                                                    criteria: try criteria(db, schemeID: app.schemeID))
        try db.execute(sql: "UPDATE grant_application SET score_milli = ? WHERE id = ?", arguments: [total, app.id])
    }

    /// Scores one criterion 0–5 with a note (replacing the officer's earlier score on it).
    public func scoreApplication(id: RowID, criterionID: RowID, score: Int, note: String = "") throws(StoreError) {
        let user = self.user
        try change(.handleGrants) { db, _ in
            let (a, _) = try Self.grantApplication(db, id: id)
            try Self.score(db, a, criterionID: criterionID, score: score, note: note, user: user)
        }
    }

    /// One criterion's score inside a write transaction: checked, stored, the total and the audit log updated.
    static func score(_ db: Database, _ a: GrantApplication, criterionID: RowID, score: Int, note: String,
                      user: String) throws {
        let id = a.id
        let criteria = try Self.criteria(db, schemeID: a.schemeID)
        if let refusal = GrantScoring.refusal(score: score, status: a.status, criterion: criterionID,
                                              criteria: criteria, conflicted: try Self.hasConflict(db, id, user)) {
            throw StoreError.grantRefused([refusal])
        }
        try db.execute(sql: """
            INSERT INTO grant_score (application_id, criterion_id, staff, score, note) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (application_id, criterion_id, staff) DO UPDATE SET score = excluded.score,
                note = excluded.note, scored_at = excluded.scored_at
            """, arguments: [id, criterionID, user, score, note.trimmingWhitespace()])
        try Self.refreshScore(db, a)
        let name = criteria.first { $0.id == criterionID }?.name.nb ?? ""
        try Audit.record(db, staff: user, action: "score", entity: "grant_application", entityID: id,
                         details: "criterion: \(name); score: \(score)" + (note.isEmpty ? "" : "; note: \(note)"))
        try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "score",
                            note: "\(name): \(score)" + (note.isEmpty ? "" : " – \(note)"))
    }

    /// Declares the login user's conflict of interest on an application: from
    /// now on they cannot score, recommend or decide it, their scores are set
    /// aside (by the database), and it leaves their desk.
    public func declareConflict(id: RowID, reason: String) throws(StoreError) {
        let user = self.user
        let reason = reason.trimmingWhitespace()
        try change(.editDirectory) { db, _ in
            let (a, _) = try Self.grantApplication(db, id: id)
            let existing = try String.fetchAll(db, sql: "SELECT staff FROM grant_conflict WHERE application_id = ?",
                                               arguments: [id]).map { ConflictDeclaration(staff: $0, reason: "", declaredAt: "") }
            if let refusal = ConflictRules.declarationRefusal(staff: user, reason: reason, existing: existing) {
                throw StoreError.grantRefused([refusal])
            }
            try db.execute(sql: "INSERT INTO grant_conflict (application_id, staff, reason) VALUES (?, ?, ?)",
                           arguments: [id, user, reason])
            try Self.refreshScore(db, a)
            if a.assignee == user {
                try db.execute(sql: "UPDATE grant_application SET assignee = NULL WHERE id = ?", arguments: [id])
            }
            try Audit.record(db, staff: user, action: "declare_conflict", entity: "grant_application", entityID: id,
                             details: "reason: \(reason)" + (a.assignee == user ? "; assignee: \(user) → –" : ""))
            try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "conflict",
                                note: "Meldt inhabil: \(reason)")
        }
    }

    /// Records the recommending body's (or an officer's) recommendation before the decision.
    public func recommendApplication(id: RowID, grant: Bool, amount: Money?, note: String) throws(StoreError) {
        let user = self.user
        try change(.handleGrants) { db, _ in
            let (a, scheme) = try Self.grantApplication(db, id: id)
            if try Self.hasConflict(db, id, user) { throw StoreError.grantRefused([.conflictOfInterest]) }
            guard a.status.isUndecided, a.status != .received else {
                throw StoreError.grantRefused([.transitionNotAllowed(from: a.status, to: .recommended)])
            }
            if let m = amount, m > a.amountRequested { throw StoreError.grantRefused([.amountAboveApplied(applied: a.amountRequested)]) }
            try db.execute(sql: """
                INSERT INTO grant_recommendation (application_id, body_org_id, staff, outcome, amount_ore, note)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, scheme.recommendingBodyID, user, grant ? "grant" : "reject", amount?.ore, note])
            let text = (grant ? "støtte" : "avslag") + (amount.map { " \($0.formatted)" } ?? "")
            try Audit.record(db, staff: user, action: "recommend", entity: "grant_application", entityID: id,
                             details: "recommendation: \(grant ? "grant" : "reject")" + (amount.map { "; amount: \($0.formatted)" } ?? "")
                                + (note.isEmpty ? "" : "; note: \(note)"))
            try Self.grantEvent(db, id, staff: user, from: a.status, to: a.status, kind: "recommendation",
                                note: "Innstilling: \(text)" + (note.isEmpty ? "" : ". \(note)"))
        }
    }
}
