import DugnadCore
import GRDB

// An administrator changes a scheme's terms (issue 9 item 1: "admin can edit"). The budget can never be set
// below what the scheme has already granted in a year: decisions made stay within their budget.
extension AppDatabase {
    /// Saves `edit` on the scheme `id` (admins only), audited with what changed; returns the scheme as stored.
    @discardableResult
    public func updateGrantScheme(id: RowID, _ edit: GrantSchemeEdit) throws(StoreError) -> GrantScheme {
        try change(.editSchemes) { db, staff in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM grant_scheme WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound
            }
            let old = try GrantScheme(row: row)
            // The budget is the same every year: it must cover the year with the most granted (the database's
            // budget trigger refuses it too; this says which year and how much).
            let top = try Row.fetchOne(db, sql: """
                SELECT year, sum(amount_granted_ore) AS granted FROM grant_application
                WHERE scheme_id = ? AND amount_granted_ore IS NOT NULL GROUP BY year ORDER BY granted DESC LIMIT 1
                """, arguments: [id])
            let decided = Money(ore: top?["granted"] ?? 0)
            let problems = edit.problems(decidedInYear: decided, year: top?["year"] ?? 0)
            guard problems.isEmpty else { throw StoreError.grantRefused(problems) }
            try db.execute(sql: """
                UPDATE grant_scheme SET annual_budget_ore = ?, max_amount_ore = ?, round_deadlines = ?, reporting = ?,
                    rule = ?, max_awards = ? WHERE id = ?
                """, arguments: [edit.annualBudget.ore, edit.maximumAmount?.ore, edit.rounds.stored,
                                 edit.reporting.trimmingWhitespace(), edit.rule.trimmingWhitespace(), edit.maximumAwards, id])
            var changes: [String] = []
            let before = GrantSchemeEdit(old)
            if before.annualBudget != edit.annualBudget { changes.append("budget \(before.annualBudget.formatted) → \(edit.annualBudget.formatted)") }
            if before.maximumAmount != edit.maximumAmount {
                changes.append("maximum \(before.maximumAmount?.formatted ?? "–") → \(edit.maximumAmount?.formatted ?? "–")")
            }
            if before.rounds != edit.rounds { changes.append("rounds '\(before.rounds.stored)' → '\(edit.rounds.stored)'") }
            if before.reporting != edit.reporting { changes.append("reporting") }
            if before.rule != edit.rule { changes.append("rule") }
            if before.maximumAwards != edit.maximumAwards { changes.append("awards \(before.maximumAwards.map(String.init) ?? "–") → \(edit.maximumAwards.map(String.init) ?? "–")") }
            try Audit.record(db, staff: staff.username, action: "update", entity: "grant_scheme", entityID: id,
                             details: "\(old.name): " + (changes.isEmpty ? "no change" : changes.joined(separator: "; ")))
            guard let saved = try Row.fetchOne(db, sql: "SELECT * FROM grant_scheme WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound
            }
            return try GrantScheme(row: saved)
        }
    }
}
