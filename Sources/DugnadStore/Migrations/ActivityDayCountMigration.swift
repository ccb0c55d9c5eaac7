/// Migration "v5-activity-day-count": how many stored activity rows start
/// on each day, and at each start minute (with the lowest row id there), kept
/// right by triggers on `activity`. A month's counts are then 42 primary-key
/// reads instead of a GROUP BY over ~23,000 index entries at scale 10, and a
/// week's cells ~230 rows instead of ~5,000 index entries. Series occurrences
/// are rules, not rows: the store adds them (expanded for the range, as
/// everywhere) when it reads counts. A day whose rows are all gone keeps a
/// row with n = 0; a start minute's row goes with its last activity.
enum ActivityDayCountMigration {
    static let sql = """
        CREATE TABLE activity_day_count (
            day TEXT PRIMARY KEY CHECK (length(day) = 10),
            n INTEGER NOT NULL CHECK (n >= 0)
        ) WITHOUT ROWID;
        INSERT INTO activity_day_count (day, n) SELECT substr(start, 1, 10), count(*) FROM activity GROUP BY 1;
        CREATE TABLE activity_start_count (
            start TEXT PRIMARY KEY CHECK (length(start) = 16),
            n INTEGER NOT NULL CHECK (n >= 0),
            first_id INTEGER NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO activity_start_count (start, n, first_id) SELECT start, count(*), min(id) FROM activity GROUP BY start;
        CREATE TRIGGER activity_day_count_insert AFTER INSERT ON activity BEGIN
            INSERT OR IGNORE INTO activity_day_count (day, n) VALUES (substr(NEW.start, 1, 10), 0);
            UPDATE activity_day_count SET n = n + 1 WHERE day = substr(NEW.start, 1, 10);
            INSERT OR IGNORE INTO activity_start_count (start, n, first_id) VALUES (NEW.start, 0, NEW.id);
            UPDATE activity_start_count SET n = n + 1, first_id = min(first_id, NEW.id) WHERE start = NEW.start;
        END;
        CREATE TRIGGER activity_day_count_delete AFTER DELETE ON activity BEGIN
            UPDATE activity_day_count SET n = n - 1 WHERE day = substr(OLD.start, 1, 10);
            DELETE FROM activity_start_count WHERE start = OLD.start AND n = 1;
            UPDATE activity_start_count SET n = n - 1, first_id = (SELECT min(id) FROM activity WHERE start = OLD.start)
            WHERE start = OLD.start;
        END;
        CREATE TRIGGER activity_day_count_move AFTER UPDATE OF start ON activity
        WHEN OLD.start <> NEW.start BEGIN
            UPDATE activity_day_count SET n = n - 1 WHERE day = substr(OLD.start, 1, 10);
            INSERT OR IGNORE INTO activity_day_count (day, n) VALUES (substr(NEW.start, 1, 10), 0);
            UPDATE activity_day_count SET n = n + 1 WHERE day = substr(NEW.start, 1, 10);
            DELETE FROM activity_start_count WHERE start = OLD.start AND n = 1;
            UPDATE activity_start_count SET n = n - 1, first_id = (SELECT min(id) FROM activity WHERE start = OLD.start)
            WHERE start = OLD.start;
            INSERT OR IGNORE INTO activity_start_count (start, n, first_id) VALUES (NEW.start, 0, NEW.id);
            UPDATE activity_start_count SET n = n + 1, first_id = min(first_id, NEW.id) WHERE start = NEW.start;
        END;
        UPDATE meta SET value = '5' WHERE key = 'schema_version';
        """
}
