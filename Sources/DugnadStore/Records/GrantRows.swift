import DugnadCore
import GRDB

// Row decoding for grant schemes and applications (schema 6).

extension GrantScheme {
    init(row: Row) throws {
        let maxOre: Int64? = row["max_amount_ore"]
        self.init(id: row["id"], name: row["name"], group: try StoredForms.enumValue(SchemeGroup.self, row["grp"]),
                  annualBudget: Money(ore: row["annual_budget_ore"]), deadline: row["deadline"],
                  kind: try StoredForms.enumValue(SchemeKind.self, row["kind"]),
                  maximumAmount: maxOre.map(Money.init(ore:)),
                  rounds: SchemeRounds(stored: row["round_deadlines"]) ?? .rolling, reporting: row["reporting"],
                  recommendingBodyID: row["recommending_org_id"], rule: row["rule"], maximumAwards: row["max_awards"])
    }
}

extension GrantApplication {
    /// The columns a row needs (for joins that select `a.*` this is all of them).
    init(row: Row) throws {
        let granted: Int64? = row["amount_granted_ore"]
        self.init(id: row["id"], reference: row["reference"], schemeID: row["scheme_id"],
                  organisationID: row["organisation_id"], applicantName: row["applicant_name"], title: row["title"],
                  amountRequested: Money(ore: row["amount_requested_ore"]), amountGranted: granted.map(Money.init(ore:)),
                  status: try StoredForms.enumValue(ApplicationStatus.self, row["status"]),
                  receivedOn: try StoredForms.date(row["received_on"] as String),
                  decisionDue: try StoredForms.date(row["decision_due"] as String?),
                  assignee: row["assignee"], flagged: row["flagged"], year: row["year"], purpose: row["purpose"],
                  kommunedelID: row["kommunedel_id"], decidedOn: try StoredForms.date(row["decided_on"] as String?),
                  decidedBy: row["decided_by"], decisionReason: row["decision_reason"],
                  reportDueOn: try StoredForms.date(row["report_due_on"] as String?), scoreMilli: row["score_milli"])
    }

    /// What `search_text` holds: reference, applicant and title folded as the filter language folds.
    static func searchText(reference: String, applicant: String, title: String) -> String {
        GrantFilter.fold(reference + "\n" + applicant + "\n" + title)
    }
}
