import GRDB

/// Migration "v9-series-occurrences": the Calendar's series occurrences as
/// index rows, so that a view reads the occurrences it shows (and every
/// day's count) instead of expanding every series that touches its range.
///
/// `activity_series_occurrence` holds one row per date of each series' rule
/// (its start: the date at the series' time), cancelled dates included (they
/// are shown, marked), up to ten years after the series' first day; a series
/// that goes on past that has a row in `activity_series_tail` and its later
/// dates are expanded by the core when a view reaches them. The rows are
/// written by the store whenever a series is saved (`materialiseOccurrences`,
/// in the saving transaction: create, edit, end, import). `replaced` counts
/// the stored rows that take the date's place (a changed single occurrence,
/// `activity.series_id` on that day), kept by triggers on `activity`; only
/// rows with `replaced = 0` are shown. `activity_series_day_count` keeps how
/// many are shown per day, by triggers on the occurrence table (as
/// `activity_day_count` does for stored rows). A series' rows go with it (ON
/// DELETE CASCADE). Also: `booking_organisation_start`, so the Directory's
/// organisation card reads its coming bookings as a bounded index range.
enum SeriesOccurrenceMigration {
    static let sql = """
        CREATE TABLE activity_series_occurrence (
            start TEXT NOT NULL CHECK (length(start) = 16),
            series_id INTEGER NOT NULL REFERENCES activity_series(id) ON DELETE CASCADE,
            replaced INTEGER NOT NULL DEFAULT 0 CHECK (replaced >= 0),
            PRIMARY KEY (start, series_id)
        ) WITHOUT ROWID;
        CREATE INDEX activity_series_occurrence_series ON activity_series_occurrence(series_id, start);
        CREATE TABLE activity_series_tail (
            series_id INTEGER PRIMARY KEY REFERENCES activity_series(id) ON DELETE CASCADE,
            after TEXT NOT NULL CHECK (length(after) = 10)
        );
        CREATE INDEX activity_series_tail_after ON activity_series_tail(after);
        CREATE TABLE activity_series_day_count (
            day TEXT PRIMARY KEY CHECK (length(day) = 10),
            n INTEGER NOT NULL CHECK (n >= 0)
        ) WITHOUT ROWID;
        CREATE TRIGGER activity_series_occurrence_insert AFTER INSERT ON activity_series_occurrence
        WHEN NEW.replaced = 0 BEGIN
            INSERT OR IGNORE INTO activity_series_day_count (day, n) VALUES (substr(NEW.start, 1, 10), 0);
            UPDATE activity_series_day_count SET n = n + 1 WHERE day = substr(NEW.start, 1, 10);
        END;
        CREATE TRIGGER activity_series_occurrence_delete AFTER DELETE ON activity_series_occurrence
        WHEN OLD.replaced = 0 BEGIN
            UPDATE activity_series_day_count SET n = n - 1 WHERE day = substr(OLD.start, 1, 10);
        END;
        CREATE TRIGGER activity_series_occurrence_replaced AFTER UPDATE OF replaced ON activity_series_occurrence
        WHEN (OLD.replaced = 0) <> (NEW.replaced = 0) BEGIN
            INSERT OR IGNORE INTO activity_series_day_count (day, n) VALUES (substr(NEW.start, 1, 10), 0);
            UPDATE activity_series_day_count SET n = n + (CASE WHEN NEW.replaced = 0 THEN 1 ELSE -1 END)
            WHERE day = substr(NEW.start, 1, 10);
        END;
        CREATE TRIGGER activity_series_replace_insert AFTER INSERT ON activity
        WHEN NEW.series_id IS NOT NULL BEGIN
            UPDATE activity_series_occurrence SET replaced = replaced + 1
            WHERE series_id = NEW.series_id AND start >= substr(NEW.start, 1, 10)
              AND start < date(substr(NEW.start, 1, 10), '+1 day');
        END;
        CREATE TRIGGER activity_series_replace_delete AFTER DELETE ON activity
        WHEN OLD.series_id IS NOT NULL BEGIN
            UPDATE activity_series_occurrence SET replaced = replaced - 1
            WHERE series_id = OLD.series_id AND start >= substr(OLD.start, 1, 10)
              AND start < date(substr(OLD.start, 1, 10), '+1 day') AND replaced > 0;
        END;
        CREATE TRIGGER activity_series_replace_move AFTER UPDATE OF start, series_id ON activity
        WHEN OLD.series_id IS NOT NEW.series_id OR substr(OLD.start, 1, 10) <> substr(NEW.start, 1, 10) BEGIN
            UPDATE activity_series_occurrence SET replaced = replaced - 1
            WHERE series_id = OLD.series_id AND start >= substr(OLD.start, 1, 10)
              AND start < date(substr(OLD.start, 1, 10), '+1 day') AND replaced > 0;
            UPDATE activity_series_occurrence SET replaced = replaced + 1
            WHERE series_id = NEW.series_id AND start >= substr(NEW.start, 1, 10)
              AND start < date(substr(NEW.start, 1, 10), '+1 day');
        END;
        CREATE INDEX booking_organisation_start ON booking(organisation_id, start, status);
        UPDATE meta SET value = '9' WHERE key = 'schema_version';
        """

    /// Creates the tables and writes the occurrences of every series already stored.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: sql)
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM activity_series ORDER BY id")
        for row in rows {
            try AppDatabase.materialiseOccurrences(db, SeriesRows.series(row, exceptions: []))
        }
    }
}
