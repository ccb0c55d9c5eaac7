/// Migration "v7-volunteers" (schema 7): the Volunteers issue.
///
/// `volunteer`, `volunteer_request` and `assignment` are rebuilt (SQLite cannot change a CHECK in place):
/// new table, copy, drop, rename — foreign keys are off during migrations and checked before the commit.
/// Request statuses become new/triaged/matching/filled/completed/cancelled (old `open` → `matching`,
/// `closed` → `completed`), volunteer status `inactive` → `left`; a request's "politiattest required" flag
/// becomes the kind of role (children unless the title names intellectual disabilities); hours logged before
/// are one entry on the request's first date. See docs/DECISIONS.md (2026-12-01, v7-volunteers).
enum VolunteersMigration {
    private static func date(_ c: String) -> String { "\(c) IS NULL OR (length(\(c)) = 10 AND date(\(c), '+0 days') = \(c))" }
    private static func time(_ c: String) -> String { "length(\(c)) = 5 AND \(c) GLOB '[0-2][0-9]:[0-5][0-9]' AND \(c) < '24:00'" }
    private static func bool(_ c: String, _ d: Int = 0) -> String { "\(c) INTEGER NOT NULL DEFAULT \(d) CHECK (\(c) IN (0, 1))" }
    private static let now = "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"

    /// The shared skill vocabulary a new database starts with (editable afterwards).
    static let skills = ["besøksvenn", "turvenn", "sjåfør", "leksehjelp", "språkvenn", "kafévert", "IT-hjelp",
                         "arrangement", "matlaging", "praktisk hjelp", "norsktrening", "turleder", "idrettstrener",
                         "digital hjelp", "musikk", "tolk", "håndverk", "administrasjon", "førstehjelp", "barnepass",
                         "språkkafé"]

