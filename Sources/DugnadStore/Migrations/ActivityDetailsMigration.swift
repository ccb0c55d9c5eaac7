/// Migration "v4-activity-details": the activity fields the front desk is
/// asked about (sign-up, capacity, contact, adaptation, languages, status,
/// age range), on one-offs and series alike. `price_ore` already exists on
/// both tables (v1, v2-calendar) and is now written. Added columns, never a
/// rebuilt table: older rows get "not stated" defaults. SQLite cannot add a
/// table CHECK (age_min <= age_max) by ALTER; the core checks that.
enum ActivityDetailsMigration {
    static let sql: String = {
        let columns = """
            sign_up_required INTEGER NOT NULL DEFAULT 0 CHECK (sign_up_required IN (0, 1))
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0)
            contact TEXT NOT NULL DEFAULT ''
            accessibility TEXT NOT NULL DEFAULT ''
            languages TEXT NOT NULL DEFAULT ''
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'full', 'postponed'))
            age_min INTEGER CHECK (age_min IS NULL OR age_min BETWEEN 0 AND 120)
            age_max INTEGER CHECK (age_max IS NULL OR age_max BETWEEN 0 AND 120)
            """.split(separator: "\n")
        let alters = ["activity", "activity_series"].flatMap { table in
            columns.map { "ALTER TABLE \(table) ADD COLUMN \($0);" }
        }
        return (alters + ["UPDATE meta SET value = '4' WHERE key = 'schema_version';"]).joined(separator: "\n")
    }()
}
