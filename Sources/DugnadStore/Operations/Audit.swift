import DugnadCore
import GRDB

/// Writes the append-only audit log. Always called inside the transaction
/// of the change it records.
enum Audit {
    static func record(_ db: Database, staff: String, action: String, entity: String, entityID: RowID?,
                       details: String) throws {
        // The time comes from SQLite so every process writes the same
        // format: ISO 8601 UTC with seconds.
        // Prepared once per connection: an import writes one line per row it saves.
        try db.cachedStatement(sql: insertSQL).execute(arguments: [staff, action, entity, entityID, details])
    }

    static let insertSQL = """
        INSERT INTO audit_log (at, staff, action, entity, entity_id, details)
        VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?, ?)
        """

    /// "field: old → new; …" for the fields that changed.
    static func changes(from old: [(String, String)], to new: [(String, String)]) -> String {
        zip(old, new).compactMap { before, after in
            before.1 == after.1 ? nil : "\(after.0): \(before.1) → \(after.1)"
        }.joined(separator: "; ")
    }

    /// "field: value; …" for the non-empty fields of a new record.
    static func values(_ fields: [(String, String)]) -> String {
        fields.filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
    }
}
