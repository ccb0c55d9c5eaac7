import Foundation
import Testing

/// The front desk's walk-in tasks in tmux, counting the keys a person
/// presses (typed words not counted) and checking the database after.
@Suite(.serialized) struct FrontDeskEndToEndTests {
    /// A demo database plus one club of our own with two coming bookings:
    /// next Tuesday 21:30–23:00 and the Tuesday after, in a hall free then.
    static func setUp() -> (db: String, club: String, venue: String) {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        let club = Harness.sqlite(db, """
            INSERT INTO organisation (name, in_frivillighetsregisteret, category, kommunedel_id, contact_name, phone)
            VALUES ('Testvik Volleyballklubb', 1, 'idrett', 6, 'Per Testvik', '911 22 333') RETURNING id;
            """)
        let venue = Harness.sqlite(db, """
            SELECT v.id FROM venue v WHERE v.active = 1 AND v.capacity >= 20 AND NOT EXISTS (
              SELECT 1 FROM booking b WHERE b.venue_id = v.id AND (b.start LIKE '2026-12-01%' OR b.start LIKE '2026-12-08%'))
            ORDER BY v.id LIMIT 1;
            """)
        _ = Harness.sqlite(db, """
            INSERT INTO booking (venue_id, start, "end", status, organisation_id, booker_name, booker_phone, purpose,
                                 attendees, created_by)
            VALUES (\(venue), '2026-12-01 21:30', '2026-12-01 23:00', 'confirmed', \(club), 'Per Testvik', '911 22 333',
                    'Trening', 14, 'test'),
                   (\(venue), '2026-12-08 21:30', '2026-12-08 23:00', 'confirmed', \(club), 'Per Testvik', '911 22 333',
                    'Trening', 14, 'test');
            """)
        return (db, club, venue)
    }