    static var sql: String {
        """
        CREATE TABLE skill (
            name TEXT PRIMARY KEY NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40 AND name NOT GLOB '*[,"\\]*'),
            position INTEGER NOT NULL,
            \(bool("active", 1))
        ) WITHOUT ROWID;
        INSERT INTO skill (name, position) VALUES \(skills.enumerated().map { "('\($0.element)', \($0.offset))" }.joined(separator: ", "));

        CREATE TABLE new_volunteer (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (erased_at IS NOT NULL OR length(trim(name)) > 0),
            birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2100),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '',
            availability INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 2097151),
            max_hours_per_month INTEGER NOT NULL DEFAULT 10 CHECK (max_hours_per_month BETWEEN 0 AND 744),
            status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'left')),
            \(bool("parental_consent")),
            \(bool("confidentiality_signed")),
            \(bool("intro_course_done")),
            data_consent_on TEXT CHECK (\(date("data_consent_on"))),
            data_consent_purpose TEXT NOT NULL DEFAULT '',
            left_on TEXT CHECK (\(date("left_on"))),
            erasure_due_on TEXT CHECK (\(date("erasure_due_on"))),
            erased_at TEXT,
            CHECK (erased_at IS NOT NULL OR birth_year IS NOT NULL),
            CHECK (data_consent_on IS NULL OR length(trim(data_consent_purpose)) > 0),
            CHECK (status = 'left' OR left_on IS NULL)
        );
        INSERT INTO new_volunteer (id, name, birth_year, kommunedel_id, phone, email, languages, skills,
                                   max_hours_per_month, status, parental_consent, confidentiality_signed,
                                   intro_course_done, data_consent_on, data_consent_purpose)
        SELECT id, name, birth_year, kommunedel_id, phone, email, languages, skills, min(744, max_hours_per_month),
               CASE status WHEN 'inactive' THEN 'left' ELSE status END, parental_consent, confidentiality_signed,
               intro_course_done, CASE data_consent WHEN 1 THEN date('now', 'localtime') END,
               CASE data_consent WHEN 1 THEN 'Registrert før samtykkedato ble lagret' ELSE '' END
        FROM volunteer;

        CREATE TABLE new_volunteer_request (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            requester TEXT NOT NULL DEFAULT '',
            service_id INTEGER REFERENCES service(id),
            organisation_id INTEGER REFERENCES organisation(id),
            site_id INTEGER REFERENCES site(id),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            skills TEXT NOT NULL DEFAULT '',
            starts_on TEXT NOT NULL CHECK (\(date("starts_on"))),
            ends_on TEXT CHECK (\(date("ends_on")) AND ends_on >= starts_on),
            \(bool("weekly")),
            weekdays INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
            start_time TEXT NOT NULL CHECK (\(time("start_time"))),
            end_time TEXT NOT NULL CHECK (\(time("end_time")) AND start_time < end_time),
            volunteers_needed INTEGER NOT NULL CHECK (volunteers_needed BETWEEN 1 AND 500),
            politiattest TEXT CHECK (politiattest IS NULL OR politiattest IN ('children', 'intellectual_disabilities')),
            minimum_age INTEGER NOT NULL DEFAULT 0 CHECK (minimum_age BETWEEN 0 AND 120),
            \(bool("suitable_for_minors")),
            language TEXT,
            priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
            status TEXT NOT NULL CHECK (status IN ('new', 'triaged', 'matching', 'filled', 'completed', 'cancelled')),
            created_on TEXT NOT NULL CHECK (\(date("created_on"))),
            question TEXT NOT NULL DEFAULT '',
            status_reason TEXT NOT NULL DEFAULT '',
            CHECK (weekly = 1 OR ends_on = starts_on),
            CHECK (status <> 'cancelled' OR length(trim(status_reason)) > 0)
        );
        INSERT INTO new_volunteer_request (id, title, requester, service_id, organisation_id, kommunedel_id, skills,
                                           starts_on, ends_on, weekly, weekdays, start_time, end_time,
                                           volunteers_needed, politiattest, minimum_age, priority, status,
                                           created_on, status_reason)
        SELECT id, title, requester, service_id, organisation_id, kommunedel_id, skills, starts_on,
               CASE weekly WHEN 0 THEN starts_on END, weekly,
               1 << ((CAST(strftime('%w', starts_on) AS INTEGER) + 6) % 7), '10:00', '12:00', min(500, volunteers_needed),
               CASE WHEN politiattest_required = 0 THEN NULL
                    WHEN lower(title) LIKE '%utviklingshemm%' OR lower(title) LIKE '%bofellesskap%'
                    THEN 'intellectual_disabilities' ELSE 'children' END,
               minimum_age, priority,
               CASE status WHEN 'open' THEN 'matching' WHEN 'closed' THEN 'completed' ELSE status END, created_on, ''
        FROM volunteer_request;

        CREATE TABLE new_assignment (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES volunteer_request(id),
            volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
            status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'declined', 'ended')),
            hours_logged_min INTEGER NOT NULL DEFAULT 0 CHECK (hours_logged_min >= 0),
            score INTEGER,
            proposed_at TEXT NOT NULL DEFAULT \(now),
            proposed_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT,
            decided_by TEXT,
            decline_reason TEXT NOT NULL DEFAULT '',
            ended_on TEXT CHECK (\(date("ended_on"))),
            rating TEXT CHECK (rating IS NULL OR rating IN ('good', 'poor')),
            UNIQUE (request_id, volunteer_id),
            CHECK (status <> 'declined' OR length(trim(decline_reason)) > 0)
        );
        INSERT INTO new_assignment (id, request_id, volunteer_id, status, hours_logged_min, proposed_at, decline_reason)
        SELECT id, request_id, volunteer_id, status, hours_logged_min, \(now),
               CASE status WHEN 'declined' THEN 'Ikke oppgitt (registrert før v7)' ELSE '' END
        FROM assignment;

        DROP TABLE assignment;
        DROP TABLE volunteer_request;
        DROP TABLE volunteer;
        ALTER TABLE new_volunteer RENAME TO volunteer;
        ALTER TABLE new_volunteer_request RENAME TO volunteer_request;
        ALTER TABLE new_assignment RENAME TO assignment;

        CREATE INDEX volunteer_name ON volunteer(name COLLATE NOCASE);
        CREATE INDEX volunteer_kommunedel ON volunteer(kommunedel_id);
        CREATE INDEX volunteer_status ON volunteer(status);
        CREATE INDEX volunteer_request_status ON volunteer_request(status, created_on);
        CREATE INDEX volunteer_request_created ON volunteer_request(created_on);
        CREATE INDEX volunteer_request_service ON volunteer_request(service_id);
        CREATE INDEX volunteer_request_organisation ON volunteer_request(organisation_id);
        CREATE INDEX assignment_volunteer ON assignment(volunteer_id, status);
        CREATE INDEX assignment_request ON assignment(request_id, status);

        -- Skills by name for candidate look-ups, kept right by triggers from the comma list.
        CREATE TABLE volunteer_skill (
            skill TEXT NOT NULL,
            volunteer_id INTEGER NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
            PRIMARY KEY (skill, volunteer_id)
        ) WITHOUT ROWID;
        CREATE INDEX volunteer_skill_volunteer ON volunteer_skill(volunteer_id);
        INSERT OR IGNORE INTO volunteer_skill (skill, volunteer_id)
            SELECT trim(j.value), v.id FROM volunteer v, json_each('["' || replace(v.skills, ',', '","') || '"]') j
            WHERE v.skills <> '' AND trim(j.value) <> '';
        CREATE TRIGGER volunteer_skill_insert AFTER INSERT ON volunteer WHEN NEW.skills <> '' BEGIN
            INSERT OR IGNORE INTO volunteer_skill (skill, volunteer_id)
            SELECT trim(value), NEW.id FROM json_each('["' || replace(NEW.skills, ',', '","') || '"]') WHERE trim(value) <> '';
        END;
        CREATE TRIGGER volunteer_skill_update AFTER UPDATE OF skills ON volunteer BEGIN
            DELETE FROM volunteer_skill WHERE volunteer_id = NEW.id;
            INSERT OR IGNORE INTO volunteer_skill (skill, volunteer_id)
            SELECT trim(value), NEW.id FROM json_each('["' || replace(NEW.skills, ',', '","') || '"]')
            WHERE NEW.skills <> '' AND trim(value) <> '';
        END;

        -- That a politiattest was seen: date, by whom, for which kind of role. Never its content.
        CREATE TABLE politiattest_seen (
            id INTEGER PRIMARY KEY,
            volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
            kind TEXT NOT NULL CHECK (kind IN ('children', 'intellectual_disabilities')),
            seen_on TEXT NOT NULL CHECK (\(date("seen_on"))),
            seen_by TEXT NOT NULL CHECK (length(trim(seen_by)) > 0),
            recorded_at TEXT NOT NULL DEFAULT \(now)
        );
        CREATE INDEX politiattest_seen_volunteer ON politiattest_seen(volunteer_id);

        -- A service's own renewal period for attests, where its rules demand one (else never on a timer).
        ALTER TABLE service ADD COLUMN politiattest_renewal_months INTEGER
            CHECK (politiattest_renewal_months IS NULL OR politiattest_renewal_months BETWEEN 1 AND 120);

        -- The service's frivillighetskontakt(er): staff who follow up its own volunteers and requests.
        CREATE TABLE service_contact (
            service_id INTEGER NOT NULL REFERENCES service(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            PRIMARY KEY (service_id, staff_id)
        ) WITHOUT ROWID;
        CREATE INDEX service_contact_staff ON service_contact(staff_id);

        -- The request's case timeline (triage, questions, rejections).
        CREATE TABLE request_event (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES volunteer_request(id),
            at TEXT NOT NULL DEFAULT \(now),
            staff TEXT NOT NULL,
            step TEXT NOT NULL,
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX request_event_request ON request_event(request_id, at);

        -- Hours per assignment and day; the assignment's total follows by trigger.
        CREATE TABLE volunteer_hours (
            id INTEGER PRIMARY KEY,
            assignment_id INTEGER NOT NULL REFERENCES assignment(id),
            day TEXT NOT NULL CHECK (\(date("day")) AND day IS NOT NULL),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            logged_by TEXT NOT NULL,
            logged_at TEXT NOT NULL DEFAULT \(now)
        );
        CREATE INDEX volunteer_hours_assignment ON volunteer_hours(assignment_id);
        CREATE INDEX volunteer_hours_day ON volunteer_hours(day);
        INSERT INTO volunteer_hours (assignment_id, day, minutes, logged_by)
            SELECT a.id, min(r.starts_on, date('now', 'localtime')), a.hours_logged_min, 'v7-migrering'
            FROM assignment a JOIN volunteer_request r ON r.id = a.request_id
            WHERE a.hours_logged_min BETWEEN 1 AND 1440;
        CREATE TRIGGER volunteer_hours_insert AFTER INSERT ON volunteer_hours BEGIN
            UPDATE assignment SET hours_logged_min = hours_logged_min + NEW.minutes WHERE id = NEW.assignment_id;
        END;
        CREATE TRIGGER volunteer_hours_delete AFTER DELETE ON volunteer_hours BEGIN
            UPDATE assignment SET hours_logged_min = hours_logged_min - OLD.minutes WHERE id = OLD.assignment_id;
        END;
        CREATE TRIGGER volunteer_hours_no_update BEFORE UPDATE ON volunteer_hours BEGIN
            SELECT RAISE(ABORT, 'volunteer_hours_are_corrected_by_delete_and_insert');
        END;

        INSERT OR REPLACE INTO meta (key, value) VALUES ('volunteer_erasure_months', '12');
        UPDATE meta SET value = '7' WHERE key = 'schema_version';
        """
    }
}
