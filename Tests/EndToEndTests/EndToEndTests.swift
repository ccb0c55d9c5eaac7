import Foundation
import Testing

/// The built binary, driven by keystrokes in tmux and checked in the
/// database with the sqlite3 CLI (serialised: they share tmux and the CPU).
@Suite(.serialized) struct EndToEndTests {
    @Test func createAnOrganisationThroughTheForm() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26"])
        #expect(app.waitFor("Kalender"), "no first frame:\n\(app.screen)")
        app.send("5")
        #expect(app.waitFor("Organisasjoner"))
        app.send("?")
        #expect(app.waitFor("Hurtigtaster"))
        app.send("Escape")
        app.send("2")
        #expect(app.waitFor("Lokaler tor. 26.11.2026"), "\(app.screen)")
        app.send("5")
        app.send("n")
        #expect(app.waitFor("Ny organisasjon"), "\(app.screen)")
        app.type("Testlaget Åssiden")
        app.send("Tab")
        app.type("921 234 554")
        app.send("C-s")
        #expect(app.waitFor("Registrerte «Testlaget Åssiden»"), "\(app.screen)")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        #expect(Harness.sqlite(db, "SELECT name||'|'||org_number FROM organisation WHERE name='Testlaget Åssiden'")
                == "Testlaget Åssiden|921234554")
        let audit = Harness.sqlite(db, """
            SELECT a.action||'|'||a.staff FROM audit_log a JOIN organisation o ON o.id = a.entity_id
            WHERE a.entity='organisation' AND o.name='Testlaget Åssiden'
            """)
        #expect(audit.hasPrefix("create|"), "audit: \(audit)")
    }

    @Test func aSecondTerminalSeesTheChangeWithinASecond() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let watcher = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26"], width: 80, height: 24)
        #expect(watcher.waitFor("Kalender"))
        watcher.send("5")
        watcher.send("/")
        watcher.type("Frivilligbørsen Gulskogen")
        watcher.send("Enter")
        #expect(watcher.waitFor("Ingen treff"), "\(watcher.screen)")
        // Another process (the CSV import) commits to the same file.
        let csv = dir.appendingPathComponent("one.csv")
        try "navn;kommunedel\nFrivilligbørsen Gulskogen;Gulskogen\n".write(to: csv, atomically: true, encoding: .utf8)
        let started = Date()
        let imported = Harness.dugnad(["import", "orgs", "--db", db, csv.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(watcher.waitFor("1 av 1", timeout: 2), "\(watcher.screen)")
        #expect(Date().timeIntervalSince(started) < 2.0)
        watcher.send("q")
    }

    @Test func tooSmallThenResizedAt80x24InEnglish() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "en"], width: 70, height: 20)
        #expect(app.waitFor("Terminal too small"), "\(app.screen)")
        app.resize(width: 80, height: 24)
        #expect(app.waitFor("Calendar"), "\(app.screen)")
        #expect(app.screen.contains("26.11.2026"), "the date is on top also at 80×24")
        #expect(app.screen.contains("Week 48, 23 Nov–29 Nov 2026"), "\(app.screen)")  // the Calendar opens on the week of --today
        app.send("4")
        #expect(app.waitFor("Requests"))
        app.send("q")
    }

    @Test func checkPassesOnTheDemoAndFailsOnAForeignFile() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let ok = Harness.dugnad(["check", "--db", db])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        let foreign = dir.appendingPathComponent("notes.txt")
        try "Handleliste: melk, brød\n".write(to: foreign, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: foreign)
        let refused = Harness.dugnad(["check", "--db", foreign.path, "--lang", "en"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("not an SQLite database"))
        #expect(!refused.stderr.contains("Fatal error"))
        #expect(try Data(contentsOf: foreign) == before)
    }

    @Test func importReportsEveryBadRowAndWritesNothing() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let before = Harness.sqlite(db, "SELECT count(*) FROM organisation")
        let csv = dir.appendingPathComponent("orgs.csv")
        try "\u{FEFF}Navn;Orgnr;Kommunedel\nGode Naboer;;Konnerud\n;921234554;Fjell/Danvik\nFeil Nummer;123456789;Gulskogen\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let result = Harness.dugnad(["import", "orgs", "--db", db, csv.path, "--lang", "nb"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("linje 3"))
        #expect(result.stderr.contains("linje 4"))
        #expect(Harness.sqlite(db, "SELECT count(*) FROM organisation") == before)
    }

    /// The front-desk flow: find a venue, go to a day, book a free slot from
    /// the keyboard, and find the booking (and its audit line) in SQLite.
    @Test func bookASlotWithKeystrokesAndFindItInTheDatabase() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 80, height: 24)
        openBookingFormForTwentyOn3June(app)
        app.send("Tab")
        app.type("Kari Testesen")
        app.send("Tab")
        app.type("900 11 222")
        app.send("Tab")
        app.type("Bursdag")
        app.send("Tab")
        app.type("20")
        #expect(app.waitFor("Pris:"), "\(app.screen)")
        app.send("C-s")
        #expect(app.waitFor("Booket"), "\(app.screen)")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        let row = Harness.sqlite(db, """
            SELECT substr(start, 1, 16)||'|'||booker_name||'|'||attendees FROM booking WHERE booker_name = 'Kari Testesen'
            """)
        #expect(row == "2027-06-03 18:00|Kari Testesen|20", "row: \(row)")
        let audit = Harness.sqlite(db, """
            SELECT a.action FROM audit_log a JOIN booking b ON b.id = a.entity_id
            WHERE a.entity = 'booking' AND b.booker_name = 'Kari Testesen'
            """)
        #expect(audit == "create")
    }

    /// A weekly series from the keyboard: Thursdays to a date, skipping
    /// holidays and conflicts, previewed, then saved as one series.
    @Test func bookAWeeklySeriesWithKeystrokes() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 120, height: 40)
        openBookingFormForTwentyOn3June(app)
        app.send("Tab")
        app.type("Kari Serie")
        app.send("Tab", "Tab")
        app.type("Korøvelse")
        app.send("Tab")
        app.type("20")
        app.send("Tab", "Tab")
        app.type("to")
        app.send("Tab", "Tab")
        app.type("24.06.2027")
        app.send("Tab", "Right", "Right")
        #expect(app.waitFor("4 ganger:"), "\(app.screen)")
        app.send("C-s")
        #expect(app.waitFor("Serien er booket"), "\(app.screen)")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        let series = Harness.sqlite(db, """
            SELECT count(DISTINCT series_id)||'|'||min(substr(start, 12, 5))||'|'||(count(*) BETWEEN 1 AND 4)
            FROM booking WHERE booker_name = 'Kari Serie'
            """)
        #expect(series == "1|18:00|1", "series: \(series)")
        let rule = Harness.sqlite(db, "SELECT weekdays||'|'||until_date FROM booking_series_rule ORDER BY id DESC LIMIT 1")
        #expect(rule == "4|2027-06-24", "rule: \(rule)")
    }

    /// A venue's bookings exported to .ics and read back by an independent
    /// parser (Python's icalendar, installed by .ci/run).
    @Test func venueCalendarParsesInPythonIcalendar() throws {
        let python = Harness.tool("python3")
        guard Harness.run(python, ["-c", "import icalendar"]).status == 0 else {
            print("SKIPPED venueCalendarParsesInPythonIcalendar: python3 module icalendar is not installed (pip install icalendar)")
            return
        }
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let venue = Harness.sqlite(db, "SELECT venue_id FROM booking GROUP BY venue_id ORDER BY count(*) DESC LIMIT 1")
        let expected = Harness.sqlite(db, """
            SELECT count(*) FROM booking WHERE venue_id = \(venue) AND status IN ('confirmed', 'requested')
              AND start >= '2026-11-01' AND start < '2027-01-01'
            """)
        let file = dir.appendingPathComponent("venue.ics").path
        let export = Harness.dugnad(["export", "ics", "--db", db, "--venue", venue, "--from", "2026-11-01", "--to", "2026-12-31",
                                     "-o", file])
        #expect(export.status == 0, "\(export.stderr)")
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            events = [c for c in cal.walk('VEVENT')]
            uids = {str(e['UID']) for e in events}
            assert len(uids) == len(events), 'UIDs not unique'
            for e in events:
                s, t = e['DTSTART'].dt, e['DTEND'].dt
                assert str(s.tzinfo) == 'Europe/Oslo' or 'Oslo' in repr(s.tzinfo), repr(s.tzinfo)
                assert s < t
            print(len(events))
            """
        let parsed = Harness.run(python, ["-c", script, file])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(parsed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == expected)
    }

    /// Shared front-desk steps: Venues, go to Thursday 3 June 2027, filter to
    /// rooms for at least 20, and open the booking form on the first free cell.
    private func openBookingFormForTwentyOn3June(_ app: TmuxSession) {
        app.showVenuesForTwentyOn3June()
        app.send("Enter")
        #expect(app.waitFor("Book "), "\(app.screen)")
    }
}

extension TmuxSession {
    /// The Venues grid on 3 June 2027, filtered to rooms for at least 20 (the same first row in every terminal).
    func showVenuesForTwentyOn3June() {
        #expect(waitFor("Kalender"), "no first frame:\n\(screen)")
        send("2")
        #expect(waitFor("Lokaler tor. 26.11.2026"), "\(screen)")
        send("g")
        type("3.6.2027")
        send("Enter")
        #expect(waitFor("Lokaler tor. 3.6.2027"), "\(screen)")
        send("f")
        #expect(waitFor("Filtrer lokaler"), "\(screen)")
        send("Tab", "Tab", "Tab")
        type("20")
        send("C-s")
        #expect(waitFor("minst 20 plasser"), "\(screen)")
    }
}
