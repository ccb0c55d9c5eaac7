import Foundation
import Testing

@Suite(.serialized) struct VolunteersTmuxTests {
    /// At the front desk: a walk-in volunteer is registered with F2 from the Calendar (skills completed from the
    /// vocabulary, free time typed compactly), the nursing home's Tuesday request is triaged, a candidate proposed
    /// and confirmed and the group's hours logged — by keystrokes in tmux; the database holds each step.
    @Test func registerTriageAndConfirmAMatchByKeystrokes() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        // The seed's Tuesday request first in the queue (urgent and oldest).
        _ = Harness.sqlite(db, """
            UPDATE volunteer_request SET priority = 'urgent', created_on = '2020-01-01'
            WHERE title = 'Besøksvenner tirsdag ettermiddag'
            """)
        let request = Harness.sqlite(db, "SELECT id FROM volunteer_request WHERE title = 'Besøksvenner tirsdag ettermiddag'")
        #expect(!request.isEmpty)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 120, height: 40)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        app.send("F2")
        #expect(app.waitFor("Ny frivillig"), "\(app.screen)")
        app.type("Tove Tmux")
        app.send("Tab"); app.type("99988777")
        app.send("Tab"); app.type("1968")
        app.send("Tab"); app.type("besøk, turv")
        #expect(app.waitFor("Ferdigheter: turvenn"), "\(app.screen)")
        app.send("Tab"); app.type("2a,4me")
        #expect(app.waitFor("Ledig: tir ettermiddag"), "\(app.screen)")
        app.send("C-s")
        #expect(app.waitFor("Tove Tmux er registrert som frivillig"), "\(app.screen)")
        app.send("4")
        #expect(app.waitFor("Til vurdering og matching"), "\(app.screen)")
        #expect(app.waitFor("Besøksvenner tirsdag"), "\(app.screen)")
        app.send("t")
        #expect(app.waitFor("Vurdert: klar for matching"), "\(app.screen)")
        app.send("Enter")
        #expect(app.waitFor("Kandidater · Besøksvenner tirsdag"), "\(app.screen)")
        #expect(app.waitFor("Ferdigheter"), "\(app.screen)")
        app.send("p")
        #expect(app.waitFor("Foreslått."), "\(app.screen)")
        #expect(app.waitFor("· foreslått"), "\(app.screen)")
        app.send("Tab")
        app.send("c")
        #expect(app.waitFor("Bekreftet."), "\(app.screen)")
        app.send("H"); app.type("2")
        app.send("C-s")
        #expect(app.waitFor("Timene er ført for alle bekreftede"), "\(app.screen)")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        #expect(Harness.sqlite(db, "SELECT count(*) FROM volunteer WHERE name = 'Tove Tmux' AND data_consent_on IS NOT NULL") == "1")
        #expect(Harness.sqlite(db, "SELECT skills FROM volunteer WHERE name = 'Tove Tmux'").contains("besøksvenn"))
        #expect(Harness.sqlite(db, "SELECT sum(h.minutes) FROM volunteer_hours h JOIN assignment a ON a.id = h.assignment_id WHERE a.request_id = \(request)") == "120")
        #expect(Harness.sqlite(db, "SELECT status FROM volunteer_request WHERE id = \(request)") == "matching")
        #expect(Harness.sqlite(db, "SELECT group_concat(status) FROM assignment WHERE request_id = \(request)") == "confirmed")
        #expect(Harness.sqlite(db, "SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE entity = 'assignment' ORDER BY id)")
                == "propose,confirm,log_hours")
        try? FileManager.default.removeItem(at: dir)
    }
}
