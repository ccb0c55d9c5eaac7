import Foundation
import Testing

/// The Calendar pane driven from the keyboard in tmux, and `dugnad import/export ics`.
@Suite(.serialized) struct CalendarEndToEndTests {
    @Test func aWeeklyActivityAddedFromTheKeyboardIsOnItsDaysAndCanBeCancelledOnce() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26"], width: 80, height: 24)
        #expect(app.waitFor("Kalender"), "no first frame:\n\(app.screen)")
        app.send("o")
        #expect(app.waitFor("Hurtigregistrering"), "\(app.screen)")
        app.type("tir 19-21 Åssidenspill @Fjell bibliotek #voksne #ukentlig")
        app.send("Enter")
        #expect(app.waitFor("Lagret «Åssidenspill»"), "\(app.screen)")
        // Only this activity: search, then look at this week and the next in the week view.
        app.send("/")
        app.type("Åssidenspill")
        app.send("Enter")
        app.send("w")
        #expect(app.waitFor("Filter: /Åssidenspill"), "\(app.screen)")
        // Today is Thursday 26 Nov: the first Tuesday is 1 Dec, in week 49.
        #expect(app.waitFor("0 aktiviteter"), "\(app.screen)")
        app.send("]")
        #expect(app.waitFor("Uke 49"), "\(app.screen)")
        #expect(app.waitFor("1 aktivitet"), "\(app.screen)")
        // The week view puts the activity on the 19:00 row, in Tuesday's column.
        let lines = app.screen.split(separator: "\n").map(String.init)
        let header = lines.first { $0.contains("tir 1.12") } ?? ""
        let row = lines.first { $0.hasPrefix("19:00") } ?? ""
        #expect(row.range(of: "Åssid").map { row.distance(from: row.startIndex, to: $0.lowerBound) }
                == header.range(of: "tir 1.12").map { header.distance(from: header.startIndex, to: $0.lowerBound) },
                "\(app.screen)")
        app.send("]")
        #expect(app.waitFor("Uke 50"), "\(app.screen)")
        #expect(app.waitFor("1 aktivitet"), "\(app.screen)")
        // Agenda from Tuesday 1 Dec: it is there every Tuesday.
        app.send("g")
        #expect(app.waitFor("Gå til dato"))
        app.type("1.12.2026")
        app.send("Enter")
        app.send("a")
        #expect(app.waitFor("tir. 1.12.2026"), "\(app.screen)")
        #expect(app.screen.contains("tir. 8.12.2026"), "\(app.screen)")
        #expect(!app.screen.contains("ons. 2.12.2026"), "\(app.screen)")
        // Cancel 1 Dec only.
        app.send("x")
        #expect(app.waitFor("er avlyst tir. 1.12.2026"), "\(app.screen)")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        #expect(Harness.sqlite(db, "SELECT freq||'|'||weekdays||'|'||first_start FROM activity_series WHERE title = 'Åssidenspill'")
                == "weekly|2|2026-12-01 19:00")
        #expect(Harness.sqlite(db, """
            SELECT group_concat(on_date) FROM activity_series_exception e JOIN activity_series s ON s.id = e.series_id
            WHERE s.title = 'Åssidenspill'
            """) == "2026-12-01")
        let check = Harness.dugnad(["check", "--db", db])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func importFromAnotherProgramReportsWhatItSkipsAndReimportUpdates() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let ics = dir.appendingPathComponent("other.ics")
        try """
            BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r
            BEGIN:VEVENT\r\nUID:abc123@google.com\r\nDTSTART:20261203T170000Z\r\nDTEND:20261203T190000Z\r
            RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=5\r\nSUMMARY:Korøvelse\r\nLOCATION:Fjell kirke\r\nEND:VEVENT\r
            BEGIN:VTODO\r\nUID:todo1\r\nSUMMARY:Kjøpe kaffe\r\nEND:VTODO\r
            BEGIN:VEVENT\r\nUID:yearly@x\r\nDTSTART;VALUE=DATE:20270517\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:17. mai\r\nEND:VEVENT\r
            END:VCALENDAR\r\n
            """.write(to: ics, atomically: true, encoding: .utf8)
        let first = Harness.dugnad(["import", "ics", "--db", db, ics.path, "--lang", "nb"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Importerte: 4 nye, 0 endret, 0 uendret; 1 hoppet over"), "the series and the yearly rule as 3 single dates: \(first.stdout)")
        #expect(first.stderr.contains("importert som 3 enkeltforekomster"), "\(first.stderr)")
        #expect(first.stderr.contains("VTODO støttes ikke"), "\(first.stderr)")
        #expect(!first.stderr.contains("FREQ=YEARLY"), "a yearly rule is read now: \(first.stderr)")
        // The same file again changes nothing (issue 11: a re-import is a no-op, not an update).
        let again = Harness.dugnad(["import", "ics", "--db", db, ics.path, "--lang", "en"])
        #expect(again.stdout.contains("Imported: 0 new, 0 changed"), "\(again.stdout)")
        #expect(Harness.sqlite(db, "SELECT count(*)||'|'||min(first_start) FROM activity_series WHERE uid = 'abc123@google.com'")
                == "1|2026-12-03 18:00")
        let out = dir.appendingPathComponent("out.ics")
        let export = Harness.dugnad(["export", "ics", "--db", db, "--from", "2026-12-01", "--to", "2026-12-31",
                                     "--audience", "alle", "-o", out.path])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("UID:abc123@google.com") && text.contains("RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=5"))
        let bad = Harness.dugnad(["export", "ics", "--db", db, "--audience", "pensjonister", "--lang", "en"])
        #expect(bad.status != 0 && bad.stderr.contains("Unknown value “pensjonister” for --audience"), "\(bad.stderr)")
    }
}
