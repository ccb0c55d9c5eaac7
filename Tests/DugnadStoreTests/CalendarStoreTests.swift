import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

@Suite struct CalendarStoreTests {
    static func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }
    static func activity(_ title: String, _ day: String, _ h: Int, audience: Audience = .seniorer, kommunedel: RowID? = 6) -> Activity {
        Activity(title: title, organiser: "Danvik-Fjell frivilligsentral", category: .sosialt, audience: audience,
                 kommunedelID: kommunedel, venueID: nil, start: CivilDateTime(date: d(day), time: CivilTime(hour: h)!),
                 end: CivilDateTime(date: d(day), time: CivilTime(hour: h + 2)!))
    }

    @Test func aWeeklySeriesIsReadForTheVisibleRangeOnlyAndFiltered() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        let weekly = RecurrenceRule(pattern: .weekly(weekdays: [4]), end: .until(Self.d("2027-06-30")))!
        let id = try db.saveActivity(Self.activity("Strikkekafé", "2026-11-05", 18), rule: weekly)
        try db.saveActivity(Self.activity("Leksehjelp", "2026-11-26", 16, audience: .barn), rule: nil)
        try db.saveActivity(Self.activity("Seniortrim", "2026-11-27", 10, kommunedel: 7), rule: nil)
        let week = try db.calendar(from: Self.d("2026-11-23"), through: Self.d("2026-11-29"), filter: CalendarFilter())
        #expect(week.occurrences.map(\.title) == ["Leksehjelp", "Strikkekafé", "Seniortrim"])
        #expect(week.rules[id] == weekly)
        let seniorsInFjell = try db.calendar(from: Self.d("2026-11-23"), through: Self.d("2026-11-29"),
                                             filter: CalendarFilter(kommunedelIDs: [6], audiences: [.seniorer]))
        #expect(seniorsInFjell.occurrences.map(\.title) == ["Strikkekafé"])
        // After the series' end nothing is read or expanded.
        #expect(try db.calendar(from: Self.d("2027-07-01"), through: Self.d("2027-07-31"), filter: CalendarFilter()).occurrences.isEmpty)
        // The range query uses the series index.
        let plan = try db.read { try Row.fetchAll($0, sql: "EXPLAIN QUERY PLAN SELECT * FROM activity_series WHERE last_date >= ? AND first_start < ?",
                                                  arguments: ["2026-11-23", "2026-11-30"]).map { $0["detail"] as String }.joined() }
        #expect(plan.contains("activity_series_range"), "\(plan)")
    }

    @Test func cancelOneDateEndTheSeriesAndChangeOneDate() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        let id = try db.saveActivity(Self.activity("Strikkekafé", "2026-11-05", 18), rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!)
        let all = CalendarFilter()
        var nov = try db.calendar(from: Self.d("2026-11-01"), through: Self.d("2026-11-30"), filter: all).occurrences
        #expect(nov.count == 4)
        try db.setOccurrenceCancelled(nov[2], true)  // 19 Nov
        nov = try db.calendar(from: Self.d("2026-11-01"), through: Self.d("2026-11-30"), filter: all).occurrences
        #expect(nov.map(\.cancelled) == [false, false, true, false])
        try db.editSeries(id: id, from: Self.d("2026-11-26"), scope: .thisDate,
                          activity: Self.activity("Strikkekafé – julespesial", "2026-11-26", 17), rule: nil)
        nov = try db.calendar(from: Self.d("2026-11-01"), through: Self.d("2026-11-30"), filter: all).occurrences
        #expect(nov.last?.title == "Strikkekafé – julespesial" && nov.last?.start.time.hour == 17 && nov.count == 4)
        try db.endSeries(id: id, before: Self.d("2026-12-10"))
        let dec = try db.calendar(from: Self.d("2026-12-01"), through: Self.d("2026-12-31"), filter: all).occurrences
        #expect(dec.map(\.start.date.iso) == ["2026-12-03"])
        let audit = try db.auditEntries(entity: "activity_series", id: id).map(\.action)
        #expect(audit.contains("cancel") && audit.contains("create"))
        // From a date on: the old series stops, a new one carries on at the new time.
        try db.editSeries(id: id, from: Self.d("2026-11-19"), scope: .fromThisDate,
                          activity: Self.activity("Strikkekafé", "2026-11-19", 19), rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!)
        let later = try db.calendar(from: Self.d("2026-11-12"), through: Self.d("2027-01-10"), filter: all).occurrences
        #expect(later.first?.start.time.hour == 18 && later.dropFirst().allSatisfy { $0.start.time.hour == 19 })
    }

    @Test func importUpdatesTheSameUIDAndExportRoundTrips() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("a.sqlite"), user: "anna")
        try db.saveActivity(Self.activity("Seniordans", "2026-11-03", 11), rule:
            RecurrenceRule(pattern: .weekly(weekdays: [2, 4]), interval: 2, end: .count(10))!)
        try db.saveActivity(Self.activity("Julemarked", "2026-12-12", 12, audience: .alle), rule: nil)
        let sid = try db.saveActivity(Self.activity("Quiz", "2026-11-27", 19), rule: RecurrenceRule(pattern: .monthly(ordinal: -1, weekday: 5))!)
        let nov = try db.calendar(from: Self.d("2026-11-27"), through: Self.d("2026-11-27"), filter: CalendarFilter()).occurrences
        try db.setOccurrenceCancelled(nov.first { $0.seriesID == sid }!, true)
        let stamp = CivilDateTime(storageText: "2026-11-26 12:00")!
        func export(_ db: AppDatabase) throws -> String {
            let data = try db.activitiesForExport(from: Self.d("2026-11-01"), through: Self.d("2027-12-31"), filter: CalendarFilter())
            return ActivityICalendarExport.ics(oneOffs: data.oneOffs, series: data.series, overrides: data.overrides, names: data.names, stamp: stamp,
                                               calendarName: "Dugnad")
        }
        let first = try export(db)
        let other = try AppDatabase.open(path: dir.path("b.sqlite"), user: "anna")
        let read = ActivityICalendarImport.read(first)
        #expect(read.problems.isEmpty)
        #expect(try other.importEvents(read.events) == .init(created: 3, updated: 0))
        #expect(try export(other) == first)
        // The same file again changes nothing: every UID is there as the file has it.
        #expect(try other.importEvents(read.events) == .init(created: 0, updated: 0, unchanged: 3))
        #expect(try export(other) == first)
        // A user who is not staff changes nothing.
        let guest = try AppDatabase.open(path: dir.path("b.sqlite"), user: "gjest")
        #expect(expectStoreError(.notStaff(user: "gjest")) { _ = try guest.importEvents(read.events) })
    }

    @Test func theMonthLoadReadsAFewPerDayButCountsThemAll() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        for h in 8...15 { try db.saveActivity(Self.activity("Kurs \(h)", "2026-12-02", h), rule: nil) }
        try db.saveActivity(Self.activity("Strikkekafé", "2026-11-05", 18), rule: RecurrenceRule(pattern: .weekly(weekdays: [3]))!)
        let full = try db.calendar(from: Self.d("2026-11-30"), through: Self.d("2026-12-06"), filter: CalendarFilter())
        let capped = try db.calendar(from: Self.d("2026-11-30"), through: Self.d("2026-12-06"), filter: CalendarFilter(), perDay: 3)
        #expect(full.dayCounts == nil && full.occurrences.count == 9)
        #expect(capped.dayCounts?[Self.d("2026-12-02").dayNumber] == 9)
        #expect(capped.occurrences.map(\.title) == ["Kurs 8", "Kurs 9", "Kurs 10", "Strikkekafé"])
    }

    @Test func schemaIsAtVersionTwoAndCheckIsClean() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        try db.saveActivity(Self.activity("Strikkekafé", "2026-11-05", 18), rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!)
        #expect(try db.check().isEmpty)
        #expect(try db.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") } == String(AppMigrations.schemaVersion))
    }
}
