import DugnadCore
import GRDB

/// Writes the grant office's cases (and the saved views and external funds
/// around them) with one prepared statement per table.
struct DemoGrantWriter {
    let db: Database
    private let round, application, event, score, conflict, recommendation, appeal, tag, attachment: Statement
    private var roundIDs: [String: RowID] = [:]
    private var nextRoundID: RowID

    init(_ db: Database) throws {
        self.db = db
        func prepare(_ table: String, _ columns: [String]) throws -> Statement {
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            return try db.makeStatement(sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
        }
        round = try prepare("grant_round", ["id", "scheme_id", "year", "deadline", "label"])
        application = try prepare("grant_application", [
            "id", "reference", "scheme_id", "round_id", "organisation_id", "applicant_name", "contact_name", "title",
            "purpose", "amount_requested_ore", "project_budget_ore", "other_funding_ore", "amount_granted_ore",
            "status", "received_on", "decision_due", "decided_on", "decided_by", "decision_reason",
            "appealed_decision", "paid_on", "report_due_on", "report_received_on", "assignee", "flagged", "year",
            "kommunedel_id", "channel", "priority", "score_milli", "search_text"])
        event = try prepare("application_event", ["application_id", "at", "staff", "from_status", "to_status", "note",
                                                  "kind"])
        score = try prepare("grant_score", ["application_id", "criterion_id", "staff", "score", "note", "scored_at"])
        conflict = try prepare("grant_conflict", ["application_id", "staff", "reason", "declared_at"])
        recommendation = try prepare("grant_recommendation", ["application_id", "body_org_id", "staff", "outcome",
                                                              "amount_ore", "note", "recorded_at"])
        appeal = try prepare("grant_appeal", ["application_id", "received_on", "grounds", "appealed_decision",
                                              "decided_on", "registered_by", "outcome", "outcome_on", "outcome_note"])
        tag = try prepare("grant_tag", ["application_id", "tag"])
        attachment = try prepare("grant_attachment", ["application_id", "file_name"])
        nextRoundID = try DemoWriter.nextID(db, "grant_round")
    }

    /// Office hours in UTC; later steps of a case on the same day get later times.
    private static func stamp(_ day: CivilDate, _ id: RowID, step: Int = 0) -> String {
        let n = Int(id)
        let minutes = 7 * 60 + (n * 7) % 300 + min(step, 60) * 11
        return "\(day.iso)T\(pad(minutes / 60)):\(pad(minutes % 60)):\(pad((n * 13) % 60))Z"
    }
    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    mutating func write(_ c: DemoGrantCase, bodyID: RowID?) throws {
        let a = c.app
        let label = c.round.label
        let roundKey = "\(a.schemeID)|\(label)"
        let roundID: RowID
        if let id = roundIDs[roundKey] { roundID = id } else {
            roundID = nextRoundID
            nextRoundID += 1
            try round.execute(arguments: [roundID, a.schemeID, c.round.year, c.round.deadline?.iso, label])
            roundIDs[roundKey] = roundID
        }
        try application.execute(arguments: [
            a.id, a.reference, a.schemeID, roundID, a.organisationID, a.applicantName, c.contact, a.title, a.purpose,
            a.amountRequested.ore, c.projectBudget.ore, c.otherFunding.ore, a.amountGranted?.ore, a.status.rawValue,
            a.receivedOn.iso, a.decisionDue?.iso, a.decidedOn?.iso, a.decidedBy, a.decisionReason,
            c.appealedDecision?.rawValue, c.paidOn?.iso, a.reportDueOn?.iso, c.reportReceivedOn?.iso, a.assignee,
            a.flagged, a.year, a.kommunedelID, c.channel, c.priority, a.scoreMilli,
            GrantApplication.searchText(reference: a.reference, applicant: a.applicantName, title: a.title)])
        for (n, e) in c.events.enumerated() {
            try event.execute(arguments: [a.id, Self.stamp(e.on, a.id, step: n), e.staff, e.from?.rawValue,
                                          e.to.rawValue, e.note, e.kind])
        }
        let scoredOn = c.events.last(where: { $0.kind == "status" && $0.to == .inReview })?.on ?? a.receivedOn
        for s in c.scores {
            try score.execute(arguments: [a.id, s.criterion, s.staff, s.score, s.note, Self.stamp(scoredOn, a.id, step: 1)])
        }
        // After the scores, so the trigger sets the declarer's earlier scores aside.
        if let k = c.conflict {
            try conflict.execute(arguments: [a.id, k.staff, k.reason, Self.stamp(k.on, a.id, step: 2)])
        }
        if let r = c.recommendation {
            try recommendation.execute(arguments: [a.id, bodyID, a.assignee ?? "", r.outcome, r.amount?.ore, r.note,
                                                   Self.stamp(r.on, a.id, step: 3)])
        }
        if let p = c.appeal {
            try appeal.execute(arguments: [a.id, p.receivedOn.iso, p.grounds, p.decision.rawValue, p.decidedOn.iso,
                                           a.assignee ?? "", p.outcome?.rawValue, p.outcomeOn?.iso, p.note])
        }
        for t in c.tags { try tag.execute(arguments: [a.id, t]) }
        for f in c.attachments { try attachment.execute(arguments: [a.id, f]) }
    }

    /// The named views every officer starts with in the sidebar.
    static let savedViews: [(name: String, expression: String)] = [
        ("mine", "assignee:me status:open"), ("nye", "new"), ("til vedtak", "status:recommended"),
        ("forfalt", "overdue"), ("klager", "status:appealed"), ("rapport mangler", "status:report_due overdue"),
    ]

    func writeSavedViews(for officers: [String]) throws {
        for officer in officers {
            for (n, view) in Self.savedViews.enumerated() {
                try db.execute(sql: "INSERT INTO grant_saved_filter (staff, name, expression, position) VALUES (?, ?, ?, ?)",
                               arguments: [officer, view.name, view.expression, n])
            }
        }
    }
}
