import Foundation
import Testing

@Suite(.serialized) struct VenueAdminEndToEndTests {
    /// An administrator closes the venue under the cursor from the keyboard;
    /// the closure is in SQLite with its audit line and the grid draws it.
    @Test func closeAVenueFromTheKeyboardAndFindTheClosureInTheDatabase() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 80, height: 24)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        app.send("2")
        #expect(app.waitFor("Lokaler tor. 26.11.2026"), "\(app.screen)")
        app.send("c")
        #expect(app.waitFor("Stengte perioder ("), "\(app.screen)")
        app.send("n")
        #expect(app.waitFor("Ny stenging"), "\(app.screen)")
        app.send("Tab")
        app.send("C-u")
        app.type("3.12.2026")
        app.send("Tab")
        app.send("C-u")
        app.type("4.12")
        app.send("Tab")
        app.type("Maling")
        app.send("C-s")
        #expect(app.waitFor("Lagret. Stengingen rammer"), "\(app.screen)")
        #expect(app.screen.contains("3.12.–4.12.2026"), "\(app.screen)")
        app.send("Escape")
        app.send("g")
        app.type("3.12.2026")
        app.send("Enter")
        #expect(app.waitFor("Lokaler tor. 3.12.2026"), "\(app.screen)")
        #expect(app.waitFor("▒▒▒▒"), "\(app.screen)")
        app.send("q")
        #expect(app.waitForExit(), "\(app.screen)")
        let row = Harness.sqlite(db, """
            SELECT starts_on||'|'||ends_on||'|'||reason||'|'||(venue_id IS NOT NULL) FROM closure
            """)
        #expect(row == "2026-12-03|2026-12-04|Maling|1", "row: \(row)")
        let audit = Harness.sqlite(db, "SELECT action FROM audit_log WHERE entity = 'closure'")
        #expect(audit == "create")
    }
}
