import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

@Suite struct ClosureStoreTests {
    let dir = TempDir()
    let today = CivilDate(iso: "2026-11-26")!
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// Two venues at site 1 (Knutepunkt Fjell), one elsewhere, with bookings around December.
    func fixture() throws -> (AppDatabase, [RowID]) {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let ids = try db.writeWithoutAudit { db -> [RowID] in
            var ids: [RowID] = []
            for (name, site) in [("Storsalen", 1), ("Møterom 2", 1), ("Gymsal", 12)] as [(String, Int)] {
                try db.execute(sql: """
                    INSERT INTO venue (name, kind, site_id, kommunedel_id, capacity, price_policy, access_method)
                    VALUES (?, 'moterom', ?, 6, 20, 'free_for_voluntary', 'staffed')
                    """, arguments: [name, site])
                ids.append(db.lastInsertedRowID)
            }
            try db.execute(sql: "INSERT INTO organisation (name, category, phone) VALUES ('Konnerud IL', 'idrett', '32 00 00 00')")
            let org = db.lastInsertedRowID
            let rows: [(RowID, String, String, String, RowID?, String)] = [
                (ids[0], "2026-12-01 18:00", "2026-12-01 20:00", "confirmed", org, ""),
                (ids[0], "2026-12-03 10:00", "2026-12-03 12:00", "requested", nil, "900 00 000"),
                (ids[0], "2026-12-02 10:00", "2026-12-02 12:00", "cancelled", nil, ""),
                (ids[0], "2026-12-05 00:00", "2026-12-05 01:00", "confirmed", nil, ""),   // the day after the closure
                (ids[1], "2026-12-02 17:00", "2026-12-02 19:00", "confirmed", nil, "411 11 111"),
                (ids[2], "2026-12-02 17:00", "2026-12-02 19:00", "confirmed", nil, ""),
            ]
            for (venue, start, end, status, org, phone) in rows {
                try db.execute(sql: """
                    INSERT INTO booking (venue_id, start, "end", status, organisation_id, booker_name, booker_phone, created_by)
                    VALUES (?, ?, ?, ?, ?, 'Booker', ?, 'test')
                    """, arguments: [venue, start, end, status, org, phone])
            }
            return ids
        }
        return (db, ids)
    }

    @Test func venueClosureHitsItsOwnConfirmedAndRequestedBookingsOnly() throws {
        let (db, ids) = try fixture()
        let saved = try db.saveClosure(Closure(venueID: ids[0], startsOn: d("2026-12-01"), endsOn: d("2026-12-04"),
                                               reason: " Maling "))
        #expect(saved.hits == 2 && saved.closure.reason == "Maling")
        let hits = try db.closureHits(saved.closure)
        #expect(hits.map(\.booking.start.storageText) == ["2026-12-01 18:00", "2026-12-03 10:00"])
        #expect(hits.map(\.phone) == ["32 00 00 00", "900 00 000"])   // the organisation's phone when the booker gave none
    }

    @Test func siteClosureHitsEveryVenueOfTheSite() throws {
        let (db, ids) = try fixture()
        let saved = try db.saveClosure(Closure(siteID: 1, startsOn: d("2026-12-02"), endsOn: d("2026-12-02"), reason: "Valg"))
        #expect(saved.hits == 1)
        #expect(try db.closureHits(saved.closure).map(\.booking.venueID) == [ids[1]])
        // Closing the site blocks new bookings at its venues, not elsewhere.
        let blocked = Booking(venueID: ids[0], start: CivilDateTime(storageText: "2026-12-02 14:00")!,
                              end: CivilDateTime(storageText: "2026-12-02 15:00")!, bookerName: "Kari", purpose: "", attendees: 3)
        #expect(try db.assess(blocked).conflicts.contains(.closed(reason: "Valg")))
        var elsewhere = blocked
        elsewhere.venueID = ids[2]
        #expect(!(try db.assess(elsewhere).conflicts.contains(.closed(reason: "Valg"))))
    }

    @Test func hitQueryIsBoundedByTheVenueStartIndex() throws {
        let (db, _) = try fixture()
        let plan = try db.writeWithoutAudit { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AppDatabase.closureHitsSQL(venueCount: 2),
                             arguments: [1, 2, "2026-12-01", "2026-12-05", 100]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("booking_venue_start") && $0.contains("venue_id=? AND start>? AND start<?") })
        #expect(!plan.contains { $0.hasPrefix("SCAN b") })
    }

    @Test func editDeleteAndListOrderAreAudited() throws {
        let (db, ids) = try fixture()
        let past = try db.saveClosure(Closure(venueID: ids[0], startsOn: d("2026-10-01"), endsOn: d("2026-10-02"), reason: "Maling"))
        let later = try db.saveClosure(Closure(siteID: 1, startsOn: d("2027-01-10"), endsOn: d("2027-01-10"), reason: "Valg"))
        let current = try db.saveClosure(Closure(venueID: ids[1], startsOn: d("2026-11-20"), endsOn: d("2026-11-30"), reason: "Vannskade"))
        #expect(try db.closures(today: today).map(\.id) == [current.closure.id, later.closure.id, past.closure.id])

        var moved = later.closure
        moved.endsOn = d("2027-01-11")
        moved.reason = "Stortingsvalg"
        _ = try db.saveClosure(moved)
        #expect(try db.closure(id: moved.id) == moved)
        try db.deleteClosure(id: past.closure.id)
        #expect(try db.closure(id: past.closure.id) == nil)
        let log = try db.auditEntries(entity: "closure", id: later.closure.id)
        #expect(log.map(\.action) == ["update", "create"])
        #expect(log[0].details == "ends_on: 2027-01-10 → 2027-01-11; reason: Valg → Stortingsvalg")
        #expect(try db.auditEntries(entity: "closure", id: past.closure.id).first?.action == "delete")
        #expect(expectStoreError(.notFound) { try db.deleteClosure(id: past.closure.id) })
    }

    @Test func invalidClosureIsRefused() throws {
        let (db, ids) = try fixture()
        #expect(expectStoreError(.invalidClosure([.endBeforeStart, .reasonMissing])) {
            _ = try db.saveClosure(Closure(venueID: ids[0], startsOn: d("2026-12-05"), endsOn: d("2026-12-01"), reason: " "))
        })
        #expect(expectStoreError(.invalidClosure([.targetMissing])) {
            _ = try db.saveClosure(Closure(startsOn: today, endsOn: today, reason: "x"))
        })
        #expect(expectStoreError(.notFound) {
            _ = try db.saveClosure(Closure(venueID: 999, startsOn: today, endsOn: today, reason: "x"))
        })
        #expect(try db.closures(today: today).isEmpty)
    }
}
