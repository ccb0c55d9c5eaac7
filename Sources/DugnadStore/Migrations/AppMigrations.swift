import GRDB

/// The database schema as an append-only history of migrations.
///
/// Frozen history: a migration that has shipped is never edited. Later
/// changes are new migrations appended below ("v2", …) that also bump
/// `meta.schema_version` and `schemaVersion`. The SQL is written out with
/// plain table names and literal CHECK lists (not generated from the Swift
/// enums) so that renaming a Swift case can never silently change history;
/// a test checks that every enum raw value is accepted.
///
/// Conventions the rest of the store (and the demo generator) rely on:
/// - booleans are INTEGER 0/1 with a CHECK;
/// - money is INTEGER øre (`*_ore`);
/// - civil dates are TEXT `YYYY-MM-DD`; civil date-times TEXT `YYYY-MM-DD HH:MM`
///   (Europe/Oslo wall clock, sorts as text). A booking ending at midnight is
///   stored as the next day's `00:00`, never as `24:00`;
/// - `start` and `end` are column names: quote `"end"` in raw SQL.
enum AppMigrations {
    /// The highest `meta.schema_version` this build understands.
    static let schemaVersion = 11

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        // The Calendar's migration, developed beside "v2", is registered after it: schema 3.
        migrator.registerMigration("v2-calendar") { db in
            try db.execute(sql: CalendarMigration.sql)
        }
        // The activity details of the Calendar issue's item 1: schema 4.
        migrator.registerMigration("v4-activity-details") { db in
            try db.execute(sql: ActivityDetailsMigration.sql)
        }
        // The Venues grid's display order from indexes (no schema change).
        migrator.registerMigration("v4-venue-order") { db in
            try db.execute(sql: VenueOrderMigration.sql)
        }
        // Per-day counts of stored activity rows for the Calendar's views: schema 5.
        migrator.registerMigration("v5-activity-day-count") { db in
            try db.execute(sql: ActivityDayCountMigration.sql)
        }
        // The Grants issue: scheme rules, the workflow's new states, scores, conflicts, appeals: schema 6.
        migrator.registerMigration("v6-grants") { db in
            try db.execute(sql: GrantsMigration.sql)
        }
        // The Volunteers issue: triage, matching, politiattest seen, hours, privacy: schema 7.
        migrator.registerMigration("v7-volunteers") { db in
            try db.execute(sql: VolunteersMigration.sql)
        }
        // What Enhetsregisteret says of an organisation, apart from what staff type: schema 8.
        migrator.registerMigration("v8-register") { db in
            try db.execute(sql: RegisterMigration.sql)
        }
        // The Calendar's series occurrences as rows (and per-day counts), the organisation card's index: schema 9.
        migrator.registerMigration("v9-series-occurrences") { db in
            try SeriesOccurrenceMigration.migrate(db)
        }
        // The Grants pane at scale 10: totals per year, scheme, kommunedel and status; sort-order indexes: schema 10.
        migrator.registerMigration("v10-grant-totals") { db in
            try db.execute(sql: GrantTotalsMigration.sql)
        }
        // Free text in the grant filter from a trigram index instead of a scan, the round rank from an index: schema 11.
        migrator.registerMigration("v11-grant-inbox-indexes") { db in
            try db.execute(sql: GrantInboxIndexMigration.sql)
        }
        return migrator
    }

    // CHECK fragment for a civil date-time `YYYY-MM-DD HH:MM` that is a real
    // date and a time before 24:00. Text order is then chronological order,
    // which the overlap trigger and all range queries depend on.
    // (`date(x)` alone accepts 2026-02-30; the '+0 days' modifier normalises
    // it to 2026-03-02, so the comparison rejects it.)
    private static func civilDateTime(_ column: String) -> String {
        """
        length(\(column)) = 16 AND date(substr(\(column), 1, 10), '+0 days') = substr(\(column), 1, 10) \
        AND substr(\(column), 11, 6) GLOB ' [0-2][0-9]:[0-5][0-9]' AND substr(\(column), 12, 5) < '24:00'
        """
    }

    private static func civilDate(_ column: String) -> String {
        "length(\(column)) = 10 AND date(\(column), '+0 days') = \(column)"
    }

    private static func bool(_ column: String, default value: Int = 0) -> String {
        "\(column) INTEGER NOT NULL DEFAULT \(value) CHECK (\(column) IN (0, 1))"
    }

    private static let now = "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"

    // The overlap rule shared by both booking triggers. Bookings never span
    // more than one day (CHECK on booking), so any clashing booking starts no
    // earlier than the day before NEW.start: bounding `start` from below
    // keeps the lookup a range scan of the (venue_id, start) index.
    private static let overlapGuard = """
        SELECT RAISE(ABORT, 'booking_overlap') WHERE EXISTS (
            SELECT 1 FROM booking AS b
            WHERE b.venue_id = NEW.venue_id
              AND b.start >= date(NEW.start, '-1 day')
              AND b.start < NEW."end"
              AND b."end" > NEW.start
              AND b.status IN ('confirmed', 'requested')
              AND b.id IS NOT NEW.id);
        """

    static let v1 = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        INSERT INTO meta (key, value) VALUES ('app', 'dugnad'), ('schema_version', '1');

        CREATE TABLE kommunedel (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
        );

        CREATE TABLE site (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('knutepunkt', 'frivilligsentral', 'bibliotek', 'skole',
                'idrettshall', 'kulturhus', 'uteomrade')),
            kommunedel_id INTEGER NOT NULL REFERENCES kommunedel(id),
            \(bool("has_innbyggertorg"))
        );
        CREATE INDEX site_kommunedel ON site(kommunedel_id);

        CREATE TABLE organisation (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            org_number TEXT UNIQUE CHECK (org_number IS NULL
                OR (length(org_number) = 9 AND org_number NOT GLOB '*[^0-9]*')),
            \(bool("in_frivillighetsregisteret")),
            category TEXT NOT NULL CHECK (category IN ('idrett', 'kultur', 'friluftsliv', 'helse_sosial',
                'barn_unge', 'humanitar', 'livssyn', 'naermiljo', 'innvandrer', 'paraply', 'annet')),
            umbrella_id INTEGER REFERENCES organisation(id),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            contact_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            \(bool("active", default: 1)),
            created_at TEXT NOT NULL DEFAULT \(now)
        );
        CREATE INDEX organisation_name ON organisation(name COLLATE NOCASE);
        CREATE INDEX organisation_umbrella ON organisation(umbrella_id);
        CREATE INDEX organisation_kommunedel ON organisation(kommunedel_id);
        CREATE INDEX organisation_created ON organisation(created_at);

        -- Agreements that buy services may fall under public procurement law:
        -- kept apart from grants on purpose, never in grant_application.
        CREATE TABLE collaboration_agreement (
            id INTEGER PRIMARY KEY,
            organisation_id INTEGER NOT NULL REFERENCES organisation(id),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            starts_on TEXT NOT NULL CHECK (\(civilDate("starts_on"))),
            ends_on TEXT CHECK (ends_on IS NULL OR (\(civilDate("ends_on")) AND starts_on <= ends_on)),
            \(bool("involves_money"))
        );
        CREATE INDEX collaboration_agreement_organisation ON collaboration_agreement(organisation_id);

        CREATE TABLE service (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            volunteer_contact TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE venue (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('skolelokale', 'forsamlingslokale', 'moterom', 'bibliotek',
                'frivilligsentral', 'idrettshall', 'gymsal', 'uteomrade')),
            site_id INTEGER REFERENCES site(id),
            kommunedel_id INTEGER NOT NULL REFERENCES kommunedel(id),
            capacity INTEGER NOT NULL CHECK (capacity > 0),
            \(bool("closed_on_holidays", default: 1)),
            slot_minutes INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes IN (15, 30, 60)),
            price_policy TEXT NOT NULL CHECK (price_policy IN ('free_for_voluntary', 'hourly', 'subsidised', 'free')),
            hourly_rate_ore INTEGER NOT NULL DEFAULT 0 CHECK (hourly_rate_ore >= 0),
            subsidised_rate_ore INTEGER NOT NULL DEFAULT 0 CHECK (subsidised_rate_ore >= 0),
            \(bool("requires_approval")),
            access_method TEXT NOT NULL CHECK (access_method IN ('staffed', 'key_pickup', 'code_lock')),
            \(bool("step_free", default: 1)),
            \(bool("accessible_toilet")),
            \(bool("hearing_loop")),
            equipment TEXT NOT NULL DEFAULT '',
            \(bool("bookable_online", default: 1)),
            \(bool("active", default: 1))
        );
        CREATE INDEX venue_site ON venue(site_id);
        CREATE INDEX venue_kommunedel ON venue(kommunedel_id);

        CREATE TABLE venue_opening_hours (
            venue_id INTEGER NOT NULL REFERENCES venue(id) ON DELETE CASCADE,
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
            start_min INTEGER NOT NULL,
            end_min INTEGER NOT NULL,
            CHECK (0 <= start_min AND start_min < end_min AND end_min <= 1440),
            PRIMARY KEY (venue_id, weekday, start_min)
        );

        CREATE TABLE booking (
            id INTEGER PRIMARY KEY,
            venue_id INTEGER NOT NULL REFERENCES venue(id),
            start TEXT NOT NULL CHECK (\(civilDateTime("start"))),
            "end" TEXT NOT NULL CHECK (\(civilDateTime("\"end\""))),
            status TEXT NOT NULL CHECK (status IN ('confirmed', 'requested', 'rejected', 'cancelled')),
            organisation_id INTEGER REFERENCES organisation(id),
            booker_name TEXT NOT NULL,
            booker_phone TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees >= 0),
            \(bool("is_public")),
            price_ore INTEGER NOT NULL DEFAULT 0 CHECK (price_ore >= 0),
            series_id INTEGER,
            access_code TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT \(now),
            CHECK (start < "end"),
            CHECK (substr(start, 1, 10) = substr("end", 1, 10) OR "end" = date(start, '+1 day') || ' 00:00')
        );
        CREATE INDEX booking_venue_start ON booking(venue_id, start);
        CREATE INDEX booking_start ON booking(start);
        CREATE INDEX booking_organisation ON booking(organisation_id);
        CREATE INDEX booking_series ON booking(series_id) WHERE series_id IS NOT NULL;

        CREATE TRIGGER booking_no_overlap_insert BEFORE INSERT ON booking
        WHEN NEW.status IN ('confirmed', 'requested')
        BEGIN
            \(overlapGuard)
        END;

        CREATE TRIGGER booking_no_overlap_update BEFORE UPDATE OF start, "end", status, venue_id ON booking
        WHEN NEW.status IN ('confirmed', 'requested')
        BEGIN
            \(overlapGuard)
        END;

        CREATE TABLE closure (
            id INTEGER PRIMARY KEY,
            venue_id INTEGER REFERENCES venue(id),
            site_id INTEGER REFERENCES site(id),
            starts_on TEXT NOT NULL CHECK (\(civilDate("starts_on"))),
            ends_on TEXT NOT NULL CHECK (\(civilDate("ends_on"))),
            reason TEXT NOT NULL DEFAULT '',
            CHECK (starts_on <= ends_on),
            CHECK (venue_id IS NOT NULL OR site_id IS NOT NULL)
        );
        CREATE INDEX closure_venue ON closure(venue_id);
        CREATE INDEX closure_site ON closure(site_id);

        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            organiser TEXT NOT NULL DEFAULT '',
            organisation_id INTEGER REFERENCES organisation(id),
            category TEXT NOT NULL CHECK (category IN ('idrett', 'kultur', 'friluftsliv', 'sosialt', 'laering',
                'helse', 'annet')),
            audience TEXT NOT NULL CHECK (audience IN ('barn', 'ungdom', 'voksne', 'seniorer', 'alle')),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            venue_id INTEGER REFERENCES venue(id),
            booking_id INTEGER REFERENCES booking(id) ON DELETE SET NULL,
            start TEXT NOT NULL CHECK (\(civilDateTime("start"))),
            "end" TEXT NOT NULL CHECK (\(civilDateTime("\"end\""))),
            \(bool("all_day")),
            \(bool("free", default: 1)),
            price_ore INTEGER NOT NULL DEFAULT 0 CHECK (price_ore >= 0),
            \(bool("cancelled")),
            description TEXT NOT NULL DEFAULT '',
            CHECK (start <= "end")
        );
        CREATE INDEX activity_start ON activity(start);
        CREATE INDEX activity_kommunedel_start ON activity(kommunedel_id, start);
        CREATE INDEX activity_venue ON activity(venue_id);
        CREATE INDEX activity_booking ON activity(booking_id);
        CREATE INDEX activity_organisation ON activity(organisation_id);

        CREATE TABLE grant_scheme (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            grp TEXT NOT NULL CHECK (grp IN ('projects', 'festivals', 'operating', 'health_social', 'sport_outdoor')),
            annual_budget_ore INTEGER NOT NULL CHECK (annual_budget_ore >= 0),
            deadline TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-1][0-9]-[0-3][0-9]'),
            \(bool("active", default: 1))
        );

        CREATE TABLE grant_application (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            scheme_id INTEGER NOT NULL REFERENCES grant_scheme(id),
            organisation_id INTEGER REFERENCES organisation(id),
            applicant_name TEXT NOT NULL,
            title TEXT NOT NULL,
            amount_requested_ore INTEGER NOT NULL CHECK (amount_requested_ore > 0),
            amount_granted_ore INTEGER CHECK (amount_granted_ore IS NULL OR amount_granted_ore >= 0),
            status TEXT NOT NULL CHECK (status IN ('received', 'in_review', 'recommended', 'granted',
                'partly_granted', 'rejected', 'paid', 'report_due', 'report_received', 'closed', 'withdrawn')),
            received_on TEXT NOT NULL CHECK (\(civilDate("received_on"))),
            decision_due TEXT CHECK (decision_due IS NULL OR (\(civilDate("decision_due")))),
            assignee TEXT,
            \(bool("flagged")),
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100)
        );
        CREATE INDEX grant_application_status ON grant_application(status);
        CREATE INDEX grant_application_received ON grant_application(received_on);
        CREATE INDEX grant_application_scheme_year ON grant_application(scheme_id, year);
        CREATE INDEX grant_application_organisation ON grant_application(organisation_id);

        -- The case timeline of an application (who moved it where, and why).
        CREATE TABLE application_event (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            at TEXT NOT NULL,
            staff TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX application_event_application ON application_event(application_id, at);

        CREATE TABLE volunteer (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            birth_year INTEGER NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '',
            max_hours_per_month INTEGER NOT NULL DEFAULT 10 CHECK (max_hours_per_month >= 0),
            status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'inactive')),
            \(bool("parental_consent")),
            \(bool("confidentiality_signed")),
            \(bool("intro_course_done")),
            \(bool("data_consent"))
        );
        CREATE INDEX volunteer_name ON volunteer(name COLLATE NOCASE);
        CREATE INDEX volunteer_kommunedel ON volunteer(kommunedel_id);

        CREATE TABLE volunteer_request (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            requester TEXT NOT NULL DEFAULT '',
            service_id INTEGER REFERENCES service(id),
            organisation_id INTEGER REFERENCES organisation(id),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            skills TEXT NOT NULL DEFAULT '',
            starts_on TEXT NOT NULL CHECK (\(civilDate("starts_on"))),
            \(bool("weekly")),
            volunteers_needed INTEGER NOT NULL CHECK (volunteers_needed > 0),
            \(bool("politiattest_required")),
            minimum_age INTEGER NOT NULL DEFAULT 0 CHECK (minimum_age BETWEEN 0 AND 120),
            priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
            status TEXT NOT NULL CHECK (status IN ('new', 'open', 'filled', 'closed')),
            created_on TEXT NOT NULL CHECK (\(civilDate("created_on")))
        );
        CREATE INDEX volunteer_request_status ON volunteer_request(status);
        CREATE INDEX volunteer_request_created ON volunteer_request(created_on);
        CREATE INDEX volunteer_request_service ON volunteer_request(service_id);
        CREATE INDEX volunteer_request_organisation ON volunteer_request(organisation_id);

        CREATE TABLE assignment (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES volunteer_request(id),
            volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
            status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'declined', 'ended')),
            hours_logged_min INTEGER NOT NULL DEFAULT 0 CHECK (hours_logged_min >= 0),
            UNIQUE (request_id, volunteer_id)
        );
        CREATE INDEX assignment_volunteer ON assignment(volunteer_id);

        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE CHECK (length(trim(username)) > 0),
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('frontdesk', 'coordinator', 'grants', 'admin')),
            \(bool("active", default: 1))
        );

        -- Append-only: the triggers below make every change on record permanent.
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            staff TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            details TEXT NOT NULL
        );
        CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'audit_log_is_append_only');
        END;

        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'audit_log_is_append_only');
        END;
        """

    // MARK: - v2 (Venues issue)

    /// Weekly booking series (the rule; each occurrence is its own booking
    /// row pointing here), the approval queue's index (requested bookings,
    /// oldest first) and closures by end date.
    static let v2 = """
        UPDATE meta SET value = '2' WHERE key = 'schema_version';

        CREATE TABLE booking_series_rule (
            id INTEGER PRIMARY KEY,
            venue_id INTEGER NOT NULL REFERENCES venue(id),
            weekdays TEXT NOT NULL CHECK (length(weekdays) BETWEEN 1 AND 7 AND weekdays NOT GLOB '*[^1-7]*'),
            interval_weeks INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 52),
            first_date TEXT NOT NULL CHECK (\(civilDate("first_date"))),
            until_date TEXT CHECK (until_date IS NULL OR (\(civilDate("until_date")) AND first_date <= until_date)),
            occurrence_count INTEGER CHECK (occurrence_count IS NULL OR occurrence_count > 0),
            \(bool("skip_holidays", default: 1)),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT \(now)
        );

        CREATE INDEX booking_requested ON booking(created_at, id) WHERE status = 'requested';
        CREATE INDEX booking_access_code ON booking(venue_id, access_code) WHERE access_code IS NOT NULL;
        """
}
