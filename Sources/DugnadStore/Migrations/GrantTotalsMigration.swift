import GRDB

/// Migration "v10-grant-totals": the Grants pane within the keystroke budget
/// at scale 10 (SPEC §6).
///
/// `grant_application_total` keeps, per (year, scheme, kommunedel, status),
/// how many applications there are and the sum of their granted øre, so the
/// overview of a year reads a few hundred rows instead of every application
/// of the year. Triggers on `grant_application` keep it in the writing
/// transaction (insert, delete, and any update of the five columns it is
/// keyed or summed on); a key whose count falls to 0 is deleted, so the
/// table only holds keys that have applications. `kommunedel_key` is the
/// application's `kommunedel_id`, or 0 for none (ids start at 1). `dugnad
/// check` compares the table with a grouped scan.
///
/// Also indexes that match the inbox's ORDER BY for the sorts that sort by
/// an expression (deadline, status, score), tiebreak included, so a window
/// is an index walk and not a sort of every selected row. (Amount and
/// applicant already walk their one-column index: SQLite keeps the rowid,
/// `id`, at the end of every index entry.) And `grant_application_received_text`:
/// the received order with the folded search text beside it, so a text
/// filter (typed key by key in `/`) is tested on the index entry and only
/// matching rows are read, both for the window and for the count (which
/// then scans the narrow index, not the wide table). And the status index
/// (status, received_on) widened to `grant_application_status_filter` with
/// id, scheme, amount applied for and the search text: a status filter
/// combined with scheme, amount or text (the `/` line's usual start) is
/// counted from the index alone and its window reads only matching rows.
enum GrantTotalsMigration {
    // One application's share: `sign` 1 to add it, -1 to take it away.
    private static func apply(_ row: String, _ sign: String) -> String {
        let key = """
            year = \(row).year AND scheme_id = \(row).scheme_id \
            AND kommunedel_key = coalesce(\(row).kommunedel_id, 0) AND status = \(row).status
            """
        return """
            INSERT OR IGNORE INTO grant_application_total (year, scheme_id, kommunedel_key, status, n, granted_ore)
                VALUES (\(row).year, \(row).scheme_id, coalesce(\(row).kommunedel_id, 0), \(row).status, 0, 0);
            UPDATE grant_application_total SET n = n + \(sign), granted_ore = granted_ore + \(sign) * coalesce(\(row).amount_granted_ore, 0)
                WHERE \(key);
            DELETE FROM grant_application_total WHERE \(key) AND n = 0;
            """
    }

    /// The ORDER BY of the status sort, as `GrantSort.orderBy` writes it (the statuses in declaration order).
    static let statusRank = """
        CASE status WHEN 'received' THEN 0 WHEN 'in_review' THEN 1 WHEN 'info_requested' THEN 2 WHEN 'waiting' THEN 3 \
        WHEN 'recommended' THEN 4 WHEN 'granted' THEN 5 WHEN 'partly_granted' THEN 6 WHEN 'rejected' THEN 7 \
        WHEN 'appealed' THEN 8 WHEN 'paid' THEN 9 WHEN 'report_due' THEN 10 WHEN 'report_received' THEN 11 \
        WHEN 'closed' THEN 12 WHEN 'withdrawn' THEN 13 END
        """

    static let sql = """
        CREATE TABLE grant_application_total (
            year INTEGER NOT NULL,
            scheme_id INTEGER NOT NULL,
            kommunedel_key INTEGER NOT NULL,
            status TEXT NOT NULL,
            n INTEGER NOT NULL CHECK (n >= 0),
            granted_ore INTEGER NOT NULL,
            PRIMARY KEY (year, scheme_id, kommunedel_key, status)
        ) WITHOUT ROWID;
        INSERT INTO grant_application_total (year, scheme_id, kommunedel_key, status, n, granted_ore)
            SELECT year, scheme_id, coalesce(kommunedel_id, 0), status, count(*), coalesce(sum(amount_granted_ore), 0)
            FROM grant_application GROUP BY year, scheme_id, coalesce(kommunedel_id, 0), status;
        CREATE TRIGGER grant_application_total_insert AFTER INSERT ON grant_application BEGIN
            \(apply("NEW", "1"))
        END;
        CREATE TRIGGER grant_application_total_delete AFTER DELETE ON grant_application BEGIN
            \(apply("OLD", "-1"))
        END;
        CREATE TRIGGER grant_application_total_update
        AFTER UPDATE OF year, scheme_id, kommunedel_id, status, amount_granted_ore ON grant_application BEGIN
            \(apply("OLD", "-1"))
            \(apply("NEW", "1"))
        END;
        CREATE INDEX grant_application_deadline_order ON grant_application(decision_due IS NULL, decision_due, id);
        CREATE INDEX grant_application_score_order ON grant_application(score_milli IS NULL, score_milli DESC, id);
        CREATE INDEX grant_application_status_order ON grant_application(\(statusRank), received_on DESC, id DESC);
        CREATE INDEX grant_application_received_text ON grant_application(received_on, id, search_text);
        DROP INDEX grant_application_status;
        CREATE INDEX grant_application_status_filter
            ON grant_application(status, received_on, id, scheme_id, amount_requested_ore, search_text);
        UPDATE meta SET value = '10' WHERE key = 'schema_version';
        """
}
