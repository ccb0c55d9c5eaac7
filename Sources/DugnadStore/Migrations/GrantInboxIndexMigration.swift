import GRDB

/// Migration "v11-grant-inbox-indexes": free text in the grant filter (`/`)
/// without reading every application, and a case's place in its round
/// counted from an index alone (SPEC §6, issue 9).
///
/// `grant_search` is an FTS5 index of `grant_application.search_text` with
/// the trigram tokenizer: a quoted phrase of three or more characters
/// matches exactly the rows whose text contains it as a substring — what
/// `instr(search_text, ?) > 0` means, since both sides are folded already
/// (hence `case_sensitive 1`: no second folding). Texts of one or two
/// characters cannot be looked up in a trigram index; they keep `instr`.
/// The index is external-content (the text lives once, in the table) and
/// kept by three triggers in the writing transaction, as the grant totals
/// are; `dugnad check` runs FTS5's own integrity check against the table
/// and names a missing trigger.
///
/// `grant_application_round_rank` covers what `roundRank` counts (round,
/// status, score, receipt, reference): a case of a round of 1,700 opened in
/// 9 ms cold, reading each row of the round; from the index it is 0.4 ms. It
/// replaces the one-column round index, which it starts with.
enum GrantInboxIndexMigration {
    static let triggers = ["grant_search_insert", "grant_search_delete", "grant_search_update"]

    static let sql = """
        CREATE VIRTUAL TABLE grant_search USING fts5(
            search_text, content = 'grant_application', content_rowid = 'id', tokenize = 'trigram case_sensitive 1');
        INSERT INTO grant_search (grant_search) VALUES ('rebuild');
        CREATE TRIGGER grant_search_insert AFTER INSERT ON grant_application BEGIN
            INSERT INTO grant_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
        END;
        CREATE TRIGGER grant_search_delete AFTER DELETE ON grant_application BEGIN
            INSERT INTO grant_search (grant_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
        END;
        CREATE TRIGGER grant_search_update AFTER UPDATE OF id, search_text ON grant_application BEGIN
            INSERT INTO grant_search (grant_search, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
            INSERT INTO grant_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
        END;
        CREATE INDEX grant_application_round_rank ON grant_application(round_id, status, score_milli, received_on, reference);
        DROP INDEX grant_application_round;
        UPDATE meta SET value = '11' WHERE key = 'schema_version';
        """
}
