import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

@Suite struct ActivityDetailsStoreTests {
    static let details = ActivityDetails(signUpRequired: true, capacity: 30, contact: "Ahmed, 911 22 333",
                                         accessibility: "Trinnfri inngang; tolk ved behov", languages: ["norsk", "arabisk"],
                                         status: .full, ageMin: 6, ageMax: 12, price: Money(ore: 5_000))

    static func activity(_ title: String, _ day: String) -> Activity {
        var a = CalendarStoreTests.activity(title, day, 17)
        a.free = false
        a.details = details
        a.description = "Lek og lekser.\nTa med matpakke."
        return a
    }

    @Test func theDetailsSurviveAReopenedFileForOneOffsAndSeries() throws {
        let dir = TempDir()
        let path = dir.path("d.sqlite")
        do {
            let db = try AppDatabase.open(path: path, user: "anna")
            try db.saveActivity(Self.activity("Leksehjelp", "2026-11-24"), rule: nil)
            try db.saveActivity(Self.activity("Fotball", "2026-11-05"), rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!)
            var plain = CalendarStoreTests.activity("Strikkekafé", "2026-11-25", 18)
            plain.details.price = Money(ore: 9_900)  // free: the typed price is not kept
            try db.saveActivity(plain, rule: nil)
        }
        let db = try AppDatabase.open(path: path, user: "anna")
        let week = try db.calendar(from: CalendarStoreTests.d("2026-11-23"), through: CalendarStoreTests.d("2026-11-29"),
                                   filter: CalendarFilter()).occurrences
        #expect(week.map(\.title) == ["Leksehjelp", "Strikkekafé", "Fotball"])
        #expect(week[0].details == Self.details && week[2].details == Self.details)
        #expect(week[0].description == "Lek og lekser.\nTa med matpakke.")
        #expect(week[1].details == ActivityDetails())
        #expect(try db.check().isEmpty)
        #expect(try db.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") } == String(AppMigrations.schemaVersion))
        // The schema refuses what the form refuses.
        #expect(throws: (any Error).self) {
            try db.writeWithoutAudit { try $0.execute(sql: "UPDATE activity SET capacity = 0") }
        }
    }

    @Test func theExportCarriesContactAccessibilityAndLanguagesAndRoundTrips() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("a.sqlite"), user: "anna")
        try db.saveActivity(Self.activity("Leksehjelp", "2026-11-24"), rule: nil)
        let stamp = CivilDateTime(storageText: "2026-11-26 12:00")!
        func export(_ db: AppDatabase) throws -> String {
            let data = try db.activitiesForExport(from: CalendarStoreTests.d("2026-11-01"), through: CalendarStoreTests.d("2026-12-31"),
                                                  filter: CalendarFilter())
            return ActivityICalendarExport.ics(oneOffs: data.oneOffs, series: data.series, overrides: data.overrides, names: data.names, stamp: stamp, calendarName: "Dugnad")
        }
        let first = try export(db)
        #expect(first.contains("Kontakt: Ahmed"), "\(first)")
        let read = ActivityICalendarImport.read(first)
        #expect(read.problems.isEmpty)
        #expect(read.events.first?.activity.description == "Lek og lekser.\nTa med matpakke.")
        #expect(read.events.first?.activity.details.languages == ["norsk", "arabisk"])
        let other = try AppDatabase.open(path: dir.path("b.sqlite"), user: "anna")
        #expect(try other.importEvents(read.events) == .init(created: 1, updated: 0))
        #expect(try export(other) == first)
    }
}

@Suite struct ActivityFromBookingStoreTests {
    @Test func anActivityKeepsItsBookingLinkAndShowsTheBookingsState() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("p.sqlite"), user: "anna")
        let bookingID: RowID = try db.writeWithoutAudit { db in
            try db.execute(sql: """
                INSERT INTO venue (id, name, kind, kommunedel_id, capacity, price_policy, access_method)
                VALUES (1, 'Storsalen', 'forsamlingslokale', 6, 80, 'free', 'staffed')
                """)
            try db.execute(sql: """
                INSERT INTO booking (venue_id, start, "end", status, booker_name, purpose, is_public, created_by)
                VALUES (1, '2026-11-26 18:00', '2026-11-26 20:00', 'confirmed', 'Fjell skolekorps', 'Julekonsert', 1, 'anna')
                """)
            return db.lastInsertedRowID
        }
        var a = CalendarStoreTests.activity("Julekonsert", "2026-11-26", 18)
        a.venueID = 1
        a.bookingID = bookingID
        let id = try db.saveActivity(a, rule: nil)
        // An edit from the form carries no link; the stored one stays.
        a.id = id
        a.bookingID = nil
        a.title = "Julekonsert med korps"
        try db.saveActivity(a, rule: nil)
        let slice = try db.calendar(from: CalendarStoreTests.d("2026-11-26"), through: CalendarStoreTests.d("2026-11-26"),
                                    filter: CalendarFilter())
        #expect(slice.occurrences.first?.bookingID == bookingID && slice.occurrences.first?.title == "Julekonsert med korps")
        #expect(slice.bookingStatus[id] == .confirmed)
        #expect(try db.activity(publishedFrom: bookingID)?.id == id)
        #expect(try db.activity(publishedFrom: bookingID + 1) == nil)
    }
}
