/// Migration "v6-grants" (the Grants issue): scheme rules (kind, maximum,
/// rounds, reporting, recommending body, the rule decisions rest on), the
/// application's new workflow states and decision columns, and the tables
/// of the grant office: rounds, criteria, scores, conflicts of interest,
/// recommendations, tags, saved filters, attachments, appeals, bulk actions
/// (for undo) and the register of external funds.
///
/// `grant_application` is rebuilt (SQLite cannot widen a CHECK in place):
/// the status CHECK gains info_requested, waiting and appealed, and decided
/// rows must carry a decision date and reasons. The database guards what
/// must never happen even if the application code were wrong: deciding
/// beyond a scheme's budget for the year, and a score, recommendation or
/// decision by an officer who declared a conflict of interest on the case.
enum GrantsMigration {
    private static func civilDate(_ c: String) -> String {
        "\(c) IS NULL OR (length(\(c)) = 10 AND date(\(c), '+0 days') = \(c))"
    }
    private static let now = "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
    private static let decided = "'granted', 'partly_granted', 'rejected', 'appealed', 'paid', 'report_due', "
        + "'report_received', 'closed'"

    // Whether `staff` (an expression) declared a conflict on application `app`.
    private static func conflicted(_ app: String, _ staff: String) -> String {
        "EXISTS (SELECT 1 FROM grant_conflict c WHERE c.application_id = \(app) AND c.staff = \(staff))"
    }

    // The budget rule both guards share: what the scheme has decided in the
    // year (this row excluded) plus this row must stay within the budget.
    // Sums the (scheme_id, year, amount_granted_ore) index only.
    private static let budgetGuard = """
        SELECT RAISE(ABORT, 'grant_budget_exceeded') WHERE
            (SELECT coalesce(sum(g.amount_granted_ore), 0) FROM grant_application AS g
              WHERE g.scheme_id = NEW.scheme_id AND g.year = NEW.year AND g.id IS NOT NEW.id)
            + NEW.amount_granted_ore > (SELECT s.annual_budget_ore FROM grant_scheme AS s WHERE s.id = NEW.scheme_id);
        """

