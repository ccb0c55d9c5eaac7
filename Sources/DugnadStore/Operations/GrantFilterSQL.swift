import DugnadCore
import GRDB

/// The filter language translated to SQL over `grant_application AS a`,
/// with the same semantics as `GrantFilterEvaluator` (a test compares the
/// two over the demo for many random filters). Names (scheme, kommunedel)
/// are resolved to ids here, per term that names them, so the WHERE clause
/// stays on indexed integer columns.
struct GrantFilterSQL {
    struct SchemeFacts { var id: RowID; var name: String; var group: SchemeGroup; var kind: SchemeKind }

    let context: GrantFilterContext

    static let undecided = ApplicationStatus.allCases.filter(\.isUndecided).map { "'\($0.rawValue)'" }
        .joined(separator: ", ")

    init(context: GrantFilterContext) { self.context = context }

    // Schemes and kommunedeler are read only by the terms that name them: most filters typed (a name, a
    // status, an amount) need neither, and reading them was a quarter of an inbox read.
    private func schemes(_ db: Database) throws -> [SchemeFacts] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name, grp, kind FROM grant_scheme")).map {
            SchemeFacts(id: $0["id"], name: $0["name"],
                        group: try StoredForms.enumValue(SchemeGroup.self, $0["grp"]),
                        kind: try StoredForms.enumValue(SchemeKind.self, $0["kind"]))
        }
    }

    private func kommunedeler(_ db: Database) throws -> [(id: RowID, name: String)] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, name FROM kommunedel")).map { ($0["id"], $0["name"]) }
    }

    /// "1" for the empty filter. `db` answers how often a text occurs (see `textTerm`).
    func whereClause(_ filter: GrantFilter, _ db: Database) throws -> (sql: String, arguments: StatementArguments) {
        var arguments: StatementArguments = []
        let parts = try filter.terms.map { try sql($0, &arguments, db) }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments)
    }

    /// Up to this many matches, a text is looked up in the trigram index and its rows read by id;
    /// beyond it, the rows are common enough that walking the inbox's order tests few before a window
    /// is full, and reading thousands of rows by id would cost more.
    static let indexedTextLimit = 500

    /// A text needle as an FTS5 phrase: quoted, inner quotes doubled (nothing else is special inside).
    static func phrase(_ needle: String) -> String { "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Free text, the same rows three ways (migration v11): no match at all → false without reading the
    /// table; a few matches → the ids from the trigram index; many, or a text too short for trigrams → `instr`
    /// on the (narrow) index entries, which finds a window's rows quickly because they are common.
    private func textTerm(_ needle: String, _ args: inout StatementArguments, _ db: Database) throws -> String {
        if needle.unicodeScalars.count >= 3 {
            let found = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT count(*) FROM (SELECT rowid FROM grant_search WHERE grant_search MATCH ? LIMIT ?)
                """), arguments: [Self.phrase(needle), Self.indexedTextLimit + 1]) ?? 0
            if found == 0 { return "0" }
            if found <= Self.indexedTextLimit {
                args += [Self.phrase(needle)]
                return "a.id IN (SELECT rowid FROM grant_search WHERE grant_search MATCH ?)"
            }
        }
        args += [needle]
        return "instr(a.search_text, ?) > 0"
    }

    private func ids(_ list: [RowID]) -> String {
        list.isEmpty ? "0" : "a.scheme_id IN (\(list.map(String.init).joined(separator: ",")))"
    }

    private func sql(_ term: GrantFilter.Term, _ args: inout StatementArguments, _ db: Database) throws -> String {
        switch term {
        case .status(let set):
            guard !set.isEmpty else { return "0" }
            return "a.status IN (\(set.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")))"
        case .scheme(let needle): return ids(try schemes(db).filter { GrantFilter.containsFolded($0.name, needle) }.map(\.id))
        case .group(let set): return ids(try schemes(db).filter { set.contains($0.group) }.map(\.id))
        case .kind(let set): return ids(try schemes(db).filter { set.contains($0.kind) }.map(\.id))
        case .assignee(.me): args += [context.me]; return "a.assignee = ?"
        case .assignee(.none): return "a.assignee IS NULL"
        case .assignee(.user(let name)): args += [name]; return "a.assignee = ?"
        case .kommunedel(let needle):
            let list = try kommunedeler(db).filter { GrantFilter.containsFolded($0.name, needle) }.map(\.id)
            return list.isEmpty ? "0" : "a.kommunedel_id IN (\(list.map(String.init).joined(separator: ",")))"
        case .tag(let tag):
            args += [tag]
            return "EXISTS (SELECT 1 FROM grant_tag t WHERE t.application_id = a.id AND t.tag = ?)"
        case .from(let day): args += [day.iso]; return "a.received_on >= ?"
        case .to(let day): args += [day.iso]; return "a.received_on <= ?"
        case .year(let y): args += [y]; return "a.year = ?"
        // search_text starts with the folded reference, and a prefix holds no newline.
        case .reference(let prefix): args += [prefix]; return "instr(a.search_text, ?) = 1"
        case .amount(let op, let m): args += [m.ore]; return "a.amount_requested_ore \(op.rawValue) ?"
        case .score(let op, let milli): args += [milli]; return "a.score_milli \(op.rawValue) ?"
        case .overdue:
            args += [context.today.iso, context.today.iso]
            return "((a.status IN (\(Self.undecided)) AND a.decision_due < ?) OR (a.status = 'report_due' AND a.report_due_on < ?))"
        case .flagged: return "a.flagged = 1"
        case .new:
            args += [context.today.adding(days: -GrantFilter.newDays).iso]
            return "(a.status = 'received' AND a.received_on >= ?)"
        case .conflict: return "EXISTS (SELECT 1 FROM grant_conflict c WHERE c.application_id = a.id)"
        case .tagged: return "EXISTS (SELECT 1 FROM grant_tag t WHERE t.application_id = a.id)"
        case .text(let needle): return try textTerm(needle, &args, db)
        // NULL (an unscored or unassigned row) counts as false, as in the evaluator, also under NOT.
        case .not(let inner): return "NOT coalesce((\(try sql(inner, &args, db))), 0)"
        }
    }
}

extension GrantSort {
    var orderBy: String {
        switch self {
        case .received: return "a.received_on DESC, a.id DESC"
        case .deadline: return "a.decision_due IS NULL, a.decision_due, a.id"
        case .amount: return "a.amount_requested_ore DESC, a.id DESC"
        case .status:
            let cases = ApplicationStatus.allCases.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }
            return "CASE a.status \(cases.joined(separator: " ")) END, a.received_on DESC, a.id DESC"
        case .applicant: return "a.applicant_name COLLATE NOCASE, a.id"
        case .score: return "a.score_milli IS NULL, a.score_milli DESC, a.id"
        }
    }
}
