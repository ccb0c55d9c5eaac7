import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

/// The Calendar's windowed reads and per-day counts against a brute-force full read of the same file.
@Suite struct CalendarWindowStoreTests {
    static func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }
    static func at(_ title: String, _ day: String, _ h: Int, _ m: Int = 0, kommunedel: RowID = 6) -> Activity {
        Activity(title: title, organiser: "Fjell IL", category: .idrett, audience: .barn, kommunedelID: kommunedel, venueID: nil,
                 start: CivilDateTime(date: d(day), time: CivilTime(hour: h, minute: m)!),
                 end: CivilDateTime(date: d(day), time: CivilTime(hour: h + 1, minute: m)!))
    }

    /// Counts per day from a full read (every one-off row and expanded series occurrence).
    static func bruteForce(_ db: AppDatabase, _ from: CivilDate, _ through: CivilDate,
                           _ filter: CalendarFilter = CalendarFilter()) throws -> [Int: Int] {
        var out: [Int: Int] = [:]
        for o in try db.calendar(from: from, through: through, filter: filter).occurrences { out[o.start.date.dayNumber, default: 0] += 1 }
        return out
    }

    @Test func perDayCountsEqualABruteForceCountThroughEditsAndCancellations() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        let (from, through) = (Self.d("2026-11-01"), Self.d("2026-12-31"))
        for i in 0..<40 { try db.saveActivity(Self.at("Trening \(i)", "2026-11-\(10 + i % 12)", 8 + i % 10), rule: nil) }
        let weekly = try db.saveActivity(Self.at("Strikkekafé", "2026-11-05", 18), rule: RecurrenceRule(pattern: .weekly(weekdays: [4, 2]))!)
        try db.saveActivity(Self.at("Seniortrim", "2026-11-02", 10), rule: RecurrenceRule(pattern: .weekly(weekdays: [1]), end: .count(5))!)
        #expect(try db.calendarCounts(from: from, through: through, filter: CalendarFilter()) == Self.bruteForce(db, from, through))
        // Cancel a series date (an exception) and a one-off (still listed, as cancelled).
        var nov = try db.calendar(from: Self.d("2026-11-10"), through: Self.d("2026-11-20"), filter: CalendarFilter()).occurrences
        try db.setOccurrenceCancelled(nov.first { $0.seriesID == weekly }!, true)
        try db.setOccurrenceCancelled(nov.first { $0.id > 0 }!, true)
        // Change one date of the series (exception + linked row), move a one-off to another day, end a series.
        try db.editSeries(id: weekly, from: Self.d("2026-11-26"), scope: .thisDate, activity: Self.at("Strikkekafé jul", "2026-11-27", 17), rule: nil)
        nov = try db.calendar(from: Self.d("2026-11-10"), through: Self.d("2026-11-20"), filter: CalendarFilter()).occurrences
        var moved = nov.last { $0.id > 0 && $0.seriesID == nil }!
        moved.start = CivilDateTime(date: Self.d("2026-12-01"), time: moved.start.time)
        moved.end = CivilDateTime(date: Self.d("2026-12-01"), time: moved.end.time)
        try db.saveActivity(moved, rule: nil)
        try db.endSeries(id: weekly, before: Self.d("2026-12-15"))
        // Two rows at one start minute: the first (lowest id) goes (it becomes a series), the other moves an hour.
        let twinA = try db.saveActivity(Self.at("Tvilling A", "2026-11-20", 12), rule: nil)
        let twinB = try db.saveActivity(Self.at("Tvilling B", "2026-11-20", 12), rule: nil)
        try db.saveActivity(Self.at("Tvilling C", "2026-11-20", 12), rule: nil)
        var a = Self.at("Tvilling A", "2026-11-20", 12)
        a.id = twinA
        try db.saveActivity(a, rule: RecurrenceRule(pattern: .weekly(weekdays: [5]), end: .count(2))!)
        #expect(try db.check().isEmpty)
        var b = Self.at("Tvilling B", "2026-11-20", 13)
        b.id = twinB
        try db.saveActivity(b, rule: nil)
        let counts = try db.calendarCounts(from: from, through: through, filter: CalendarFilter())
        #expect(try counts == Self.bruteForce(db, from, through))
        // 27 Nov: the changed Thursday (moved to Friday) and the second Tvilling A; 1 Dec: a moved row and Strikkekafé.
        #expect(counts[Self.d("2026-11-27").dayNumber] == 2 && counts[Self.d("2026-12-01").dayNumber]! >= 2)
        // Filtered counts as well, and the count table equals a GROUP BY of the rows.
        let fjell = CalendarFilter(kommunedelIDs: [6], text: "strikk")
        #expect(try db.calendarCounts(from: from, through: through, filter: fjell) == Self.bruteForce(db, from, through, fjell))
        let (table, grouped) = try db.read { db in
            (try Row.fetchAll(db, sql: "SELECT day, n FROM activity_day_count WHERE n > 0 ORDER BY day").map { "\($0[0] as String)=\($0[1] as Int)" },
             try Row.fetchAll(db, sql: "SELECT substr(start, 1, 10), count(*) FROM activity GROUP BY 1 ORDER BY 1").map { "\($0[0] as String)=\($0[1] as Int)" })
        }
        #expect(table == grouped && !table.isEmpty)
        #expect(try db.check().isEmpty)
    }

    @Test func windowsReturnEveryItemOfTheDayInOrderForwardAndBackward() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        let day = Self.d("2026-11-26")
        // 45 rows, many sharing a start, and three series with occurrences at the same starts.
        for i in 0..<45 { try db.saveActivity(Self.at("Rad \(i)", day.iso, 9 + i % 5, i % 3 == 0 ? 30 : 0, kommunedel: RowID(6 + i % 2)), rule: nil) }
        for h in [9, 11, 13] {
            try db.saveActivity(Self.at("Serie \(h)", "2026-11-05", h), rule: RecurrenceRule(pattern: .weekly(weekdays: [4]))!)
        }
        let full = try db.calendar(from: day, through: day, filter: CalendarFilter()).occurrences
        #expect(full.count == 48)
        #expect(zip(full, full.dropFirst()).allSatisfy { $0.occurrenceKey < $1.occurrenceKey })
        for filter in [CalendarFilter(), CalendarFilter(kommunedelIDs: [6])] {
            let expected = filter.isEmpty ? full : full.filter(filter.matcher())
            for limit in [1, 4, 7, 100] {
                var forward: [Activity] = []
                var w = try db.calendarWindow(from: day, through: day, filter: filter, anchor: .first, limit: limit)
                forward += w.occurrences
                var reads = 0
                while !w.atEnd && reads < 100 {
                    reads += 1
                    w = try db.calendarWindow(from: day, through: day, filter: filter, anchor: .after(forward.last!.occurrenceKey), limit: limit)
                    #expect(w.occurrences.count == limit || w.atEnd)
                    // The store tells each window's list position.
                    #expect(w.occurrences.isEmpty || w.firstPosition == forward.count)
                    forward += w.occurrences
                }
                #expect(forward == expected, "forward, limit \(limit)")
                var backward: [Activity] = []
                w = try db.calendarWindow(from: day, through: day, filter: filter, anchor: .last, limit: limit)
                backward = w.occurrences
                #expect(w.firstPosition == expected.count - w.occurrences.count)
                reads = 0
                while !w.atStart && reads < 100 {
                    reads += 1
                    w = try db.calendarWindow(from: day, through: day, filter: filter, anchor: .before(backward.first!.occurrenceKey), limit: limit)
                    backward = w.occurrences + backward
                    #expect(w.occurrences.isEmpty || w.firstPosition == expected.count - backward.count)
                }
                #expect(backward == expected, "backward, limit \(limit)")
                #expect(w.dayCounts?[day.dayNumber] == expected.count)
            }
        }
    }

    @Test func theWeekReadsEachCellsFirstAndCountLikeABruteForceGrouping() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        let (monday, sunday) = (Self.d("2026-11-23"), Self.d("2026-11-29"))
        for i in 0..<60 {
            try db.saveActivity(Self.at("Rad \(i)", "2026-11-\(23 + i % 7)", 6 + i % 17, i % 4 == 0 ? 30 : 0, kommunedel: RowID(6 + i % 2)), rule: nil)
        }
        var allDay = Self.at("Julemarked", "2026-11-28", 0)
        allDay.allDay = true
        allDay.end = CivilDateTime(date: Self.d("2026-11-29"), time: .midnight)
        try db.saveActivity(allDay, rule: nil)
        try db.saveActivity(allDay, rule: nil)
        try db.saveActivity(Self.at("Nattcafé", "2026-11-28", 0), rule: nil)
        try db.saveActivity(Self.at("Serie", "2026-11-05", 9), rule: RecurrenceRule(pattern: .weekly(weekdays: [1, 4]))!)
        try db.saveActivity(Self.at("Serie tidlig", "2026-11-05", 6), rule: RecurrenceRule(pattern: .weekly(weekdays: [1, 4]))!)
        for (filter, slots) in [(CalendarFilter(), WeekSlots(height: 30)), (CalendarFilter(kommunedelIDs: [6]), WeekSlots(height: 10))] {
            let full = try db.calendar(from: monday, through: sunday, filter: filter).occurrences
            var counts: [Int: Int] = [:], firsts: [Int: Activity] = [:]
            for o in full {
                counts[slots.cell(of: o), default: 0] += 1
                if firsts[slots.cell(of: o)] == nil { firsts[slots.cell(of: o)] = o }
            }
            let week = try db.calendarWeek(from: monday, through: sunday, filter: filter, slots: slots)
            #expect(week.cellCounts == counts)
            #expect(week.occurrences == firsts.values.sorted { $0.occurrenceKey < $1.occurrenceKey })
            #expect(week.dayCounts == (try Self.bruteForce(db, monday, sunday, filter)))
            #expect(week.occurrences.count < full.count)
        }
    }

    @Test func theMonthReadsTheFirstFewOfEachDayInOneStatementFilteredAlike() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        for i in 0..<90 {
            try db.saveActivity(Self.at("Rad \(i)", "2026-12-\(String(format: "%02d", 1 + i % 9))", 8 + i % 11, kommunedel: RowID(6 + i % 3)), rule: nil)
        }
        let (from, through) = (Self.d("2026-11-30"), Self.d("2027-01-10"))
        for filter in [CalendarFilter(), CalendarFilter(kommunedelIDs: [7]), CalendarFilter(text: "rad 1")] {
            let full = try db.calendar(from: from, through: through, filter: filter).occurrences
            var perDay: [Int: Int] = [:]
            let expected = full.filter { a in
                perDay[a.start.date.dayNumber, default: 0] += 1
                return perDay[a.start.date.dayNumber]! <= 2
            }
            let month = try db.calendar(from: from, through: through, filter: filter, perDay: 2)
            #expect(month.occurrences == expected)
            #expect(month.dayCounts == perDay)
        }
    }

    @Test func theWindowReadUsesTheStartIndexAndNoTempBTree() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("c.sqlite"), user: "anna")
        let plan = try db.read {
            try Row.fetchAll($0, sql: "EXPLAIN QUERY PLAN SELECT \(ActivityColumns.select) FROM activity WHERE start >= ? AND start < ?"
                             + " AND (start > ? OR (start = ? AND id > ?)) ORDER BY start, id LIMIT 30",
                             arguments: ["2026-11-26", "2026-11-27", "2026-11-26 10:00", "2026-11-26 10:00", 5])
                .map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan.contains("activity_start") && !plan.contains("TEMP B-TREE"), "\(plan)")
    }
}