    static let sql = """
        UPDATE meta SET value = '6' WHERE key = 'schema_version';

        ALTER TABLE grant_scheme ADD COLUMN kind TEXT NOT NULL DEFAULT 'grant'
            CHECK (kind IN ('grant', 'prize', 'forwarded', 'service_purchase'));
        ALTER TABLE grant_scheme ADD COLUMN max_amount_ore INTEGER CHECK (max_amount_ore IS NULL OR max_amount_ore > 0);
        ALTER TABLE grant_scheme ADD COLUMN round_deadlines TEXT NOT NULL DEFAULT ''
            CHECK (round_deadlines NOT GLOB '*[^0-9,-]*');
        ALTER TABLE grant_scheme ADD COLUMN reporting TEXT NOT NULL DEFAULT '';
        ALTER TABLE grant_scheme ADD COLUMN recommending_org_id INTEGER REFERENCES organisation(id);
        ALTER TABLE grant_scheme ADD COLUMN rule TEXT NOT NULL DEFAULT '';
        ALTER TABLE grant_scheme ADD COLUMN max_awards INTEGER CHECK (max_awards IS NULL OR max_awards > 0);

        CREATE TABLE grant_round (
            id INTEGER PRIMARY KEY,
            scheme_id INTEGER NOT NULL REFERENCES grant_scheme(id),
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
            deadline TEXT CHECK (\(civilDate("deadline"))),
            label TEXT NOT NULL CHECK (length(trim(label)) > 0),
            UNIQUE (scheme_id, label)
        );
        CREATE INDEX grant_round_year ON grant_round(year, deadline);

        CREATE TABLE grant_application_v6 (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE CHECK (length(reference) BETWEEN 6 AND 20),
            scheme_id INTEGER NOT NULL REFERENCES grant_scheme(id),
            round_id INTEGER REFERENCES grant_round(id),
            organisation_id INTEGER REFERENCES organisation(id),
            applicant_name TEXT NOT NULL CHECK (length(trim(applicant_name)) > 0),
            contact_name TEXT NOT NULL DEFAULT '',
            contact_email TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            purpose TEXT NOT NULL DEFAULT '',
            amount_requested_ore INTEGER NOT NULL CHECK (amount_requested_ore > 0),
            project_budget_ore INTEGER CHECK (project_budget_ore IS NULL OR project_budget_ore >= 0),
            other_funding_ore INTEGER NOT NULL DEFAULT 0 CHECK (other_funding_ore >= 0),
            other_funding_note TEXT NOT NULL DEFAULT '',
            amount_granted_ore INTEGER CHECK (amount_granted_ore IS NULL
                OR (amount_granted_ore >= 0 AND amount_granted_ore <= amount_requested_ore)),
            status TEXT NOT NULL CHECK (status IN ('received', 'in_review', 'info_requested', 'waiting', 'recommended',
                'granted', 'partly_granted', 'rejected', 'appealed', 'paid', 'report_due', 'report_received', 'closed',
                'withdrawn')),
            received_on TEXT NOT NULL CHECK (\(civilDate("received_on"))),
            decision_due TEXT CHECK (\(civilDate("decision_due"))),
            decided_on TEXT CHECK (\(civilDate("decided_on"))),
            decided_by TEXT,
            decision_reason TEXT NOT NULL DEFAULT '',
            appealed_decision TEXT CHECK (appealed_decision IS NULL
                OR appealed_decision IN ('granted', 'partly_granted', 'rejected')),
            paid_on TEXT CHECK (\(civilDate("paid_on"))),
            report_due_on TEXT CHECK (\(civilDate("report_due_on"))),
            report_received_on TEXT CHECK (\(civilDate("report_received_on"))),
            assignee TEXT,
            flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
            kommunedel_id INTEGER REFERENCES kommunedel(id),
            channel TEXT NOT NULL DEFAULT 'digital' CHECK (channel IN ('digital', 'paper', 'walk_in')),
            priority INTEGER CHECK (priority IS NULL OR priority > 0),
            score_milli INTEGER CHECK (score_milli IS NULL OR score_milli BETWEEN 0 AND 5000),
            -- reference, applicant and title folded by the store (Swift lowercasing), for instr() search.
            search_text TEXT NOT NULL DEFAULT '',
            CHECK ((status IN (\(decided))) = (decided_on IS NOT NULL)),
            CHECK (decided_on IS NULL OR length(trim(decision_reason)) > 0),
            CHECK ((status = 'appealed') = (appealed_decision IS NOT NULL))
        );

        INSERT INTO grant_application_v6 (id, reference, scheme_id, organisation_id, applicant_name, title,
            amount_requested_ore, amount_granted_ore, status, received_on, decision_due, decided_on, decided_by,
            decision_reason, assignee, flagged, year, kommunedel_id)
        SELECT a.id, a.reference, a.scheme_id, a.organisation_id, a.applicant_name, a.title, a.amount_requested_ore,
            CASE WHEN a.status = 'rejected' THEN 0
                 WHEN a.status IN (\(decided)) THEN min(a.amount_granted_ore, a.amount_requested_ore) END,
            a.status, a.received_on, a.decision_due,
            CASE WHEN a.status IN (\(decided)) THEN coalesce(
                (SELECT substr(min(e.at), 1, 10) FROM application_event e WHERE e.application_id = a.id
                   AND e.to_status IN ('granted', 'partly_granted', 'rejected')), a.decision_due, a.received_on) END,
            CASE WHEN a.status IN (\(decided)) THEN a.assignee END,
            CASE WHEN a.status IN (\(decided)) THEN coalesce(
                (SELECT e.note FROM application_event e WHERE e.application_id = a.id AND length(trim(e.note)) > 0
                   AND e.to_status IN ('granted', 'partly_granted', 'rejected') ORDER BY e.at LIMIT 1),
                'Vedtak registrert før versjon 6.') ELSE '' END,
            a.assignee, a.flagged, a.year, (SELECT o.kommunedel_id FROM organisation o WHERE o.id = a.organisation_id)
        FROM grant_application a;
        DROP TABLE grant_application;
        ALTER TABLE grant_application_v6 RENAME TO grant_application;

        CREATE INDEX grant_application_received ON grant_application(received_on, id);
        CREATE INDEX grant_application_status ON grant_application(status, received_on);
        CREATE INDEX grant_application_assignee ON grant_application(assignee, received_on);
        CREATE INDEX grant_application_scheme_year ON grant_application(scheme_id, year, amount_granted_ore);
        -- The overview per scheme for a year reads only that year's entries, grouped in index order.
        CREATE INDEX grant_application_year ON grant_application(year, scheme_id, status, amount_granted_ore);
        CREATE INDEX grant_application_organisation ON grant_application(organisation_id, received_on);
        CREATE INDEX grant_application_due ON grant_application(decision_due);
        CREATE INDEX grant_application_amount ON grant_application(amount_requested_ore);
        CREATE INDEX grant_application_applicant ON grant_application(applicant_name COLLATE NOCASE);
        CREATE INDEX grant_application_score ON grant_application(score_milli);
        CREATE INDEX grant_application_kommunedel ON grant_application(kommunedel_id);
        CREATE INDEX grant_application_round ON grant_application(round_id);

        CREATE TRIGGER grant_budget_guard_insert BEFORE INSERT ON grant_application
        WHEN NEW.amount_granted_ore > 0
        BEGIN
            \(budgetGuard)
        END;

        CREATE TRIGGER grant_budget_guard_update BEFORE UPDATE OF amount_granted_ore, scheme_id, year ON grant_application
        WHEN NEW.amount_granted_ore > 0
        BEGIN
            \(budgetGuard)
        END;

        -- Lowering a budget below what is already decided in some year is refused too.
        CREATE TRIGGER grant_budget_guard_scheme BEFORE UPDATE OF annual_budget_ore ON grant_scheme
        BEGIN
            SELECT RAISE(ABORT, 'grant_budget_exceeded') WHERE EXISTS (
                SELECT 1 FROM grant_application g WHERE g.scheme_id = NEW.id
                GROUP BY g.year HAVING coalesce(sum(g.amount_granted_ore), 0) > NEW.annual_budget_ore);
        END;

        -- Who moved the case, now with what kind of event (status, assign, score, conflict, …).
        ALTER TABLE application_event ADD COLUMN kind TEXT NOT NULL DEFAULT 'status';

        CREATE TABLE grant_criterion (
            id INTEGER PRIMARY KEY,
            scheme_id INTEGER NOT NULL REFERENCES grant_scheme(id),
            position INTEGER NOT NULL CHECK (position >= 1),
            name_nb TEXT NOT NULL CHECK (length(trim(name_nb)) > 0),
            name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
            weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
            UNIQUE (scheme_id, position)
        );

        -- Conflicts of interest (forvaltningsloven § 6): permanent once declared.
        CREATE TABLE grant_conflict (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            staff TEXT NOT NULL CHECK (length(trim(staff)) > 0),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            declared_at TEXT NOT NULL DEFAULT \(now),
            UNIQUE (application_id, staff)
        );
        CREATE TRIGGER grant_conflict_no_update BEFORE UPDATE ON grant_conflict
        BEGIN SELECT RAISE(ABORT, 'grant_conflict_is_permanent'); END;
        CREATE TRIGGER grant_conflict_no_delete BEFORE DELETE ON grant_conflict
        BEGIN SELECT RAISE(ABORT, 'grant_conflict_is_permanent'); END;

        CREATE TABLE grant_score (
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            criterion_id INTEGER NOT NULL REFERENCES grant_criterion(id),
            staff TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
            note TEXT NOT NULL DEFAULT '',
            scored_at TEXT NOT NULL DEFAULT \(now),
            set_aside INTEGER NOT NULL DEFAULT 0 CHECK (set_aside IN (0, 1)),
            PRIMARY KEY (application_id, criterion_id, staff)
        ) WITHOUT ROWID;

        CREATE TRIGGER grant_score_conflict_insert BEFORE INSERT ON grant_score
        WHEN \(conflicted("NEW.application_id", "NEW.staff"))
        BEGIN SELECT RAISE(ABORT, 'grant_conflict_of_interest'); END;
        CREATE TRIGGER grant_score_conflict_update BEFORE UPDATE ON grant_score
        WHEN NEW.set_aside = 0 AND \(conflicted("NEW.application_id", "NEW.staff"))
        BEGIN SELECT RAISE(ABORT, 'grant_conflict_of_interest'); END;
        -- A declared conflict sets the officer's earlier scores aside.
        CREATE TRIGGER grant_conflict_sets_scores_aside AFTER INSERT ON grant_conflict
        BEGIN
            UPDATE grant_score SET set_aside = 1 WHERE application_id = NEW.application_id AND staff = NEW.staff;
        END;

        CREATE TABLE grant_recommendation (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            body_org_id INTEGER REFERENCES organisation(id),
            staff TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('grant', 'reject')),
            amount_ore INTEGER CHECK (amount_ore IS NULL OR amount_ore >= 0),
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL DEFAULT \(now)
        );
        CREATE INDEX grant_recommendation_application ON grant_recommendation(application_id, id);
        CREATE TRIGGER grant_recommendation_conflict BEFORE INSERT ON grant_recommendation
        WHEN \(conflicted("NEW.application_id", "NEW.staff"))
        BEGIN SELECT RAISE(ABORT, 'grant_conflict_of_interest'); END;

        CREATE TRIGGER grant_decision_conflict BEFORE UPDATE OF decided_by, decided_on, amount_granted_ore, status
            ON grant_application
        WHEN NEW.decided_by IS NOT NULL
          AND (NEW.decided_by IS NOT OLD.decided_by OR NEW.decided_on IS NOT OLD.decided_on
               OR NEW.amount_granted_ore IS NOT OLD.amount_granted_ore)
          AND \(conflicted("NEW.id", "NEW.decided_by"))
        BEGIN SELECT RAISE(ABORT, 'grant_conflict_of_interest'); END;

        CREATE TABLE grant_tag (
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40 AND tag = trim(tag) AND tag NOT GLOB '* *'),
            PRIMARY KEY (application_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX grant_tag_tag ON grant_tag(tag, application_id);

        CREATE TABLE grant_saved_filter (
            id INTEGER PRIMARY KEY,
            staff TEXT NOT NULL,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            expression TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            UNIQUE (staff, name)
        );

        CREATE TABLE grant_attachment (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0 AND file_name NOT GLOB '*/*'),
            UNIQUE (application_id, file_name)
        );

        CREATE TABLE grant_appeal (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            received_on TEXT NOT NULL CHECK (\(civilDate("received_on"))),
            grounds TEXT NOT NULL CHECK (length(trim(grounds)) > 0),
            appealed_decision TEXT NOT NULL CHECK (appealed_decision IN ('granted', 'partly_granted', 'rejected')),
            decided_on TEXT NOT NULL CHECK (\(civilDate("decided_on"))),
            registered_by TEXT NOT NULL,
            outcome TEXT CHECK (outcome IS NULL OR outcome IN ('upheld', 'reversed')),
            outcome_on TEXT CHECK (\(civilDate("outcome_on"))),
            outcome_note TEXT NOT NULL DEFAULT '',
            CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
            -- Three weeks (forvaltningsloven § 29).
            CHECK (received_on <= date(decided_on, '+21 days'))
        );
        CREATE UNIQUE INDEX grant_appeal_pending ON grant_appeal(application_id) WHERE outcome IS NULL;
        CREATE INDEX grant_appeal_application ON grant_appeal(application_id);

        -- The last bulk action per staff member can be undone: what each application was before.
        CREATE TABLE grant_bulk (
            id INTEGER PRIMARY KEY,
            staff TEXT NOT NULL,
            at TEXT NOT NULL DEFAULT \(now),
            action TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
        );
        CREATE INDEX grant_bulk_staff ON grant_bulk(staff, id);
        CREATE TABLE grant_bulk_item (
            bulk_id INTEGER NOT NULL REFERENCES grant_bulk(id),
            application_id INTEGER NOT NULL REFERENCES grant_application(id),
            old_status TEXT NOT NULL,
            old_assignee TEXT,
            old_flagged INTEGER NOT NULL,
            PRIMARY KEY (bulk_id, application_id)
        ) WITHOUT ROWID;

        -- External money the front desk can guide clubs toward (the seed: Tilskuddsportalen).
        CREATE TABLE external_fund (
            id INTEGER PRIMARY KEY,
            giver TEXT NOT NULL CHECK (length(trim(giver)) > 0),
            purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
            eligible TEXT NOT NULL DEFAULT '',
            deadlines TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '' CHECK (url = '' OR url GLOB 'http*://*'),
            notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        );
        """
}
