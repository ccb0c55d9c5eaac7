import DugnadCore
import GRDB

// What the inbox's tools need besides the plain operations: a bulk status
// change that moves the legal ones and names the refused, undo that says
// what it undid, saved views with their defaults, the overview in one read,
// and the organisations the intake form offers.
extension AppDatabase {
    /// Applies `action` to `ids`. A status change moves only those the
    /// workflow allows (one transaction) and names the others by reference.
    public func applyBulkAction(_ ids: [RowID], _ action: GrantBulkAction, on day: CivilDate) throws(StoreError) -> GrantBulkOutcome {
        guard case .setStatus(let target) = action else {
            return GrantBulkOutcome(action: action, applied: try bulkAction(ids, action, on: day))
        }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let verdicts: [(RowID, String, Bool)] = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.reference, a.status, s.kind, s.reporting FROM grant_application a
                JOIN grant_scheme s ON s.id = a.scheme_id WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.reference
                """, arguments: [list]).compactMap { row in
                let id: RowID = row["id"]
                guard let from = ApplicationStatus(rawValue: row["status"]) else { return nil }
                let kind = SchemeKind(rawValue: row["kind"]) ?? .grant
                let reporting: String = row["reporting"]
                let context = GrantWorkflow.Context(kind: kind, requiresReport: !reporting.trimmingWhitespace().isEmpty)
                return (id, row["reference"], GrantWorkflow.refusal(from: from, to: target, context: context) == nil)
            }
        }
        let legal = verdicts.filter(\.2).map(\.0)
        let applied = legal.isEmpty ? 0 : try bulkAction(legal, action, on: day)
        return GrantBulkOutcome(action: action, applied: applied, refused: verdicts.filter { !$0.2 }.map(\.1))
    }

    /// Undoes the login user's last bulk action and says which it was; nil when there is none.
    public func undoLastBulkActionDescribed() throws(StoreError) -> GrantBulkOutcome? {
        let user = self.user
        let code = try read { db in
            try String.fetchOne(db, sql: "SELECT action FROM grant_bulk WHERE staff = ? AND undone = 0 ORDER BY id DESC LIMIT 1",
                                arguments: [user])
        }
        guard let code, let count = try undoLastBulkAction() else { return nil }
        return GrantBulkOutcome(action: GrantBulkAction(code: code) ?? .flag(false), applied: count)
    }

    /// The login user's saved views, or the defaults while they have saved none.
    public func grantViews() throws(StoreError) -> [SavedGrantFilter] {
        let saved = try savedGrantFilters()
        return saved.isEmpty ? SavedGrantFilter.defaults : saved
    }

    /// Saves a view; while the user has none of their own, the defaults are stored first (so none disappear).
    public func saveGrantView(name: String, expression: String) throws(StoreError) -> [SavedGrantFilter] {
        try storeDefaultViewsIfNone()
        try saveGrantFilter(name: name, expression: expression)
        return try grantViews()
    }

    /// Deletes a view (a default one too: the others are then stored).
    public func deleteGrantView(name: String) throws(StoreError) -> [SavedGrantFilter] {
        try storeDefaultViewsIfNone()
        try deleteGrantFilter(name: name)
        return try savedGrantFilters()
    }

    private func storeDefaultViewsIfNone() throws(StoreError) {
        guard try savedGrantFilters().isEmpty else { return }
        for view in SavedGrantFilter.defaults { try saveGrantFilter(name: view.name, expression: view.expression) }
    }

    /// The overview of a year: schemes, groups and kommunedeler, in one read (kept until anything is committed,
    /// see `GrantOverviewCache`); the radar too when asked (it is the slow part, and never kept).
    /// `cached: false` always reads (the benchmark's figure for the first opening after a change).
    public func grantOverviewOfYear(_ year: Int, radar: Bool = false, cached: Bool = true) throws(StoreError) -> GrantOverview {
        var overview: GrantOverview
        do {
            let version = cached && !isReadOnly ? versions.current(path: path) : nil
            overview = try overviewCache.overview(year: year, version: version) {
                try read { db in try Self.grantOverviewOfYear(db, year) }
            }
        } catch {
            throw StoreError.wrap(error, path: path)
        }
        if radar { overview.radar = try doubleFundingRadar(year: year) }
        return overview
    }

    static func grantOverviewOfYear(_ db: Database, _ year: Int) throws -> GrantOverview {
        let schemes = try grantOverview(db, year: year)
        let groups = SchemeGroup.allCases.map { g in
            let mine = schemes.filter { $0.group == g }
            return GrantTotal(name: g.rawValue, applications: mine.map(\.applications).reduce(0, +),
                              decided: mine.map(\.decided).reduce(.zero, +), paid: mine.map(\.paid).reduce(.zero, +))
        }
        return GrantOverview(year: year, schemes: schemes, groups: groups,
                             kommunedeler: try grantTotalsPerKommunedel(db, year: year))
    }

    /// Active organisations for the intake form's picker, with their numbers.
    public func intakeOrganisations() throws(StoreError) -> [IntakeOrganisation] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, org_number FROM organisation WHERE active = 1 ORDER BY name COLLATE NOCASE")
                .map { IntakeOrganisation(id: $0["id"], name: $0["name"], organisationNumber: $0["org_number"]) }
        }
    }
}
