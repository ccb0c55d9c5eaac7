import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

/// The grid's windows come from index order (sites by name, then venues by
/// name, venues without a site last); every window must equal the same rows
/// of one full sort, and an inactive venue is never shown.
@Suite struct VenueGridOrderTests {
    let dir = TempDir()

    @Test func everyWindowEqualsTheSameRowsOfTheFullSort() throws {
        let db = try AppDatabase.open(path: dir.path("order.sqlite"), user: "anna")
        try db.writeWithoutAudit { db in
            for (name, site, active) in [("Zeta", 1, 1), ("Alfa", 2, 1), ("Beta", nil, 1), ("Alfa", nil, 1), ("Gamma", 1, 0),
                                         ("Delta", 3, 1), ("Alfa", 1, 1), ("Epsilon", 2, 1), ("Omega", nil, 0)] as [(String, Int?, Int)] {
                try db.execute(sql: """
                    INSERT INTO venue (name, kind, site_id, kommunedel_id, capacity, price_policy, access_method, active)
                    VALUES (?, 'moterom', ?, 6, 10, 'free', 'staffed', ?)
                    """, arguments: [name, site, active])
            }
        }
        let expected: [RowID] = try db.read { db in
            try RowID.fetchAll(db, sql: """
                SELECT v.id FROM venue v LEFT JOIN site s ON s.id = v.site_id WHERE v.active = 1
                ORDER BY s.name IS NULL, s.name, s.id, v.name, v.id
                """)
        }
        #expect(expected.count == 7)
        for offset in 0...8 {
            for limit in 1...8 {
                let window = try db.venueDays(on: CivilDate(iso: "2026-11-26")!, filter: VenueFilter(), offset: offset, limit: limit)
                let want = Array(expected.dropFirst(offset).prefix(limit))
                #expect(window.map(\.venue.id) == want, "offset \(offset) limit \(limit)")
            }
        }
        #expect(try db.venueDayCount(filter: VenueFilter()) == 7)
        // A filter on the site leaves out the venues without one.
        var site = VenueFilter()
        site.siteID = 1
        #expect(try db.venueDays(on: CivilDate(iso: "2026-11-26")!, filter: site, offset: 0, limit: 10).count == 2)
    }

    @Test func theGridReadsItsRowsInIndexOrderWithoutSorting() throws {
        let db = try AppDatabase.open(path: dir.path("plan.sqlite"), user: "anna")
        let plan = try db.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT v.* FROM site s CROSS JOIN venue v INDEXED BY venue_site_name ON v.site_id = s.id
                WHERE v.active = 1 ORDER BY s.name, s.id, v.name, v.id LIMIT 36 OFFSET 100
                """).map { $0["detail"] as String }
        }
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
