import DugnadCore
import GRDB

// The grant inbox: the filter language over SQL, windowed reads and counts.
extension AppDatabase {
    /// Parses `expression`; a bad expression is a `GrantFilterError` for the caller to show.
    public static func grantFilter(_ expression: String) -> Result<GrantFilter, GrantFilterError> {
        GrantFilterParser.parse(expression)
    }

    /// The lines of the inbox the filter selects, sorted, from `offset` (at most `limit`).
    public func grantInbox(_ filter: GrantFilter, sort: GrantSort = .received, today: CivilDate,
                           offset: Int, limit: Int) throws(StoreError) -> [GrantInboxLine] {
        let me = user
        return try read { db in
            let translator = GrantFilterSQL(context: GrantFilterContext(today: today, me: me))
            let w = try translator.whereClause(filter, db)
            return try Self.inboxLines(db, where: w.sql, arguments: w.arguments, order: sort.orderBy,
                                       limit: limit, offset: offset, me: me)
        }
    }

    /// How many applications the filter selects.
    public func grantInboxCount(_ filter: GrantFilter, today: CivilDate) throws(StoreError) -> Int {
        let me = user
        return try read { db in try Self.grantInboxCount(db, filter, today: today, me: me) }
    }

    /// The same count on a connection of the caller's own (made off the UI's loop).
    public func grantInboxCount(_ filter: GrantFilter, today: CivilDate, on side: SideReader) throws(StoreError) -> Int {
        let me = user
        return try side.read { db in try Self.grantInboxCount(db, filter, today: today, me: me) }
    }

    static func grantInboxCount(_ db: Database, _ filter: GrantFilter, today: CivilDate, me: String) throws -> Int {
        let w = try GrantFilterSQL(context: GrantFilterContext(today: today, me: me)).whereClause(filter, db)
        return try Int.fetchOne(ShapedStatements.statement(db, "SELECT count(*) FROM grant_application a WHERE \(w.sql)"),
                                arguments: w.arguments) ?? 0
    }

    /// Every application id the filter selects (for "tag all matching").
    public func grantInboxIDs(_ filter: GrantFilter, today: CivilDate) throws(StoreError) -> [RowID] {
        let me = user
        return try read { db in
            let w = try GrantFilterSQL(context: GrantFilterContext(today: today, me: me)).whereClause(filter, db)
            return try RowID.fetchAll(db, sql: "SELECT a.id FROM grant_application a WHERE \(w.sql) ORDER BY a.id",
                                      arguments: w.arguments)
        }
    }

    /// The inbox line of one application by reference or id.
    public func grantInboxLine(reference: String) throws(StoreError) -> GrantInboxLine? {
        let me = user
        return try read { db in
            try Self.inboxLines(db, where: "a.reference = ?", arguments: [reference], order: "a.id", limit: 1,
                                offset: 0, me: me).first
        }
    }

    static func inboxLines(_ db: Database, where clause: String, arguments: StatementArguments, order: String,
                           limit: Int, offset: Int, me: String) throws -> [GrantInboxLine] {
        // The window's ids first, then its lines: when the rows are sorted (a few hundred text matches read by
        // id), the sorter would otherwise hold every candidate's whole row and its conflict and tag subqueries.
        let sql = """
            SELECT a.*, s.name AS scheme_name, s.grp AS scheme_group, s.kind AS scheme_kind,
                EXISTS (SELECT 1 FROM grant_conflict c WHERE c.application_id = a.id) AS has_conflict,
                EXISTS (SELECT 1 FROM grant_conflict c WHERE c.application_id = a.id AND c.staff = ?) AS my_conflict,
                (SELECT group_concat(t.tag, ' ') FROM grant_tag t WHERE t.application_id = a.id) AS tag_list
            FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
            WHERE a.id IN (SELECT a.id FROM grant_application a WHERE \(clause) ORDER BY \(order) LIMIT ? OFFSET ?)
            ORDER BY \(order)
            """
        var args: StatementArguments = [me]
        args += arguments
        args += [max(0, limit), max(0, offset)]
        let statement = try ShapedStatements.statement(db, sql)
        let columns = try GrantApplicationColumns(statement.columnNames)
        // The columns after `a.*`, in the order selected above.
        let extra = statement.columnCount - 6
        return try statement.decodeAll(args) { row in
            let tags: String? = row[extra + 5]
            return GrantInboxLine(application: try GrantApplication(row: row, at: columns), schemeName: row[extra],
                                  group: try StoredForms.enumValue(SchemeGroup.self, row[extra + 1]),
                                  kind: try StoredForms.enumValue(SchemeKind.self, row[extra + 2]),
                                  hasConflict: row[extra + 3], myConflict: row[extra + 4],
                                  tags: tags.map { $0.split(separator: " ").map(String.init).sorted() } ?? [])
        }
    }

    /// Every application as the core evaluator sees it (tests, and `grants list` cross-checks).
    public func grantFilterSubjects() throws(StoreError) -> [GrantFilterSubject] {
        try read { db in
            let kommunedeler = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM kommunedel")
                .map { ($0["id"] as RowID, $0["name"] as String) })
            var tags: [RowID: Set<String>] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT application_id, tag FROM grant_tag") {
                tags[row["application_id"], default: []].insert(row["tag"])
            }
            let conflicts = Set(try RowID.fetchAll(db, sql: "SELECT DISTINCT application_id FROM grant_conflict"))
            return try GrantApplication.decodeAll(db, """
                SELECT a.*, s.name AS scheme_name, s.grp AS scheme_group, s.kind AS scheme_kind
                FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id ORDER BY a.id
                """) { row, a in
                return GrantFilterSubject(application: a, schemeName: row["scheme_name"],
                                          group: try StoredForms.enumValue(SchemeGroup.self, row["scheme_group"]),
                                          kind: try StoredForms.enumValue(SchemeKind.self, row["scheme_kind"]),
                                          kommunedelName: a.kommunedelID.flatMap { kommunedeler[$0] },
                                          tags: tags[a.id] ?? [], hasConflict: conflicts.contains(a.id))
            }
        }
    }

    /// The values completion offers (scheme names, officers, kommunedeler, tags in use).
    public func grantFilterVocabulary() throws(StoreError) -> GrantFilterVocabulary {
        try read { db in
            GrantFilterVocabulary(
                schemes: try String.fetchAll(db, sql: "SELECT name FROM grant_scheme WHERE active = 1 ORDER BY id"),
                assignees: try String.fetchAll(db, sql: "SELECT username FROM staff WHERE active = 1 AND role IN ('grants', 'admin') ORDER BY username"),
                kommunedeler: try String.fetchAll(db, sql: "SELECT name FROM kommunedel ORDER BY id"),
                tags: try String.fetchAll(db, sql: "SELECT DISTINCT tag FROM grant_tag ORDER BY tag"))
        }
    }
}
