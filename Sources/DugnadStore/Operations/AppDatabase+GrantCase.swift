import DugnadCore
import GRDB

extension AppDatabase {
    public func grantCase(id: RowID) throws(StoreError) -> GrantCase {
        try read { db in
            let (a, scheme) = try Self.grantApplication(db, id: id)
            let row = try Row.fetchOne(db, sql: """
                SELECT a.contact_name, a.contact_email, a.contact_phone, a.project_budget_ore, a.other_funding_ore,
                    o.org_number, k.name AS kommunedel, r.year AS round_year, r.deadline AS round_deadline
                FROM grant_application a LEFT JOIN organisation o ON o.id = a.organisation_id
                LEFT JOIN kommunedel k ON k.id = a.kommunedel_id LEFT JOIN grant_round r ON r.id = a.round_id
                WHERE a.id = ?
                """, arguments: [id])!
            let budget: Int64? = row["project_budget_ore"]
            let conflicts = try Row.fetchAll(db, sql: "SELECT * FROM grant_conflict WHERE application_id = ? ORDER BY id",
                                             arguments: [id]).map {
                ConflictDeclaration(staff: $0["staff"], reason: $0["reason"], declaredAt: $0["declared_at"])
            }
            let recommendations = try Row.fetchAll(db, sql: """
                SELECT r.*, o.name AS body FROM grant_recommendation r LEFT JOIN organisation o ON o.id = r.body_org_id
                WHERE r.application_id = ? ORDER BY r.id
                """, arguments: [id]).map { r -> GrantCase.Recommendation in
                let amount: Int64? = r["amount_ore"]
                return GrantCase.Recommendation(body: r["body"], staff: r["staff"], grant: (r["outcome"] as String) == "grant",
                                                amount: amount.map(Money.init(ore:)), note: r["note"], at: r["recorded_at"])
            }
            let agreements = try a.organisationID.map { org in
                try db.decodeAll("SELECT * FROM collaboration_agreement WHERE organisation_id = ? AND involves_money = 1 ORDER BY starts_on",
                                 [org]) { row in
                    CollaborationAgreement(id: row["id"], organisationID: row["organisation_id"], title: row["title"],
                                           startsOn: try StoredForms.date(row["starts_on"] as String),
                                           endsOn: try StoredForms.date(row["ends_on"] as String?),
                                           involvesMoney: row["involves_money"])
                }
            } ?? []
            let appeals = try Row.fetchAll(db, sql: "SELECT * FROM grant_appeal WHERE application_id = ? ORDER BY id",
                                           arguments: [id]).map { p in
                GrantCase.Appeal(receivedOn: try StoredForms.date(p["received_on"] as String), grounds: p["grounds"],
                                 decision: try StoredForms.enumValue(ApplicationStatus.self, p["appealed_decision"]),
                                 outcome: (p["outcome"] as String?).flatMap(AppealOutcome.init(rawValue:)),
                                 outcomeOn: try StoredForms.date(p["outcome_on"] as String?), note: p["outcome_note"])
            }
            let events = try Row.fetchAll(db, sql: "SELECT * FROM application_event WHERE application_id = ? ORDER BY at, id",
                                          arguments: [id]).map { e in
                GrantCase.Event(at: e["at"], staff: e["staff"],
                                from: (e["from_status"] as String?).flatMap(ApplicationStatus.init(rawValue:)),
                                to: ApplicationStatus(rawValue: e["to_status"]) ?? a.status, kind: e["kind"], note: e["note"])
            }
            var found = GrantCase(
                application: a, scheme: scheme, organisationNumber: row["org_number"], kommunedel: row["kommunedel"],
                contactName: row["contact_name"], contactEmail: row["contact_email"], contactPhone: row["contact_phone"],
                projectBudget: budget.map(Money.init(ore:)), otherFunding: Money(ore: row["other_funding_ore"]),
                round: try (row["round_year"] as Int?).map { GrantRound(year: $0, deadline: try StoredForms.date(row["round_deadline"] as String?)) },
                criteria: try Self.criteria(db, schemeID: scheme.id),
                scores: try Self.scores(db, applicationID: id), conflicts: conflicts, recommendations: recommendations,
                agreementsWithMoney: agreements, appeals: appeals,
                attachments: try String.fetchAll(db, sql: "SELECT file_name FROM grant_attachment WHERE application_id = ? ORDER BY file_name", arguments: [id]),
                tags: try String.fetchAll(db, sql: "SELECT tag FROM grant_tag WHERE application_id = ? ORDER BY tag", arguments: [id]),
                events: events,
                decidedInYear: try Self.decidedInYear(db, schemeID: scheme.id, year: a.year, excluding: -1))
            found.roundRank = try Self.roundRank(db, applicationID: id)
            return found
        }
    }

    /// The facts of the decision letter of a decided application; nil before a decision.
    public func decisionLetterFacts(reference: String) throws(StoreError) -> DecisionLetter.Facts? {
        guard let id = try applicationID(reference: reference) else { throw StoreError.notFound }
        let c = try grantCase(id: id)
        let a = c.application
        // An appeal pending or settled: the letter is the one of the decision appealed.
        let outcome = a.status == .appealed ? (c.appeals.last?.decision ?? a.status) : a.status
        guard let decided = a.decidedOn, a.status.isDecided else { return nil }
        let decisionStatus: ApplicationStatus = GrantWorkflow.decisions.contains(outcome) ? outcome
            : (a.amountGranted.map { $0 < a.amountRequested ? .partlyGranted : .granted } ?? .granted)
        let officer = try read { db in
            try String.fetchOne(db, sql: "SELECT display_name FROM staff WHERE username = ?", arguments: [a.decidedBy ?? ""])
        } ?? a.decidedBy ?? ""
        return DecisionLetter.Facts(
            reference: a.reference, applicant: a.applicantName, contact: c.contactName, title: a.title, scheme: c.scheme,
            applied: a.amountRequested,
            decision: GrantDecision(outcome: decisionStatus, amount: a.amountGranted, reasons: a.decisionReason),
            decidedOn: decided, receivedOn: a.receivedOn, officer: officer, reporting: c.scheme.reporting,
            budgetYear: a.year)
    }
}
