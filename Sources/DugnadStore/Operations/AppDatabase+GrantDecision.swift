import DugnadCore
import GRDB

// Decisions and appeals. The budget and the conflict of interest are checked
// here in the write transaction and again by the database's triggers.
extension AppDatabase {
    static func decidedInYear(_ db: Database, schemeID: RowID, year: Int, excluding id: RowID) throws -> Money {
        Money(ore: try Int64.fetchOne(db, sql: """
            SELECT coalesce(sum(amount_granted_ore), 0) FROM grant_application
            WHERE scheme_id = ? AND year = ? AND id <> ?
            """, arguments: [schemeID, year, id]) ?? 0)
    }

    /// Decides an application: granted, partly granted or rejected, with the amount and the reasons.
    @discardableResult
    public func decideApplication(id: RowID, _ decision: GrantDecision, on day: CivilDate) throws(StoreError) -> GrantApplication {
        let user = self.user
        return try change(.handleGrants) { db, _ in
            let (a, scheme) = try Self.grantApplication(db, id: id)
            let awards = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM grant_application WHERE scheme_id = ? AND year = ? AND id <> ?
                  AND amount_granted_ore > 0
                """, arguments: [scheme.id, a.year, id]) ?? 0
            let facts = DecisionRules.Facts(
                scheme: scheme, status: a.status, applied: a.amountRequested,
                decidedInYear: try Self.decidedInYear(db, schemeID: scheme.id, year: a.year, excluding: id),
                awardsInYear: awards,
                hasRecommendation: try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grant_recommendation WHERE application_id = ?)",
                                                     arguments: [id]) ?? false,
                deciderHasConflict: try Self.hasConflict(db, id, user))
            let problems = DecisionRules.problems(decision, facts)
            guard problems.isEmpty else { throw StoreError.grantRefused(problems) }
            let amount: Int64? = scheme.kind == .forwarded ? nil : (decision.outcome == .rejected ? 0 : decision.amount?.ore)
            let reasons = decision.reasons.trimmingWhitespace()
            try db.execute(sql: """
                UPDATE grant_application SET status = ?, amount_granted_ore = ?, decided_on = ?, decided_by = ?,
                    decision_reason = ?, assignee = coalesce(assignee, ?) WHERE id = ?
                """, arguments: [decision.outcome.rawValue, amount, day.iso, user, reasons, user, id])
            let amountText = amount.map { Money(ore: $0).formatted } ?? "–"
            try Audit.record(db, staff: user, action: "decide", entity: "grant_application", entityID: id, details:
                "status: \(a.status.rawValue) → \(decision.outcome.rawValue); amount: \(amountText); reasons: \(reasons)")
            try Self.grantEvent(db, id, staff: user, from: a.status, to: decision.outcome, kind: "status",
                                note: "Vedtak: \(decision.outcome.nb) \(amountText). \(reasons)")
            return try Self.grantApplication(db, id: id).0
        }
    }

    /// Registers an appeal (klage) received on `receivedOn`, within three weeks of the decision.
    public func registerAppeal(id: RowID, receivedOn: CivilDate, grounds: String) throws(StoreError) {
        let user = self.user
        let grounds = grounds.trimmingWhitespace()
        try change(.handleGrants) { db, _ in
            let (a, _) = try Self.grantApplication(db, id: id)
            if let refusal = GrantWorkflow.appealRefusal(status: a.status, decidedOn: a.decidedOn, receivedOn: receivedOn,
                                                         grounds: grounds) {
                throw StoreError.grantRefused([refusal])
            }
            try db.execute(sql: """
                INSERT INTO grant_appeal (application_id, received_on, grounds, appealed_decision, decided_on, registered_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, receivedOn.iso, grounds, a.status.rawValue, a.decidedOn!.iso, user])
            try db.execute(sql: "UPDATE grant_application SET status = 'appealed', appealed_decision = ? WHERE id = ?",
                           arguments: [a.status.rawValue, id])
            try Audit.record(db, staff: user, action: "appeal", entity: "grant_application", entityID: id,
                             details: "status: \(a.status.rawValue) → appealed; received: \(receivedOn.iso); grounds: \(grounds)")
            try Self.grantEvent(db, id, staff: user, from: a.status, to: .appealed, kind: "appeal",
                                note: "Klage mottatt \(receivedOn.norwegian): \(grounds)")
        }
    }

    /// Settles the pending appeal: upheld (the decision stands; on to the appeals board) or
    /// reversed (the decision is set aside and the application is considered anew).
    public func settleAppeal(id: RowID, _ outcome: AppealOutcome, note: String, on day: CivilDate) throws(StoreError) {
        let user = self.user
        try change(.handleGrants) { db, _ in
            let (a, _) = try Self.grantApplication(db, id: id)
            guard a.status == .appealed,
                  let decisionText = try String.fetchOne(db, sql: "SELECT appealed_decision FROM grant_application WHERE id = ?",
                                                         arguments: [id]),
                  let decision = ApplicationStatus(rawValue: decisionText) else {
                throw StoreError.grantRefused([.noPendingAppeal])
            }
            if try Self.hasConflict(db, id, user) { throw StoreError.grantRefused([.conflictOfInterest]) }
            try db.execute(sql: """
                UPDATE grant_appeal SET outcome = ?, outcome_on = ?, outcome_note = ? WHERE application_id = ? AND outcome IS NULL
                """, arguments: [outcome.rawValue, day.iso, note, id])
            let target = outcome.status(appealedDecision: decision)
            if outcome == .upheld {
                try db.execute(sql: "UPDATE grant_application SET status = ?, appealed_decision = NULL WHERE id = ?",
                               arguments: [target.rawValue, id])
            } else {
                try db.execute(sql: """
                    UPDATE grant_application SET status = 'in_review', appealed_decision = NULL, amount_granted_ore = NULL,
                        decided_on = NULL, decided_by = NULL, decision_reason = '' WHERE id = ?
                    """, arguments: [id])
            }
            try Audit.record(db, staff: user, action: "settle_appeal", entity: "grant_application", entityID: id,
                             details: "outcome: \(outcome.rawValue); status: appealed → \(target.rawValue)" + (note.isEmpty ? "" : "; note: \(note)"))
            try Self.grantEvent(db, id, staff: user, from: .appealed, to: target, kind: "appeal",
                                note: (outcome == .upheld ? "Klagen ikke tatt til følge; vedtaket opprettholdes og sendes klagenemnda."
                                                          : "Klagen tatt til følge; vedtaket omgjøres og søknaden behandles på nytt.")
                                    + (note.isEmpty ? "" : " \(note)"))
        }
    }
}
