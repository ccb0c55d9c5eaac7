import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

@Suite struct WatchSearchCheckTests {
    let dir = TempDir()

    @Test func watcherSeesAnotherConnectionsCommit() throws {
        let path = dir.path("d.sqlite")
        let mine = try AppDatabase.open(path: path, user: "anna")
        let watcher = try ChangeWatcher(path: mine.path)
        #expect(watcher.poll() == false)
        let theirs = try AppDatabase.open(path: path, user: "anna")
        try theirs.saveOrganisation(Organisation(name: "Ny forening"))
        #expect(watcher.poll() == true)
        #expect(watcher.poll() == false)
        #expect(try mine.organisationCount(matching: "ny forening") == 1)
    }

    @Test func searchFindsByPartOfNameAcrossKinds() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        try db.saveOrganisation(Organisation(name: "Skoger Sjakklubb", category: .kultur, kommunedelID: 9))
        let venue = try db.insertTestVenue(name: "Sjakkrommet")
        try db.writeWithoutAudit { d in
            try d.execute(sql: "INSERT INTO volunteer (name, birth_year, status) VALUES ('Åse Sjakkmo', 1960, 'active')")
            try d.execute(sql: """
                INSERT INTO activity (title, organiser, category, audience, venue_id, start, "end") VALUES
                ('Sjakk for seniorer', 'Skoger Sjakklubb', 'kultur', 'seniorer', ?, '2026-12-01 18:00', '2026-12-01 20:00'),
                ('Sjakk i fjor', 'Skoger Sjakklubb', 'kultur', 'seniorer', ?, '2025-12-01 18:00', '2025-12-01 20:00')
                """, arguments: [venue, venue])
            try d.execute(sql: """
                INSERT INTO grant_application (reference, scheme_id, applicant_name, title, amount_requested_ore,
                    status, received_on, year) VALUES ('2026-0001', 2, 'Skoger Sjakklubb', 'Sjakkturnering', 500000,
                    'received', '2026-10-01', 2026)
                """)
        }
        let hits = try db.search("SJAKK", today: CivilDate(iso: "2026-11-26")!, limitPerKind: 5)
        #expect(hits.map(\.kind) == [.organisation, .person, .venue, .activity, .application])
        #expect(hits[0].title == "Skoger Sjakklubb" && hits[0].subtitle.contains("Skoger/Åskollen"))
        #expect(try db.search("åse", today: CivilDate(iso: "2026-11-26")!, limitPerKind: 5).map(\.title) == ["Åse Sjakkmo"])
        #expect(try db.search("anna", today: CivilDate(iso: "2026-11-26")!, limitPerKind: 5).first?.table == "staff")
        #expect(try db.search("  ", today: CivilDate(iso: "2026-11-26")!, limitPerKind: 5).isEmpty)
    }

    @Test func searchShowsOrganisationNumbersAsTheDirectoryDoes() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        try db.saveOrganisation(Organisation(name: "Konnerud IL", orgNumber: "974760673", category: .idrett))
        let hit = try #require(try db.search("974760", today: CivilDate(iso: "2026-11-26")!, limitPerKind: 5).first)
        #expect(hit.title == "Konnerud IL")
        #expect(hit.subtitle.hasPrefix("974 760 673"), "\(hit.subtitle)")
        #expect(hit.details.first == .text("974 760 673"))
    }

    @Test func checkIsCleanOnAFreshDatabase() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        #expect(try db.check() == [])
    }

    @Test func checkReportsOverlapsBudgetOverrunsAndBadOrgNumbers() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertTestVenue()
        try db.writeWithoutAudit { d in
            try d.execute(sql: "DROP TRIGGER booking_no_overlap_insert")
            for (start, end) in [("2026-11-26 16:00", "2026-11-26 18:00"), ("2026-11-26 17:00", "2026-11-26 19:00")] {
                try d.execute(sql: """
                    INSERT INTO booking (venue_id, start, "end", status, booker_name, created_by)
                    VALUES (?, ?, ?, 'confirmed', 'x', 'test')
                    """, arguments: [venue, start, end])
            }
            // Byggeskikkpris (scheme 9) has kr 25 000 a year; since schema 6 the database itself refuses
            // an overrun, so the guard is dropped first, as a program that bypassed it would have.
            try d.execute(sql: "DROP TRIGGER grant_budget_guard_insert")
            try d.execute(sql: """
                INSERT INTO grant_application (reference, scheme_id, applicant_name, title, amount_requested_ore,
                    amount_granted_ore, status, received_on, year, decided_on, decision_reason)
                VALUES ('2026-0001', 9, 'a', 't', 3000000, 3000000, 'granted', '2026-03-01', 2026, '2026-04-01', 'r')
                """)
            try d.execute(sql: "INSERT INTO organisation (name, org_number, category) VALUES ('Feil', '974760674', 'annet')")
        }
        let problems = try db.check()
        #expect(problems.count == 4)
        #expect(problems.contains { $0.hasPrefix("bookings 1 and 2 overlap at venue \(venue)") })
        #expect(problems.contains { $0.contains("Byggeskikkpris") && $0.contains("2026") })
        #expect(problems.contains { $0.contains("974760674") })
        #expect(problems.contains("trigger booking_no_overlap_insert is missing"))
    }

    @Test func otherListsReadWindows() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let venue = try db.insertTestVenue()
        try db.writeWithoutAudit { d in
            try d.execute(sql: "INSERT INTO venue_opening_hours VALUES (?, 1, 480, 720), (?, 1, 780, 1320)",
                          arguments: [venue, venue])
        }
        let v = try #require(try db.venues(offset: 0, limit: 10).first)
        #expect(try db.venueCount() == 1)
        #expect(v.openingHours.intervals(on: 1).map(\.end.text) == ["12:00", "22:00"])
        #expect(v.openingHours.intervals(on: 2).isEmpty)
        #expect(try db.activityCount(from: CivilDate(iso: "2026-11-01")!, through: CivilDate(iso: "2026-11-30")!) == 0)
        #expect(try db.applications(offset: 0, limit: 5).isEmpty)
        #expect(try db.volunteerRequestCount() == 0)
    }
}