    /// Polls the database until `sql` answers `expected` (the app writes off its loop).
    static func waitForRow(_ db: String, _ sql: String, _ expected: String, timeout: Double = 10) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var row = ""
        while Date() < deadline {
            row = Harness.sqlite(db, sql)
            if row == expected { return row }
            usleep(50_000)
        }
        return row
    }

    /// Counts the keys a person presses.
    final class Keys {
        let app: TmuxSession
        var count = 0
        init(_ app: TmuxSession) { self.app = app }
        func press(_ key: String) { count += 1; app.send(key) }
    }

    @Test func findOurClubAndOurBookingsInAtMostEightKeys() throws {
        let (db, _, _) = Self.setUp()
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 120, height: 40)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        let keys = Keys(app)
        keys.press("C-f")
        #expect(app.waitFor("Søk i alt"), "\(app.screen)")
        app.type("Testvik")
        // The hits name the club and its bookings, with their day, time and place.
        // (Waited for, not read at once: the hits of the first typed letters may come first.)
        #expect(app.waitFor("tir. 8.12. kl. 21.30–23.00  Testvik Volleyballklubb"), "\(app.screen)")
        #expect(app.waitFor("tir. 1.12. kl. 21.30–23.00  Testvik Volleyballklubb"), "\(app.screen)")
        keys.press("Enter")   // the organisation: its card lists the coming bookings
        #expect(app.waitFor("Kommende bookinger (2)"), "\(app.screen)")
        #expect(app.screen.contains("911 22 333"), "\(app.screen)")
        #expect(keys.count <= 8, "\(keys.count) keys")
        app.send("q")
    }

    @Test func cancelOurBookingNextTuesdayInAtMostEightKeysAndUndoIt() throws {
        let (db, club, venue) = Self.setUp()
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 80, height: 24)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        let keys = Keys(app)
        keys.press("C-f")
        app.type("Testvik")
        #expect(app.waitFor("tir. 8.12. kl. 21.30–23.00  Testvik"), "\(app.screen)")
        keys.press("Down")     // the first booking: next Tuesday's
        keys.press("Enter")    // the grid on its day, the cursor on it
        #expect(app.waitFor("Lokaler tir. 1.12.2026"), "\(app.screen)")
        #expect(app.waitFor("[Test"), "\(app.screen)")   // the club's short name, cut to the cell
        keys.press("x")
        #expect(app.waitFor("Avlyse bookingen tir. 1.12. kl. 21.30–23.00"), "\(app.screen)")
        // A typed word into the open question changes nothing.
        app.type("Fjell")
        keys.press("Right")
        keys.press("Enter")
        #expect(keys.count <= 8, "\(keys.count) keys")
        let sql = "SELECT status FROM booking WHERE organisation_id = \(club) AND venue_id = \(venue) ORDER BY start"
        #expect(Self.waitForRow(db, sql, "cancelled\nconfirmed") == "cancelled\nconfirmed", "only that date goes")
        #expect(app.waitFor("Angre med u"), "\(app.screen)")
        app.send("u")
        #expect(Self.waitForRow(db, sql, "confirmed\nconfirmed") == "confirmed\nconfirmed")
        let audit = Harness.sqlite(db, """
            SELECT group_concat(action, ',') FROM (SELECT a.action FROM audit_log a JOIN booking b ON b.id = a.entity_id
            WHERE a.entity = 'booking' AND b.organisation_id = \(club) ORDER BY a.id)
            """)
        #expect(audit == "cancel,restore", "audit: \(audit)")
        app.send("q")
    }

    @Test func whatIsOnForSeniorsInFjellThisWeekInAtMostEightKeys() throws {
        let dir = Harness.temporaryDirectory()
        let db = Harness.demoDatabase(in: dir)
        // What the week (Mon 23 – Sun 29 Nov) holds for seniors in Fjell/Danvik: single
        // activities and the series' dates not replaced by an override.
        let expected = Harness.sqlite(db, """
            SELECT (SELECT count(*) FROM activity a JOIN kommunedel k ON k.id = a.kommunedel_id
                    WHERE k.name = 'Fjell/Danvik' AND a.audience = 'seniorer'
                      AND a.start >= '2026-11-23' AND a.start < '2026-11-30')
                 + (SELECT count(*) FROM activity_series_occurrence o JOIN activity_series s ON s.id = o.series_id
                    JOIN kommunedel k ON k.id = s.kommunedel_id
                    WHERE k.name = 'Fjell/Danvik' AND s.audience = 'seniorer' AND o.replaced = 0
                      AND o.start >= '2026-11-23' AND o.start < '2026-11-30')
            """)
        #expect(Int(expected) ?? 0 > 0, "the demo has something for seniors in Fjell this week: \(expected)")
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 80, height: 24)
        #expect(app.waitFor("Uke 48"), "\(app.screen)")
        let keys = Keys(app)
        keys.press("f")
        #expect(app.waitFor("Filtrer kalenderen"), "\(app.screen)")
        app.type("Fjell")      // the kommunedel picker, filtered as typed
        keys.press("Enter")    // picked
        keys.press("Tab")
        keys.press("Tab")      // the audience
        keys.press("s")        // a letter picks the choice that starts with it: seniorer
        #expect(app.waitFor("‹ seniorer ›"), "\(app.screen)")
        keys.press("C-s")
        #expect(app.waitFor("Filter: Fjell/Danvik, seniorer"), "\(app.screen)")
        let count = Int(expected) ?? 0
        #expect(app.waitFor(count == 1 ? "1 aktivitet" : "\(count) aktiviteter"), "\(app.screen)")
        #expect(keys.count <= 8, "\(keys.count) keys")
        app.send("q")
    }

    @Test func aRoomForTwentyOnThursdayNearFjellBookedForAClubInAtMostTwelveKeys() throws {
        let (db, club, _) = Self.setUp()
        let app = TmuxSession(arguments: ["--db", db, "--today", "2026-11-26", "--lang", "nb"], width: 80, height: 24)
        #expect(app.waitFor("Kalender"), "\(app.screen)")
        let keys = Keys(app)
        keys.press("2")
        #expect(app.waitFor("Lokaler tor. 26.11.2026"), "\(app.screen)")
        keys.press("b")
        #expect(app.waitFor("Hurtigbooking"), "\(app.screen)")
        app.type("tor 18-20 20 Fjell")
        keys.press("Enter")
        #expect(app.waitFor("ledige rom tor. 26.11. kl. 18.00–20.00 for 20 personer"), "\(app.screen)")
        keys.press("Enter")    // the best fit: the form, on the organisation
        #expect(app.waitFor("Organisasjon"), "\(app.screen)")
        app.type("Testvik")
        keys.press("Enter")    // picked: booker and phone come from the club
        #expect(app.waitFor("Per Testvik"), "\(app.screen)")
        keys.press("C-s")
        #expect(keys.count <= 12, "\(keys.count) keys")
        let row = Self.waitForRow(db, """
            SELECT attendees||'|'||booker_name||'|'||booker_phone||'|'||start||'|'||"end" FROM booking
            WHERE organisation_id = \(club) AND start LIKE '2026-11-26%'
            """, "20|Per Testvik|911 22 333|2026-11-26 18:00|2026-11-26 20:00")
        #expect(row == "20|Per Testvik|911 22 333|2026-11-26 18:00|2026-11-26 20:00", "row: \(row)")
        #expect(app.waitFor("Booket ") || app.waitFor("venter på godkjenning") || app.waitFor("forespurt"), "\(app.screen)")
        app.send("q")
    }
}
