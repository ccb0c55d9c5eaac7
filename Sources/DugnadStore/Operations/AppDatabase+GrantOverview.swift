import DugnadCore
import GRDB

extension AppDatabase {
    private static let paidStatuses = "'paid', 'report_due', 'report_received', 'closed'"

    /// Per scheme for a year (one grouped scan of the scheme-year index).
    public func grantOverview(year: Int) throws(StoreError) -> [GrantSchemeYear] {
        try read { db in
            var out: [RowID: GrantSchemeYear] = [:]
            for s in try db.decodeAll("SELECT * FROM grant_scheme ORDER BY id", [], GrantScheme.init(row:)) {
                out[s.id] = GrantSchemeYear(schemeID: s.id, name: s.name, group: s.group, kind: s.kind,
                                            budget: s.annualBudget, decided: .zero, paid: .zero, perStatus: [:])
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT scheme_id, status, count(*) AS n, coalesce(sum(amount_granted_ore), 0) AS decided,
                    coalesce(sum(CASE WHEN status IN (\(Self.paidStatuses)) THEN amount_granted_ore END), 0) AS paid
                FROM grant_application WHERE year = ? GROUP BY scheme_id, status
                """, arguments: [year]) {
                let id: RowID = row["scheme_id"]
                guard var entry = out[id], let status = ApplicationStatus(rawValue: row["status"]) else { continue }
                entry.perStatus[status] = row["n"]
                entry.decided = entry.decided + Money(ore: row["decided"])
                entry.paid = entry.paid + Money(ore: row["paid"])
                out[id] = entry
            }
            return out.values.sorted { $0.schemeID < $1.schemeID }
        }
    }

    public func grantTotalsPerGroup(year: Int) throws(StoreError) -> [GrantTotal] {
        let schemes = try grantOverview(year: year)
        return SchemeGroup.allCases.map { g in
            let mine = schemes.filter { $0.group == g }
            return GrantTotal(name: g.rawValue, applications: mine.map(\.applications).reduce(0, +),
                              decided: mine.map(\.decided).reduce(.zero, +), paid: mine.map(\.paid).reduce(.zero, +))
        }
    }

    public func grantTotalsPerKommunedel(year: Int) throws(StoreError) -> [GrantTotal] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT coalesce(k.name, '–') AS name, count(*) AS n, coalesce(sum(a.amount_granted_ore), 0) AS decided,
                    coalesce(sum(CASE WHEN a.status IN (\(Self.paidStatuses)) THEN a.amount_granted_ore END), 0) AS paid
                FROM grant_application a LEFT JOIN kommunedel k ON k.id = a.kommunedel_id
                WHERE a.year = ? GROUP BY a.kommunedel_id ORDER BY a.kommunedel_id IS NULL, a.kommunedel_id
                """, arguments: [year]).map {
                GrantTotal(name: $0["name"], applications: $0["n"], decided: Money(ore: $0["decided"]), paid: Money(ore: $0["paid"]))
            }
        }
    }

    /// An applicant's earlier applications, grants and late reports (newest first).
    public func applicantHistory(organisationID: RowID, today: CivilDate) throws(StoreError) -> [ApplicantHistoryLine] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, s.name AS scheme_name FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
                WHERE a.organisation_id = ? ORDER BY a.received_on DESC, a.id DESC
                """, arguments: [organisationID]).map { row in
                let a = try GrantApplication(row: row)
                return ApplicantHistoryLine(reference: a.reference, scheme: row["scheme_name"], title: a.title, status: a.status,
                                            applied: a.amountRequested, granted: a.amountGranted,
                                            reportLate: a.status == .reportDue && (a.reportDueOn.map { $0 < today } ?? false))
            }
        }
    }

    /// The double-funding radar for a year: applications (not rejected or
    /// withdrawn) and current agreements with money, by organisation.
    public func doubleFundingRadar(year: Int) throws(StoreError) -> [DoubleFundingRadar.Hit] {
        try read { db in
            var claims = try Row.fetchAll(db, sql: """
                SELECT reference, organisation_id, year, scheme_id, title || ' ' || purpose AS text FROM grant_application
                WHERE year = ? AND organisation_id IS NOT NULL AND status NOT IN ('rejected', 'withdrawn')
                """, arguments: [year]).map {
                DoubleFundingRadar.Claim(reference: $0["reference"], organisationID: $0["organisation_id"], year: $0["year"],
                                         schemeID: $0["scheme_id"], text: $0["text"])
            }
            claims += try Row.fetchAll(db, sql: """
                SELECT id, organisation_id, title FROM collaboration_agreement WHERE involves_money = 1
                  AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                  AND organisation_id IN (SELECT organisation_id FROM grant_application WHERE year = ?)
                """, arguments: ["\(year)-12-31", "\(year)-01-01", year]).map {
                DoubleFundingRadar.Claim(reference: "avtale \($0["id"] as RowID)", organisationID: $0["organisation_id"],
                                         year: year, schemeID: nil, text: $0["title"])
            }
            return DoubleFundingRadar.hits(claims)
        }
    }
}
