/// Migration "v2-calendar": repeating activities as rules, not rows.
///
/// `activity_series` keeps the first occurrence and the rule; occurrences
/// are expanded by the core for the visible range only. `last_date` is the
/// day of the last occurrence ('9999-12-31' when the series never ends),
/// computed by the core when saved, so "which series can occur in
/// [from, to]" is one range scan of `activity_series_range`. A one-off
/// `activity` row gets an iCalendar `uid` (re-import updates it), a free-text
/// `location` (LOCATION of imported events) and `series_id` when it replaces
/// one date of a series (a changed single occurrence).
enum CalendarMigration {
    static let sql = """
        CREATE TABLE activity_series (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(trim(uid)) > 0),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            organiser TEXT NOT NULL DEFAULT '',
            organisation_id INTEGER REFERENCES organisation(id),
            category TEXT NOT NULL CHECK (category IN ('idrett', 'kultur', 'friluftsliv', 'sosialt', 'laering',
                'helse', 'annet')),
            audience TEXT NOT NULL CHECK (audience IN ('barn', 'ungdom', 'voksne', 'seniorer', 'alle')),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            venue_id INTEGER REFERENCES venue(id),
            booking_id INTEGER REFERENCES booking(id) ON DELETE SET NULL,
            location TEXT NOT NULL DEFAULT '',
            first_start TEXT NOT NULL CHECK (length(first_start) = 16),
            first_end TEXT NOT NULL CHECK (length(first_end) = 16 AND first_start <= first_end),
            all_day INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
            free INTEGER NOT NULL DEFAULT 1 CHECK (free IN (0, 1)),
            price_ore INTEGER NOT NULL DEFAULT 0 CHECK (price_ore >= 0),
            cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
            description TEXT NOT NULL DEFAULT '',
            freq TEXT NOT NULL CHECK (freq IN ('weekly', 'monthly')),
            interval INTEGER NOT NULL DEFAULT 1 CHECK (interval BETWEEN 1 AND 52),
            -- weekly: ISO weekdays '1,3'; monthly: the one weekday
            weekdays TEXT NOT NULL CHECK (length(weekdays) > 0),
            -- monthly: 1..4 or -1 (last)
            month_ordinal INTEGER CHECK (month_ordinal IN (1, 2, 3, 4, -1)),
            until_date TEXT CHECK (until_date IS NULL OR length(until_date) = 10),
            occurrence_count INTEGER CHECK (occurrence_count IS NULL OR occurrence_count BETWEEN 1 AND 1000),
            last_date TEXT NOT NULL CHECK (length(last_date) = 10),
            CHECK (until_date IS NULL OR occurrence_count IS NULL),
            CHECK ((freq = 'monthly') = (month_ordinal IS NOT NULL))
        );
        CREATE INDEX activity_series_range ON activity_series(last_date, first_start);

        CREATE TABLE activity_series_exception (
            series_id INTEGER NOT NULL REFERENCES activity_series(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL CHECK (length(on_date) = 10),
            PRIMARY KEY (series_id, on_date)
        ) WITHOUT ROWID;

        ALTER TABLE activity ADD COLUMN uid TEXT;
        ALTER TABLE activity ADD COLUMN location TEXT NOT NULL DEFAULT '';
        ALTER TABLE activity ADD COLUMN series_id INTEGER REFERENCES activity_series(id) ON DELETE CASCADE;
        CREATE UNIQUE INDEX activity_uid ON activity(uid) WHERE uid IS NOT NULL;
        CREATE INDEX activity_series_ref ON activity(series_id) WHERE series_id IS NOT NULL;

        UPDATE meta SET value = '3' WHERE key = 'schema_version';
        """
}
