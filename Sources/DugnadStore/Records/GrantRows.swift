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

/// Where each of an application's columns is in a statement's rows: found once per statement, so decoding a
/// window of rows indexes columns by position instead of looking each name up in every row (that lookup was
/// most of decoding an inbox window).
struct GrantApplicationColumns {
    let id, reference, schemeID, organisationID, applicantName, title, amountRequested, amountGranted, status,
        receivedOn, decisionDue, assignee, flagged, year, purpose, kommunedelID, decidedOn, decidedBy,
        decisionReason, reportDueOn, scoreMilli: Int

    /// The positions in `names` (a statement's or a row's column names, as `a.*` gives them).
    init(_ names: [String]) throws {
        var at: [String: Int] = [:]
        for (i, name) in names.enumerated() where at[name.lowercased()] == nil { at[name.lowercased()] = i }
        func index(_ name: String) throws -> Int {
            guard let i = at[name] else { throw StoreError.sqlite("no column \(name)") }
            return i
        }
        id = try index("id"); reference = try index("reference"); schemeID = try index("scheme_id")
        organisationID = try index("organisation_id"); applicantName = try index("applicant_name")
        title = try index("title"); amountRequested = try index("amount_requested_ore")
        amountGranted = try index("amount_granted_ore"); status = try index("status")
        receivedOn = try index("received_on"); decisionDue = try index("decision_due"); assignee = try index("assignee")
        flagged = try index("flagged"); year = try index("year"); purpose = try index("purpose")
        kommunedelID = try index("kommunedel_id"); decidedOn = try index("decided_on"); decidedBy = try index("decided_by")
        decisionReason = try index("decision_reason"); reportDueOn = try index("report_due_on")
        scoreMilli = try index("score_milli")
    }
}

extension GrantApplication {
    /// The columns a row needs (for joins that select `a.*` this is all of them).
    init(row: Row) throws {
        try self.init(row: row, at: GrantApplicationColumns(Array(row.columnNames)))
    }

    /// The same, with the columns' positions found once for the statement (`GrantApplicationColumns`).
    init(row: Row, at c: GrantApplicationColumns) throws {
        let granted: Int64? = row[c.amountGranted]
        self.init(id: row[c.id], reference: row[c.reference], schemeID: row[c.schemeID],
                  organisationID: row[c.organisationID], applicantName: row[c.applicantName], title: row[c.title],
                  amountRequested: Money(ore: row[c.amountRequested]), amountGranted: granted.map(Money.init(ore:)),
                  status: try StoredForms.enumValue(ApplicationStatus.self, row[c.status]),
                  receivedOn: try StoredForms.date(row[c.receivedOn] as String),
                  decisionDue: try StoredForms.date(row[c.decisionDue] as String?),
                  assignee: row[c.assignee], flagged: row[c.flagged], year: row[c.year], purpose: row[c.purpose],
                  kommunedelID: row[c.kommunedelID], decidedOn: try StoredForms.date(row[c.decidedOn] as String?),
                  decidedBy: row[c.decidedBy], decisionReason: row[c.decisionReason],
                  reportDueOn: try StoredForms.date(row[c.reportDueOn] as String?), scoreMilli: row[c.scoreMilli])
    }

    /// Every row of `sql` (which selects `a.*` or `*` of grant_application, perhaps with more columns) with its
    /// application, the columns' positions found once.
    static func decodeAll<T>(_ db: Database, _ sql: String, _ arguments: StatementArguments = StatementArguments(),
                             _ decode: (Row, GrantApplication) throws -> T) throws -> [T] {
        let statement = try db.makeStatement(sql: sql)
        let columns = try GrantApplicationColumns(statement.columnNames)
        return try statement.decodeAll(arguments) { row in try decode(row, try GrantApplication(row: row, at: columns)) }
    }

    /// What `search_text` holds: reference, applicant and title folded as the filter language folds.
    static func searchText(reference: String, applicant: String, title: String) -> String {
        GrantFilter.fold(reference + "\n" + applicant + "\n" + title)
    }
}
