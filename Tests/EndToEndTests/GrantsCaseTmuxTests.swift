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
    /// The grant officer's morning of issue 9, by keystrokes: filter the new cultural applications over 50 000 kr,
    /// tag three and assign them with `;`, score the first, declare a conflict on the second and be refused its
    /// decision, grant the third within budget, and be refused a grant that would pass a scheme's budget. The
    /// database is checked after each step; nothing refused is written.
    @Test func aGrantOfficersMorning() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let me = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let filter = "status:received scheme:kultur amount>50000"
        let listed = Harness.dugnad(["grants", "list", "--db", db, "--filter", filter, "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        try #require(rows.count >= 3, "the demo has \(rows.count) such applications")
        let refs = rows.prefix(3).map { $0["reference"] as! String }
        func field(_ ref: String, _ column: String) -> String {
            Harness.sqlite(db, "SELECT \(column) FROM grant_application WHERE reference = '\(ref)'")
        }
        // An application in review, not among the three, whose scheme is then left with 100 kr for its year
        // (the budget set to what is decided + 100 kr: a scheme near its budget, as in any autumn).
        let pick = Harness.sqlite(db, """
            SELECT a.reference || '|' || s.id || '|' || a.year FROM grant_application a JOIN grant_scheme s ON s.id = a.scheme_id
            WHERE a.status IN ('in_review', 'recommended') AND s.kind = 'grant' AND s.recommending_org_id IS NULL
              AND (s.max_amount_ore IS NULL OR a.amount_requested_ore <= s.max_amount_ore) AND a.amount_requested_ore > 10000
              AND NOT EXISTS (SELECT 1 FROM grant_conflict k WHERE k.application_id = a.id)
              AND a.reference NOT IN ('\(refs.joined(separator: "','"))')
            ORDER BY a.reference LIMIT 1
            """).split(separator: "|").map(String.init)
        try #require(pick.count == 3, "no application in review in the demo")
        let over = pick[0]
        _ = Harness.sqlite(db, """
            UPDATE grant_scheme SET annual_budget_ore = 10000 + (SELECT coalesce(sum(amount_granted_ore), 0)
              FROM grant_application WHERE scheme_id = \(pick[1]) AND year = \(pick[2])) WHERE id = \(pick[1])
            """)

        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 120, height: 40)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        app.send("3")
        #expect(app.waitFor("Søknader"), "\(app.screen)")
        app.send("/")
        app.type(filter)
        app.send("Enter")
        #expect(app.waitFor("av \(rows.count)"), "\(app.screen)")
        // Tag three (t tags and moves down), then ; a: assign the tagged to me.
        app.send("t"); app.send("t"); app.send("t")
        #expect(app.waitFor("3 merket"), "\(app.screen)")
        app.send("\\;")
        #expect(app.waitFor("hva skal gjøres med de 3 merkede"), "\(app.screen)")
        app.send("a")
        #expect(app.waitFor("3 søknader tildelt"), "\(app.screen)")
        #expect(refs.map { field($0, "assignee") } == [me, me, me])

        // The first: scored on every criterion.
        app.send("Up"); app.send("Up"); app.send("Up")
        app.send("Enter")
        #expect(app.waitFor("\(refs[0]) ·"), "\(app.screen)")
        let criteria = Int(Harness.sqlite(db, """
            SELECT count(*) FROM grant_criterion WHERE scheme_id = (SELECT scheme_id FROM grant_application WHERE reference = '\(refs[0])')
            """)) ?? 0
        try #require(criteria > 0)
        // Received: scoring is refused with what to do first; in review (s, the chooser's first step), then scored.
        app.send("p")
        #expect(app.waitForMessage("Sett saken under behandling først."), "\(app.screen)")
        app.send("s")
        #expect(app.waitFor("Endre status"), "\(app.screen)")
        app.send("C-s")
        #expect(app.waitFor("under behandling ·"), "\(app.screen)")
        app.send("p")
        #expect(app.waitFor("Poeng etter ordningens kriterier"), "\(app.screen)")
        for _ in 0..<criteria { app.type("4"); app.send("Tab"); app.send("Tab") }
        app.send("C-s")
        #expect(app.waitFor("Poeng lagret på \(criteria) kriterier."), "\(app.screen)")
        #expect(field(refs[0], "score_milli") == "4000")
        app.send("Escape")

        // The second: a conflict of interest declared (i), then its decision refused. (The first has left the
        // filter, being in review now; each case is opened by its reference.)
        func open(_ ref: String) {
            app.send("/"); app.send("C-u"); app.type(ref); app.send("Enter")
            #expect(app.waitFor("1 av 1"), "\(app.screen)")
            app.send("Enter")
        }
        open(refs[1])
        #expect(app.waitFor("\(refs[1]) ·"), "\(app.screen)")
        app.send("i")
        #expect(app.waitFor("Meld inhabilitet"), "\(app.screen)")
        app.type("Styremedlem i søkerorganisasjonen")
        app.send("C-s")
        #expect(app.waitFor("Inhabilitet er meldt og logget."), "\(app.screen)")
        app.send("v")
        #expect(app.waitFor("kan ikke vurdere, innstille eller vedta"), "\(app.screen)")
        #expect(Harness.sqlite(db, """
            SELECT reason FROM grant_conflict WHERE staff = '\(me)'
              AND application_id = (SELECT id FROM grant_application WHERE reference = '\(refs[1])')
            """) == "Styremedlem i søkerorganisasjonen")
        app.send("Escape")

        // The third: in review (s), then granted 1 000 kr with reasons, within its budget.
        open(refs[2])
        #expect(app.waitFor("\(refs[2]) ·"), "\(app.screen)")
        app.send("s")
        #expect(app.waitFor("Endre status"), "\(app.screen)")
        app.send("C-s")
        #expect(app.waitFor("under behandling ·"), "\(app.screen)")
        app.send("v")
        #expect(app.waitFor("Igjen av budsjettet for"), "\(app.screen)")
        app.type("d")   // the outcome chooser takes a letter: delvis innvilget
        #expect(app.waitFor("‹ delvis innvilget ›"), "\(app.screen)")
        app.send("Tab")
        app.type("1000")
        app.send("Tab")
        app.type("Tiltaket når mange barn og unge.")
        app.send("C-s")
        #expect(app.waitFor("Vedtak fattet: delvis innvilget."), "\(app.screen)")
        #expect(field(refs[2], "status || '|' || amount_granted_ore") == "partly_granted|100000")
        app.send("Escape")

        // A grant past a scheme's budget: refused with the figures, nothing written.
        let before = field(over, "status || '|' || coalesce(amount_granted_ore, '')")
        open(over)
        #expect(app.waitFor("\(over) ·"), "\(app.screen)")
        app.send("v")
        #expect(app.waitFor("ville overskride det"), "\(app.screen)")
        app.send("Tab"); app.send("Tab")
        app.type("Prøver likevel.")
        app.send("C-s")
        #expect(app.waitForMessage("har bare kr"), "\(app.screen)")
        #expect(field(over, "status || '|' || coalesce(amount_granted_ore, '')") == before)
        // Leaving the refused form asks before its text is thrown away (the safe answer is no).
        app.send("Escape")
        #expect(app.waitFor("Forkaste endringene i skjemaet?"), "\(app.screen)")
        app.send("Right"); app.send("Enter")
        app.send("Escape")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        try? FileManager.default.removeItem(at: dir)
    }
}
