import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// The series occurrence rows (`activity_series_occurrence`, their per-day counts and the tail of series that go on
/// past the rows' horizon) against the full expansion of every series (`calendar` without `perDay`), kept in step
/// through create, edit of one date / the whole series / from a date, cancel, end, import and the migration.
@Suite struct SeriesOccurrenceStoreTests {
    static func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }
    static func at(_ title: String, _ day: String, _ h: Int, _ m: Int = 0, kommunedel: RowID = 6) -> Activity {
        Activity(title: title, organiser: "Fjell IL", category: .idrett, audience: .barn, kommunedelID: kommunedel, venueID: nil,
                 start: CivilDateTime(date: d(day), time: CivilTime(hour: h, minute: m)!),
                 end: CivilDateTime(date: d(day), time: CivilTime(hour: h + 1, minute: m)!))
    }

    static let filters = [CalendarFilter(), CalendarFilter(kommunedelIDs: [7]), CalendarFilter(text: "strikk"),
                          CalendarFilter(audiences: [.barn], price: .free)]

    /// Every read the views make, for `from…through` and each filter, equals the full read of the same range.
    static func expectReadsMatchTheFullExpansion(_ db: AppDatabase, _ from: CivilDate, _ through: CivilDate,
                                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        for filter in filters {
            let full = try db.calendar(from: from, through: through, filter: filter).occurrences
            var counts: [Int: Int] = [:]
            for o in full { counts[o.start.date.dayNumber, default: 0] += 1 }
            #expect(try db.calendarCounts(from: from, through: through, filter: filter) == counts, "counts \(filter)",
                    sourceLocation: sourceLocation)
            // Month: the first few stored rows and the first few series occurrences of each day.
            let perDay = 2
            var expected: [Activity] = []
            for day in Set(full.map(\.start.date)).sorted() {
                let items = full.filter { $0.start.date == day }
                expected += (items.filter { $0.id > 0 }.prefix(perDay) + items.filter { $0.id == 0 }.prefix(perDay))
                    .sorted { $0.occurrenceKey < $1.occurrenceKey }
            }
            let month = try db.calendar(from: from, through: through, filter: filter, perDay: perDay)
            #expect(month.occurrences == expected, "month \(filter)", sourceLocation: sourceLocation)
            #expect(month.dayCounts == counts, "month counts \(filter)", sourceLocation: sourceLocation)
            for o in month.occurrences where o.id == 0 { #expect(month.rules[o.seriesID ?? 0] != nil, sourceLocation: sourceLocation) }
            // Week (a week at a time): each cell's count and first.
            var monday = from.startOfWeek
            while monday <= through {
                let sunday = monday.adding(days: 6)
                let slots = WeekSlots(height: 12)
                var cellCounts: [Int: Int] = [:], firsts: [Int: Activity] = [:]
                for o in try db.calendar(from: monday, through: sunday, filter: filter).occurrences {
                    cellCounts[slots.cell(of: o), default: 0] += 1
                    if firsts[slots.cell(of: o)] == nil { firsts[slots.cell(of: o)] = o }
                }
                let week = try db.calendarWeek(from: monday, through: sunday, filter: filter, slots: slots)
                #expect(week.cellCounts == cellCounts, "week \(monday.iso) \(filter)", sourceLocation: sourceLocation)
                #expect(week.occurrences == firsts.values.sorted { $0.occurrenceKey < $1.occurrenceKey }, "week firsts \(monday.iso)",
                        sourceLocation: sourceLocation)
                monday = monday.adding(days: 7)
            }
            // The agenda's list, a window at a time forward and backward, with each window's position.
            for limit in [3, 50] {
                var forward: [Activity] = []
                var w = try db.calendarWindow(from: from, through: through, filter: filter, anchor: .first, limit: limit)
                forward += w.occurrences
                var reads = 0
                while !w.atEnd && reads < 500 {
                    reads += 1
                    w = try db.calendarWindow(from: from, through: through, filter: filter, anchor: .after(forward.last!.occurrenceKey), limit: limit)
                    #expect(w.occurrences.isEmpty || w.firstPosition == forward.count, sourceLocation: sourceLocation)
                    forward += w.occurrences
                }
                #expect(forward == full, "forward \(limit) \(filter)", sourceLocation: sourceLocation)
                w = try db.calendarWindow(from: from, through: through, filter: filter, anchor: .last, limit: limit)
                var backward = w.occurrences
                reads = 0
                while !w.atStart && reads < 500 {
                    reads += 1
                    w = try db.calendarWindow(from: from, through: through, filter: filter, anchor: .before(backward.first!.occurrenceKey), limit: limit)
                    #expect(w.occurrences.isEmpty || w.firstPosition == full.count - backward.count - w.occurrences.count,
                            sourceLocation: sourceLocation)
                    backward = w.occurrences + backward
                }
                #expect(backward == full, "backward \(limit) \(filter)", sourceLocation: sourceLocation)
            }
        }
        #expect(try db.check().isEmpty, sourceLocation: sourceLocation)
    }

    static func occurrenceRows(_ db: AppDatabase, series: RowID) throws -> [String] {
        try db.read { try String.fetchAll($0, sql: "SELECT start || '/' || replaced FROM activity_series_occurrence WHERE series_id = ? ORDER BY start",
                                          arguments: [series]) }
    }

    @Test func viewsReadTheRowsAsTheFullExpansionThroughEveryKindOfChange() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        let (from, through) = (Self.d("2026-11-23"), Self.d("2027-01-10"))
        for i in 0..<30 {
            try db.saveActivity(Self.at(i % 5 == 0 ? "Strikking \(i)" : "Rad \(i)", "2026-12-\(String(format: "%02d", 1 + i % 20))",
                                        9 + i % 6, kommunedel: RowID(6 + i % 2)), rule: nil)
        }
        // Weekly on two days, one at a stored row's start; monthly (last Sunday); a few dates only; never ending.
        let weekly = try db.saveActivity(Self.at("Strikkekafé", "2026-11-05", 10), rule: RecurrenceRule(pattern: .weekly(weekdays: [2, 4]))!)
        let monthly = try db.saveActivity(Self.at("Søndagstur", "2026-10-25", 11, kommunedel: 7),
                                          rule: RecurrenceRule(pattern: .monthly(ordinal: -1, weekday: 7))!)
        let counted = try db.saveActivity(Self.at("Seniortrim", "2026-11-30", 9), rule: RecurrenceRule(pattern: .weekly(weekdays: [1]), end: .count(4))!)
        var allDay = Self.at("Loppemarked", "2026-11-28", 0, kommunedel: 7)
        allDay.allDay = true
        allDay.end = CivilDateTime(date: Self.d("2026-11-29"), time: .midnight)
        let allDays = try db.saveActivity(allDay, rule: RecurrenceRule(pattern: .weekly(weekdays: [6]), interval: 2, end: .until(Self.d("2027-03-01")))!)
        try db.saveActivity(Self.at("Nattcafé", "2026-11-05", 0), rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!)
        try Self.expectReadsMatchTheFullExpansion(db, from, through)
        // Cancel a date (still shown, cancelled), change one date (the row replaces it), change from a date on.
        let dec = try db.calendar(from: Self.d("2026-12-01"), through: Self.d("2026-12-10"), filter: CalendarFilter()).occurrences
        try db.setOccurrenceCancelled(dec.first { $0.seriesID == weekly && $0.id == 0 }!, true)
        try db.editSeries(id: weekly, from: Self.d("2026-12-03"), scope: .thisDate, activity: Self.at("Strikkekafé jul", "2026-12-03", 12), rule: nil)
        #expect(try Self.occurrenceRows(db, series: weekly).contains("2026-12-03 10:00/1"))
        try db.editSeries(id: counted, from: Self.d("2026-12-14"), scope: .fromThisDate, activity: Self.at("Seniortrim ny", "2026-12-14", 13),
                          rule: RecurrenceRule(pattern: .weekly(weekdays: [1, 3]), end: .count(3))!)
        try db.editSeries(id: monthly, from: Self.d("2026-11-29"), scope: .wholeSeries, activity: Self.at("Søndagstur", "2026-11-29", 12, kommunedel: 7),
                          rule: RecurrenceRule(pattern: .monthly(ordinal: 1, weekday: 7))!)
        try Self.expectReadsMatchTheFullExpansion(db, from, through)
        // End a series, delete one (ended on its first day).
        try db.endSeries(id: weekly, before: Self.d("2026-12-20"))
        try db.endSeries(id: allDays, before: Self.d("2026-11-28"))
        #expect(try Self.occurrenceRows(db, series: allDays).isEmpty)
        #expect(try Self.occurrenceRows(db, series: weekly).last == "2026-12-17 10:00/0")
        try Self.expectReadsMatchTheFullExpansion(db, from, through)
        // The changed date's row removed again: the series' own occurrence is shown again.
        let changed = try db.calendar(from: Self.d("2026-12-03"), through: Self.d("2026-12-03"), filter: CalendarFilter()).occurrences
            .first { $0.title == "Strikkekafé jul" }!
        try db.write { try $0.execute(sql: "DELETE FROM activity WHERE id = ?", arguments: [changed.id]) }
        #expect(try Self.occurrenceRows(db, series: weekly).contains("2026-12-03 10:00/0"))
        try Self.expectReadsMatchTheFullExpansion(db, from, through)
    }

    @Test func anImportedSeriesWithOverridesAndNoEndIsReadPastTheRowsHorizon() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("g.sqlite"), user: "anna")
        // Overrides before their series, a never-ending weekly series (Europe/Oslo, across the DST change).
        _ = try db.importEvents(ActivityICalendarImport.read(RecurrenceIDImportTests.google).events)
        try db.saveActivity(Self.at("Rad", "2026-12-03", 18), rule: nil)
        try Self.expectReadsMatchTheFullExpansion(db, Self.d("2026-11-23"), Self.d("2027-04-04"))
        let id = try #require(try db.read { try RowID.fetchOne($0, sql: "SELECT id FROM activity_series") })
        #expect(try db.read { try String.fetchOne($0, sql: "SELECT after FROM activity_series_tail WHERE series_id = ?", arguments: [id]) }
                == Self.d("2026-11-26").adding(days: AppDatabase.occurrenceHorizonDays).iso)
        // Ten years on: the rows end, the core expands the rest; across the horizon the two join without a gap.
        let horizon = Self.d("2026-11-26").adding(days: AppDatabase.occurrenceHorizonDays)
        try Self.expectReadsMatchTheFullExpansion(db, horizon.adding(days: -20), horizon.adding(days: 20))
        let counts = try db.calendarCounts(from: horizon.adding(days: -20), through: horizon.adding(days: 20), filter: CalendarFilter())
        #expect(counts.keys.contains { $0 <= horizon.dayNumber } && counts.keys.contains { $0 > horizon.dayNumber })
        // Re-importing the same file changes nothing.
        let before = try Self.occurrenceRows(db, series: id)
        _ = try db.importEvents(ActivityICalendarImport.read(RecurrenceIDImportTests.google).events)
        #expect(try Self.occurrenceRows(db, series: id) == before)
        #expect(try db.check().isEmpty)
    }

    @Test func aDatabaseFromBeforeTheRowsMigratesAndReadsTheSame() throws {
        let dir = TempDir()
        let path = dir.path("old.sqlite")
        do {
            let db = try AppDatabase.open(path: path, user: "anna")
            let weekly = try db.saveActivity(Self.at("Strikkekafé", "2026-11-05", 10), rule: RecurrenceRule(pattern: .weekly(weekdays: [2, 4]))!)
            try db.saveActivity(Self.at("Rad", "2026-12-01", 10), rule: nil)
            try db.editSeries(id: weekly, from: Self.d("2026-12-03"), scope: .thisDate, activity: Self.at("Strikkekafé jul", "2026-12-03", 12), rule: nil)
            try db.close()
        }
        // As schema 8 left it: no occurrence rows, no triggers, the migration not run.
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in
            // Schema 8 had none of v10 either.
            try db.execute(sql: GrantTotalsStoreTests.beforeVersion10)
            try db.execute(sql: """
                DROP TRIGGER activity_series_replace_insert; DROP TRIGGER activity_series_replace_delete;
                DROP TRIGGER activity_series_replace_move; DROP TABLE activity_series_occurrence;
                DROP TABLE activity_series_tail; DROP TABLE activity_series_day_count; DROP INDEX booking_organisation_start;
                DELETE FROM grdb_migrations WHERE identifier = 'v9-series-occurrences';
                UPDATE meta SET value = '8' WHERE key = 'schema_version';
                """)
        }
        try raw.close()
        let db = try AppDatabase.open(path: path, user: "anna")
        #expect(try db.read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'schema_version'") } == String(AppMigrations.schemaVersion))
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM activity_series_occurrence WHERE replaced = 1") } == 1)
        try Self.expectReadsMatchTheFullExpansion(db, Self.d("2026-11-23"), Self.d("2026-12-20"))
    }

    @Test func theOrganisationCardReadsItsBookingsFromTheIndex() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("o.sqlite"), user: "anna")
        let plans = try db.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT count(*) FROM booking WHERE organisation_id = 1 AND start >= '2026-11-26'
                AND status IN ('confirmed', 'requested')
                """).map { $0["detail"] as String }
        }
        #expect(plans.contains { $0.contains("booking_organisation_start") })
    }
}
