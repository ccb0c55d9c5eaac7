import Foundation
import Testing

@Suite(.serialized) struct GrantsCaseTmuxTests {
    /// A grant officer opens an application in review, scores it on every criterion and grants it in full —
    /// by keystrokes in tmux; the database holds the status, the amount and the audit trail, and the letter is shown.
    @Test func scoreAndDecideAnApplicationByKeystrokes() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        // An ordinary grant in review, no recommending body, whose amount fits what is left of its budget.
        let pick = Harness.sqlite(db, """
            SELECT a.id || '|' || a.reference || '|' || a.amount_requested_ore || '|' || s.id
            FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
            WHERE a.status = 'in_review' AND s.kind = 'grant' AND s.recommending_org_id IS NULL
              AND (s.max_amount_ore IS NULL OR a.amount_requested_ore <= s.max_amount_ore)
              AND NOT EXISTS (SELECT 1 FROM grant_conflict k WHERE k.application_id = a.id)
              AND a.amount_requested_ore + (SELECT coalesce(sum(b.amount_granted_ore), 0) FROM grant_application b
                                            WHERE b.scheme_id = s.id AND b.year = a.year) <= s.annual_budget_ore
            ORDER BY a.reference LIMIT 1
            """).split(separator: "|").map(String.init)
        try #require(pick.count == 4, "no application to work on")
        let (id, reference, applied, scheme) = (pick[0], pick[1], pick[2], pick[3])
        let criteria = Int(Harness.sqlite(db, "SELECT count(*) FROM grant_criterion WHERE scheme_id = \(scheme)")) ?? 0
        try #require(criteria > 0)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 120, height: 40)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        app.send("3")
        #expect(app.waitFor("Søknader"), "\(app.screen)")
        app.send("/")
        app.type(reference)
        app.send("Enter")
        #expect(app.waitFor("1 av 1") || app.waitFor(reference), "\(app.screen)")
        app.send("Enter")
        #expect(app.waitFor("Saksgang"), "\(app.screen)")
        // Score: one number per criterion, Tab past each note.
        app.send("p")
        #expect(app.waitFor("Poeng etter ordningens kriterier"), "\(app.screen)")
        for i in 0..<criteria {
            app.type(i % 2 == 0 ? "4" : "5")
            app.send("Tab"); app.send("Tab")
        }
        #expect(app.waitFor("Din vektede sum:"), "\(app.screen)")
        app.send("C-s")
        #expect(app.waitFor("Poeng lagret på \(criteria) kriterier."), "\(app.screen)")
        // Decide: granted in full (the amount applied for is prefilled), with reasons.
        app.send("v")
        #expect(app.waitFor("Igjen av budsjettet for"), "\(app.screen)")
        app.send("Tab"); app.send("Tab")
        app.type("Tiltaket oppfyller kriteriene og er åpent for alle.")
        app.send("C-s")
        #expect(app.waitFor("Vedtak fattet: innvilget."), "\(app.screen)")
        app.send("L")
        #expect(app.waitFor("Vedtaksbrev · \(reference)"), "\(app.screen)")
        #expect(app.waitFor("Søknaden er innvilget."), "\(app.screen)")
        // The database is read while the app idles on its screen (its writes are committed: the answers were shown).
        #expect(Harness.sqlite(db, "SELECT status || '|' || amount_granted_ore FROM grant_application WHERE id = \(id)")
                == "granted|\(applied)")
        #expect(Harness.sqlite(db, "SELECT decision_reason FROM grant_application WHERE id = \(id)")
                == "Tiltaket oppfyller kriteriene og er åpent for alle.")
        let actions = Harness.sqlite(db, """
            SELECT group_concat(action, ',') FROM (SELECT action FROM audit_log WHERE entity = 'grant_application'
              AND entity_id = \(id) AND action IN ('score', 'decide') ORDER BY id)
            """)
        #expect(actions == (Array(repeating: "score", count: criteria) + ["decide"]).joined(separator: ","))
        #expect(Harness.sqlite(db, "SELECT count(*) FROM grant_score WHERE application_id = \(id)") == "\(criteria)")
        app.send("Escape")
        app.send("Escape")
        app.send("q")
        try? FileManager.default.removeItem(at: dir)
    }
}
