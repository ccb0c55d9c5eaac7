import DugnadCore
import GRDB

extension AppDatabase {
    /// Brings the grant schemes up to the reference rules (kind, maximum,
    /// rounds, reporting, recommending body, rule, criteria) and adds the
    /// schemes a database of schema ≤ 5 lacks. Runs while no criteria exist
    /// (new databases and the first open after "v6-grants"), so an
    /// administrator's later edits are kept. Also fills `search_text` of
    /// rows the migration copied (SQLite's lower() folds ASCII only).
    /// `audited`: an older database brought up to date gets its own audit line (a new one's reference-data line covers it).
    static func bootstrapGrants(_ db: Database, user: String, audited: Bool) throws {
        if try Int.fetchOne(db, sql: "SELECT count(*) FROM grant_criterion") == 0 {
            let idrettsraadet = try Int.fetchOne(db, sql: "SELECT count(*) FROM organisation WHERE id = ?",
                                                 arguments: [GrantReference.idrettsraadetID]) == 1
            for scheme in ReferenceData.grantSchemes {
                guard let rules = GrantReference.rules[scheme.name] else { continue }
                var id = try RowID.fetchOne(db, sql: "SELECT id FROM grant_scheme WHERE name = ?", arguments: [scheme.name])
                if id == nil {
                    let free = try Int.fetchOne(db, sql: "SELECT count(*) FROM grant_scheme WHERE id = ?",
                                                arguments: [scheme.id]) == 0
                    try db.execute(sql: "INSERT INTO grant_scheme (id, name, grp, annual_budget_ore) VALUES (?, ?, ?, ?)",
                                   arguments: [free ? scheme.id : nil, scheme.name, scheme.group.rawValue,
                                               scheme.annualBudget.ore])
                    id = db.lastInsertedRowID
                }
                try db.execute(sql: """
                    UPDATE grant_scheme SET kind = ?, max_amount_ore = ?, round_deadlines = ?, reporting = ?,
                        recommending_org_id = ?, rule = ?, max_awards = ? WHERE id = ?
                    """, arguments: [rules.kind.rawValue, rules.maximum?.ore, rules.rounds.stored, rules.reporting,
                                     rules.recommendedByIdrettsraadet && idrettsraadet ? GrantReference.idrettsraadetID : nil,
                                     rules.rule, rules.maximumAwards, id])
                for (n, c) in rules.criteria.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO grant_criterion (scheme_id, position, name_nb, name_en, weight) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [id, n + 1, c.nb, c.en, c.weight])
                }
            }
            if audited {
                try Audit.record(db, staff: user, action: "update", entity: "grant_scheme", entityID: nil,
                                 details: "grant rules and criteria from the reference data (schema 6)")
            }
        }
        let stale = try Row.fetchAll(db, sql: """
            SELECT id, reference, applicant_name, title FROM grant_application WHERE search_text = ''
            """)
        for row in stale {
            try db.execute(sql: "UPDATE grant_application SET search_text = ? WHERE id = ?", arguments: [
                GrantApplication.searchText(reference: row["reference"], applicant: row["applicant_name"],
                                            title: row["title"]), row["id"] as RowID])
        }
    }
}
