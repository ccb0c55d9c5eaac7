import DugnadCore
import GRDB

/// One decided grant in the transparency export.
public struct GrantExportLine: Sendable, Hashable {
    public var reference: String
    /// The organisation's name; "Privatperson" for a private applicant (no personal data in the export).
    public var applicant: String
    public var organisationNumber: String
    public var scheme: String
    public var group: SchemeGroup
    public var kommunedel: String
    public var granted: Money
    public var decidedOn: CivilDate
    public var purpose: String
}

extension AppDatabase {
    /// Decided grants of a year (an amount granted; rejected and forwarded ones are not grants), by scheme then reference.
    public func grantExport(year: Int) throws(StoreError) -> [GrantExportLine] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.reference, a.organisation_id, o.name AS org_name, o.org_number, s.name AS scheme, s.grp,
                    k.name AS kommunedel, a.amount_granted_ore, a.decided_on, a.title, a.purpose
                FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
                LEFT JOIN organisation o ON o.id = a.organisation_id LEFT JOIN kommunedel k ON k.id = a.kommunedel_id
                WHERE a.year = ? AND a.amount_granted_ore > 0
                  AND a.status IN ('granted', 'partly_granted', 'appealed', 'paid', 'report_due', 'report_received', 'closed')
                ORDER BY s.id, a.reference
                """, arguments: [year]).map { row in
                let org: String? = row["org_name"]
                let purpose: String = row["purpose"]
                return GrantExportLine(reference: row["reference"], applicant: org ?? "Privatperson",
                                       organisationNumber: row["org_number"] ?? "", scheme: row["scheme"],
                                       group: try StoredForms.enumValue(SchemeGroup.self, row["grp"]),
                                       kommunedel: row["kommunedel"] ?? "", granted: Money(ore: row["amount_granted_ore"]),
                                       decidedOn: try StoredForms.date(row["decided_on"] as String),
                                       purpose: org == nil ? row["title"] : (purpose.isEmpty ? row["title"] : purpose))
            }
        }
    }

    // MARK: - External funds

    public func externalFunds(matching: String = "", includeInactive: Bool = false) throws(StoreError) -> [ExternalFund] {
        let words = GrantFilter.fold(matching).split(whereSeparator: \.isWhitespace).map(String.init)
        let all = try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM external_fund ORDER BY giver, id").map {
                ExternalFund(id: $0["id"], giver: $0["giver"], purpose: $0["purpose"], eligible: $0["eligible"],
                             deadlines: $0["deadlines"], url: $0["url"], active: $0["active"])
            }
        }
        return all.filter { f in
            (includeInactive || f.active) && words.allSatisfy { w in
                [f.giver, f.purpose, f.eligible].contains { GrantFilter.containsFolded($0, w) }
            }
        }
    }

    /// Adds (id 0) or updates an external fund; audited.
    @discardableResult
    public func saveExternalFund(_ fund: ExternalFund) throws(StoreError) -> RowID {
        let user = self.user
        return try change(.handleGrants) { db, _ in
            guard !fund.giver.trimmingWhitespace().isEmpty else { throw StoreError.grantRefused([.applicantRequired]) }
            guard !fund.purpose.trimmingWhitespace().isEmpty else { throw StoreError.grantRefused([.noteRequired]) }
            let values: [(String, String)] = [("giver", fund.giver), ("purpose", fund.purpose), ("eligible", fund.eligible),
                                              ("deadlines", fund.deadlines), ("url", fund.url), ("active", "\(fund.active)")]
            if fund.id == 0 {
                try db.execute(sql: """
                    INSERT INTO external_fund (giver, purpose, eligible, deadlines, url, active) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [fund.giver, fund.purpose, fund.eligible, fund.deadlines, fund.url, fund.active])
                let id = db.lastInsertedRowID
                try Audit.record(db, staff: user, action: "create", entity: "external_fund", entityID: id, details: Audit.values(values))
                return id
            }
            try db.execute(sql: """
                UPDATE external_fund SET giver = ?, purpose = ?, eligible = ?, deadlines = ?, url = ?, active = ? WHERE id = ?
                """, arguments: [fund.giver, fund.purpose, fund.eligible, fund.deadlines, fund.url, fund.active, fund.id])
            guard db.changesCount == 1 else { throw StoreError.notFound }
            try Audit.record(db, staff: user, action: "update", entity: "external_fund", entityID: fund.id, details: Audit.values(values))
            return fund.id
        }
    }
}
