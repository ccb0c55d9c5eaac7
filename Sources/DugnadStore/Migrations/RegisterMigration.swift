/// Migration "v8-register": what Enhetsregisteret says of an organisation,
/// kept apart from the fields staff type (contacts, category, agreements),
/// so a re-import of the register updates these and never those. One row per
/// organisation imported from the register; `deleted_on` is the register's
/// `slettedato` (the organisation is then inactive, never deleted).
enum RegisterMigration {
    static let sql = """
        CREATE TABLE organisation_register (
            organisation_id INTEGER PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,
            org_form TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            post_town TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            deleted_on TEXT CHECK (deleted_on IS NULL OR length(deleted_on) BETWEEN 1 AND 32),
            imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M', 'now'))
        );
        UPDATE meta SET value = '8' WHERE key = 'schema_version';
        """
}
