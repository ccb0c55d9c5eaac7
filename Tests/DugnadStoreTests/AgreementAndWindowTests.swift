import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

@Suite struct AgreementAndWindowTests {
    @Test func agreementsOfAnOrganisationNewestFirst() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("a.sqlite"), user: "kari")
        try db.writeWithoutAudit { d in
            try d.execute(sql: """
                INSERT INTO collaboration_agreement (organisation_id, title, starts_on, ends_on, involves_money)
                VALUES (1, 'Aktive lokalsamfunn', '2024-01-01', NULL, 1), (1, 'Dugnadsavtale', '2026-01-01', '2026-12-31', 0)
                """)
        }
        let agreements = try db.agreements(organisationID: 1)
        #expect(agreements.map(\.title) == ["Dugnadsavtale", "Aktive lokalsamfunn"])
        #expect(agreements[1].involvesMoney)
        #expect(agreements[0].isCurrent(on: CivilDate(year: 2026, month: 11, day: 26)!))
        #expect(!agreements[0].isCurrent(on: CivilDate(year: 2027, month: 1, day: 1)!))
        #expect(try db.agreements(organisationID: 2).isEmpty)
    }

    @Test func everyWindowedListFiltersAndCountsAlike() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("w.sqlite"), user: "kari")
        _ = try DemoData.fill(db, scale: 0.05, seed: 3, today: CivilDate(year: 2026, month: 11, day: 26)!)
        let day = CivilDate(year: 2026, month: 11, day: 26)!
        let someBooking = try #require(try db.bookings(on: day, offset: 0, limit: 1).first)
        let needle = String(someBooking.bookerName.prefix(5)).lowercased()
        let matching = try db.bookings(on: day, matching: needle, offset: 0, limit: 1000)
        #expect(!matching.isEmpty)
        #expect(matching.allSatisfy { $0.bookerName.lowercased().contains(needle) || $0.purpose.lowercased().contains(needle) })
        #expect(try db.bookingCount(on: day, matching: needle) == matching.count)
        #expect(try db.volunteerCount(matching: "") == (try db.volunteerCount()))
        #expect(try db.venueCount(matching: "zzzz-ingen") == 0)
        #expect(try db.applications(matching: "2026-", offset: 0, limit: 5).count == 5)
        #expect(try db.staffCount(matching: "kari") == 1)
        #expect(try db.venueNames().count == (try db.venueCount()))
    }
}
