import DugnadCore
import GRDB

extension AppDatabase {
    private static let paidStatuses = "'paid', 'report_due', 'report_received', 'closed'"

    /// Per scheme for a year, from the kept totals (`grant_application_total`, migration v10).
    public func grantOverview(year: Int) throws(StoreError) -> [GrantSchemeYear] {
        try read { db in try Self.grantOverview(db, year: year) }
    }

    static func grantOverview(_ db: Database, year: Int) throws -> [GrantSchemeYear] {
        try grantOverview(db, year: year, from: totalsOfYear)
    }

    /// The same figures by a grouped scan of every application of the year:
    /// what the kept totals must always equal (the store tests compare the two; `dugnad check` compares the table).
    func grantOverviewScanned(year: Int) throws(StoreError) -> [GrantSchemeYear] {
        try read { db in try Self.grantOverview(db, year: year, from: Self.applicationsOfYear) }
    }

    // The per-scheme-and-status groups of a year, as rows (scheme_id, status, n, decided, paid).
    private static let totalsOfYear = """
        SELECT scheme_id, status, sum(n) AS n, sum(granted_ore) AS decided,
            coalesce(sum(CASE WHEN status IN (\(paidStatuses)) THEN granted_ore END), 0) AS paid
        FROM grant_application_total WHERE year = ? GROUP BY scheme_id, status HAVING sum(n) > 0
        """
    private static let applicationsOfYear = """
        SELECT scheme_id, status, count(*) AS n, coalesce(sum(amount_granted_ore), 0) AS decided,
            coalesce(sum(CASE WHEN status IN (\(paidStatuses)) THEN amount_granted_ore END), 0) AS paid
        FROM grant_application WHERE year = ? GROUP BY scheme_id, status
        """

    private static func grantOverview(_ db: Database, year: Int, from groups: String) throws -> [GrantSchemeYear] {
        var out: [RowID: GrantSchemeYear] = [:]
        for s in try db.cachedStatement(sql: "SELECT * FROM grant_scheme ORDER BY id").decodeAll([], GrantScheme.init(row:)) {
            out[s.id] = GrantSchemeYear(schemeID: s.id, name: s.name, group: s.group, kind: s.kind,
                                        budget: s.annualBudget, decided: .zero, paid: .zero, perStatus: [:])
        }
        // Columns by position (scheme_id, status, n, decided, paid) and each entry changed where it lies: a year
        // has a few hundred groups, and looking columns up by name and copying entries out and back in was most
        // of the overview key.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: groups), arguments: [year])
        while let row = try rows.next() {
            let id: RowID = row[0]
            guard out[id] != nil, let status = ApplicationStatus(rawValue: row[1]) else { continue }
            let n: Int = row[2], decided: Int64 = row[3], paid: Int64 = row[4]
            out[id]?.perStatus[status] = n
            out[id]?.decided += Money(ore: decided)
            out[id]?.paid += Money(ore: paid)
        }
        return out.values.sorted { $0.schemeID < $1.schemeID }
    }

    /// Per kommunedel for a year (none last), from the kept totals.
    public func grantTotalsPerKommunedel(year: Int) throws(StoreError) -> [GrantTotal] {
        try read { db in try Self.grantTotalsPerKommunedel(db, year: year) }
    }

    static func grantTotalsPerKommunedel(_ db: Database, year: Int) throws -> [GrantTotal] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT coalesce(k.name, '–') AS name, sum(t.n) AS n, sum(t.granted_ore) AS decided,
                coalesce(sum(CASE WHEN t.status IN (\(Self.paidStatuses)) THEN t.granted_ore END), 0) AS paid
            FROM grant_application_total t LEFT JOIN kommunedel k ON k.id = t.kommunedel_key
            WHERE t.year = ? GROUP BY t.kommunedel_key HAVING sum(t.n) > 0
            ORDER BY t.kommunedel_key = 0, t.kommunedel_key
            """), arguments: [year]).map(Self.total)
    }

    /// The same by a grouped scan of the year's applications (what the totals must equal).
    func grantTotalsPerKommunedelScanned(year: Int) throws(StoreError) -> [GrantTotal] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT coalesce(k.name, '–') AS name, count(*) AS n, coalesce(sum(a.amount_granted_ore), 0) AS decided,
                    coalesce(sum(CASE WHEN a.status IN (\(Self.paidStatuses)) THEN a.amount_granted_ore END), 0) AS paid
                FROM grant_application a LEFT JOIN kommunedel k ON k.id = a.kommunedel_id
                WHERE a.year = ? GROUP BY a.kommunedel_id ORDER BY a.kommunedel_id IS NULL, a.kommunedel_id
                """, arguments: [year]).map(Self.total)
        }
    }

    private static func total(_ row: Row) -> GrantTotal {
        GrantTotal(name: row["name"], applications: row["n"], decided: Money(ore: row["decided"]), paid: Money(ore: row["paid"]))
    }

    /// Keys of `grant_application_total` that disagree with a grouped scan of the applications (`dugnad check`).
    static func grantTotalProblems(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT year, scheme_id, kommunedel_key, status, sum(an) AS an, sum(tn) AS tn, sum(ag) AS ag, sum(tg) AS tg FROM (
                SELECT year, scheme_id, coalesce(kommunedel_id, 0) AS kommunedel_key, status, 1 AS an, 0 AS tn,
                    coalesce(amount_granted_ore, 0) AS ag, 0 AS tg FROM grant_application
                UNION ALL
                SELECT year, scheme_id, kommunedel_key, status, 0, n, 0, granted_ore FROM grant_application_total)
            GROUP BY year, scheme_id, kommunedel_key, status HAVING sum(an) <> sum(tn) OR sum(ag) <> sum(tg) OR sum(tn) = 0
            ORDER BY year, scheme_id, kommunedel_key, status
            """).map { row in
            "grant_application_total: \(row["year"] as Int) scheme \(row["scheme_id"] as Int64) kommunedel "
                + "\(row["kommunedel_key"] as Int64) \(row["status"] as String) says \(row["tn"] as Int) applications and "
                + "\(row["tg"] as Int64) øre granted, the applications \(row["an"] as Int) and \(row["ag"] as Int64)"
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
