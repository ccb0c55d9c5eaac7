import Foundation
import Testing

@Suite(.serialized) struct GrantsInboxTmuxTests {
    /// A grant officer filters to new cultural applications over 50 000 kr, tags three, assigns them to
    /// herself with `;a`, undoes it with `u`, assigns again; then from the Calendar tab a walk-in
    /// application is registered with F3. The database holds each step.
    @Test func filterTagAssignUndoAndIntakeFromAnotherTab() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let user = NSUserName()
        // Three received cultural applications over 50 000 kr, whatever the demo's seed made.
        _ = Harness.sqlite(db, """
            UPDATE grant_application SET status = 'received', amount_requested_ore = 6000000, assignee = NULL
            WHERE id IN (SELECT a.id FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
                         WHERE s.name LIKE '%kultur%' AND a.amount_granted_ore IS NULL ORDER BY a.id LIMIT 3)
            """)
        let expected = Harness.sqlite(db, """
            SELECT count(*) FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
            WHERE s.name LIKE '%kultur%' AND a.status = 'received' AND a.amount_requested_ore > 5000000
            """)
        #expect(Int(expected) ?? 0 >= 3)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 120, height: 40)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        app.send("3")
        #expect(app.waitFor("Søknader"), "\(app.screen)")
        // More applications than the first window holds: the count is made off the loop and replaces the
        // lower bound ("1 av 40+") with the total in the file.
        let all = Harness.sqlite(db, "SELECT count(*) FROM grant_application")
        #expect(Int(all) ?? 0 > 100)
        #expect(app.waitFor("1 av \(all) "), "\(app.screen)")
        app.send("/")
        app.type("status:received scheme:kultur amount>50000")
        app.send("Enter")
        #expect(app.waitFor("1 av \(expected)"), "\(app.screen)")
        app.send("t"); app.send("t"); app.send("t")
        #expect(app.waitFor("3 merket"), "\(app.screen)")
        app.tmux(["send-keys", "-t", app.name, "-H", "3b"])   // `;` (a bare ";" separates tmux commands)
        #expect(app.waitFor("hva skal gjøres med de 3 merkede"), "\(app.screen)")
        app.send("a")
        #expect(app.waitFor("3 søknader tildelt \(user)."), "\(app.screen)")
        #expect(Harness.sqlite(db, "SELECT count(*) FROM grant_application WHERE assignee = '\(user)' AND status = 'received' AND amount_requested_ore > 5000000") == "3")
        app.send("u")
        #expect(app.waitFor("Angret: tildeling til \(user) på 3 søknader."), "\(app.screen)")
        #expect(Harness.sqlite(db, "SELECT count(*) FROM grant_bulk WHERE undone = 1") == "1")
        // The quick intake from the Calendar tab.
        app.send("1")
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        app.send("F3")
        #expect(app.waitFor("Ny søknad (papir eller oppmøte)"), "\(app.screen)")
        app.send("Tab"); app.type("Tmux Kor")
        app.send("Tab"); app.send("Tab"); app.type("kulturarr"); app.send("Enter")
        app.send("Tab"); app.type("Vårkonsert i tmux")
        app.send("Tab"); app.type("12000")
        app.send("C-s")
        #expect(app.waitFor("fra Tmux Kor er registrert."), "\(app.screen)")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        #expect(Harness.sqlite(db, "SELECT channel || ' ' || status || ' ' || amount_requested_ore FROM grant_application WHERE title = 'Vårkonsert i tmux'")
                == "walk_in received 1200000")
        try? FileManager.default.removeItem(at: dir)
    }
}
