/// Migration "v5-activity-day-count": how many stored activity rows start
/// on each day, kept right by triggers on `activity`, so a month's counts
/// are 42 primary-key reads instead of a GROUP BY over ~23,000 index
/// entries at scale 10. Series occurrences are rules, not rows: the store
/// adds them (expanded for the range, as everywhere) when it reads counts.
/// A day whose rows are all gone keeps a row with n = 0.
enum ActivityDayCountMigration {
    static let sql = """
        CREATE TABLE activity_day_count (
            day TEXT PRIMARY KEY CHECK (length(day) = 10),
            n INTEGER NOT NULL CHECK (n >= 0)
        ) WITHOUT ROWID;
        INSERT INTO activity_day_count (day, n) SELECT substr(start, 1, 10), count(*) FROM activity GROUP BY 1;
        CREATE TRIGGER activity_day_count_insert AFTER INSERT ON activity BEGIN
            INSERT OR IGNORE INTO activity_day_count (day, n) VALUES (substr(NEW.start, 1, 10), 0);
            UPDATE activity_day_count SET n = n + 1 WHERE day = substr(NEW.start, 1, 10);
        END;
        CREATE TRIGGER activity_day_count_delete AFTER DELETE ON activity BEGIN
            UPDATE activity_day_count SET n = n - 1 WHERE day = substr(OLD.start, 1, 10);
        END;
        CREATE TRIGGER activity_day_count_move AFTER UPDATE OF start ON activity
        WHEN substr(OLD.start, 1, 10) <> substr(NEW.start, 1, 10) BEGIN
            UPDATE activity_day_count SET n = n - 1 WHERE day = substr(OLD.start, 1, 10);
            INSERT OR IGNORE INTO activity_day_count (day, n) VALUES (substr(NEW.start, 1, 10), 0);
            UPDATE activity_day_count SET n = n + 1 WHERE day = substr(NEW.start, 1, 10);
        END;
        UPDATE meta SET value = '5' WHERE key = 'schema_version';
        """
}
