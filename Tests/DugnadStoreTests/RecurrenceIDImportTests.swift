import DugnadCore
import Foundation
import GRDB
import Testing
@testable import DugnadStore

/// iCalendar overrides (RECURRENCE-ID): one changed or cancelled occurrence of a series, as other programs write them.
@Suite struct RecurrenceIDImportTests {
    static func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }
    static let stamp = CivilDateTime(storageText: "2026-11-26 12:00")!

    static func export(_ db: AppDatabase) throws -> String {
        let data = try db.activitiesForExport(from: d("2026-11-01"), through: d("2027-12-31"), filter: CalendarFilter())
        return ActivityICalendarExport.ics(oneOffs: data.oneOffs, series: data.series, overrides: data.overrides, names: data.names,
                                           stamp: stamp, calendarName: "Dugnad")
    }

    /// Google Calendar style: a weekly Thursday series in Europe/Oslo; the overrides come BEFORE their series,
    /// one moves 3 Dec to 19:00 and renames it, one cancels 10 Dec; one names a UID nobody has, one a Wednesday.
    static let google = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
        BEGIN:VEVENT\r
        DTSTART;TZID=Europe/Oslo:20261203T190000\r
        DTEND;TZID=Europe/Oslo:20261203T210000\r
        RECURRENCE-ID;TZID=Europe/Oslo:20261203T180000\r
        UID:strikk-123@google.com\r
        SUMMARY:Strikkekafé – julespesial\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART;TZID=Europe/Oslo:20261210T180000\r
        DTEND;TZID=Europe/Oslo:20261210T200000\r
        RECURRENCE-ID;TZID=Europe/Oslo:20261210T180000\r
        UID:strikk-123@google.com\r
        STATUS:CANCELLED\r
        SUMMARY:Strikkekafé\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART;TZID=Europe/Oslo:20261126T180000\r
        DTEND;TZID=Europe/Oslo:20261126T200000\r
        RRULE:FREQ=WEEKLY;BYDAY=TH\r
        UID:strikk-123@google.com\r
        SUMMARY:Strikkekafé\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART;TZID=Europe/Oslo:20261204T180000\r
        DTEND;TZID=Europe/Oslo:20261204T200000\r
        RECURRENCE-ID;TZID=Europe/Oslo:20261204T180000\r
        UID:nobody-knows@google.com\r
        SUMMARY:Ukjent\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART;TZID=Europe/Oslo:20261209T180000\r
        DTEND;TZID=Europe/Oslo:20261209T200000\r
        RECURRENCE-ID;TZID=Europe/Oslo:20261209T180000\r
        UID:strikk-123@google.com\r
        SUMMARY:Strikkekafé onsdag\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    @Test func aGoogleFileMovesOneDateCancelsAnotherAndReportsWhatItCannotPlace() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("g.sqlite"), user: "anna")
        let read = ActivityICalendarImport.read(Self.google)
        #expect(read.problems.isEmpty && read.events.count == 5)
        let summary = try db.importEvents(read.events)
        #expect(summary.created == 1 && summary.overrides == 2)
        #expect(summary.skipped.map(\.reason) == [.unknownSeries, .notAnOccurrence(Self.d("2026-12-09"))])
        #expect(summary.skipped.map(\.item) == ["nobody-knows@google.com", "strikk-123@google.com"])
        let occ = try db.calendar(from: Self.d("2026-11-26"), through: Self.d("2026-12-17"), filter: CalendarFilter()).occurrences
        #expect(occ.map { "\($0.start.storageText) \($0.title)\($0.cancelled ? " (avlyst)" : "")" } == [
            "2026-11-26 18:00 Strikkekafé",
            "2026-12-03 19:00 Strikkekafé – julespesial",
            "2026-12-10 18:00 Strikkekafé (avlyst)",
            "2026-12-17 18:00 Strikkekafé",
        ])
        // The moved date is the series' own: linked to it, as "edit this date" does.
        let series = try #require(try db.read { try RowID.fetchOne($0, sql: "SELECT id FROM activity_series WHERE uid = 'strikk-123@google.com'") })
        #expect(occ[1].seriesID == series && occ[1].id > 0)
        // Importing the file again changes nothing more.
        _ = try db.importEvents(read.events)
        #expect(try db.calendar(from: Self.d("2026-11-26"), through: Self.d("2026-12-17"), filter: CalendarFilter()).occurrences == occ)
        #expect(try db.check().isEmpty)
    }

    @Test func anOutlookFileWithWindowsZoneAndUTCOverrides() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("o.sqlite"), user: "anna")
        // Outlook: Windows zone names, the override's RECURRENCE-ID in UTC (18:00 Oslo in winter = 17:00Z).
        let outlook = """
            BEGIN:VCALENDAR\r
            PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            UID:040000008200E00074C5B7101A82E008000000001@outlook\r
            DTSTART;TZID="W. Europe Standard Time":20261130T180000\r
            DTEND;TZID="W. Europe Standard Time":20261130T193000\r
            RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO\r
            SUMMARY:Seniordans\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:040000008200E00074C5B7101A82E008000000001@outlook\r
            RECURRENCE-ID:20261214T170000Z\r
            DTSTART;TZID="W. Europe Standard Time":20261215T180000\r
            DTEND;TZID="W. Europe Standard Time":20261215T193000\r
            SUMMARY:Seniordans (tirsdag denne uka)\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let read = ActivityICalendarImport.read(outlook)
        #expect(read.problems.isEmpty)
        #expect(read.events.last?.recurrenceID == CivilDateTime(storageText: "2026-12-14 18:00"))
        let summary = try db.importEvents(read.events)
        #expect(summary.overrides == 1 && summary.skipped.isEmpty)
        let dec = try db.calendar(from: Self.d("2026-12-14"), through: Self.d("2026-12-15"), filter: CalendarFilter()).occurrences
        // Moved to another day: the Monday shows as cancelled (as after "edit this date"), the Tuesday has the override.
        #expect(dec.map { "\($0.start.storageText) \($0.title)\($0.cancelled ? " (avlyst)" : "")" }
                == ["2026-12-14 18:00 Seniordans (avlyst)", "2026-12-15 18:00 Seniordans (tirsdag denne uka)"])
    }

    @Test func exportWritesOverridesBackAndTheRoundTripIsEqual() throws {
        let dir = TempDir()
        let db = try AppDatabase.open(path: dir.path("a.sqlite"), user: "anna")
        _ = try db.importEvents(ActivityICalendarImport.read(Self.google).events)
        // A date changed in Dugnad itself is an override too.
        let sid = try #require(try db.read { try RowID.fetchOne($0, sql: "SELECT id FROM activity_series") })
        var changed = try db.calendar(from: Self.d("2026-12-17"), through: Self.d("2026-12-17"), filter: CalendarFilter()).occurrences[0]
        changed.title = "Strikkekafé – siste før jul"
        try db.editSeries(id: sid, from: Self.d("2026-12-17"), scope: .thisDate, activity: changed, rule: nil)
        let first = try Self.export(db)
        #expect(first.contains("RECURRENCE-ID;TZID=Europe/Oslo:20261203T180000"))
        #expect(first.contains("RECURRENCE-ID;TZID=Europe/Oslo:20261217T180000"))
        // The cancelled date stays an EXDATE; replaced dates are not (other programs would drop the override).
        #expect(first.contains("EXDATE;TZID=Europe/Oslo:20261210T180000") && !first.contains("20261203T180000,"))
        let read = ActivityICalendarImport.read(first)
        #expect(read.problems.isEmpty)
        let other = try AppDatabase.open(path: dir.path("b.sqlite"), user: "anna")
        let summary = try other.importEvents(read.events)
        #expect(summary.created == 1 && summary.overrides == 2 && summary.skipped.isEmpty)
        #expect(try Self.export(other) == first)
        #expect(try other.calendar(from: Self.d("2026-11-26"), through: Self.d("2026-12-31"), filter: CalendarFilter()).occurrences.map(\.title)
                == (try db.calendar(from: Self.d("2026-11-26"), through: Self.d("2026-12-31"), filter: CalendarFilter()).occurrences.map(\.title)))
    }

    @Test func theRestOfASeriesAndATwiceChangedDateAreReportedByTheReader() {
        func event(_ extra: String) -> String {
            "BEGIN:VEVENT\r\nUID:s@x\r\nDTSTART;TZID=Europe/Oslo:20261210T190000\r\n\(extra)\r\nSUMMARY:S\r\nEND:VEVENT\r\n"
        }
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
            + event("RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Oslo:20261210T180000")
            + event("RECURRENCE-ID;TZID=Europe/Oslo:20261203T180000")
            + event("RECURRENCE-ID;TZID=Europe/Oslo:20261203T180000")
            + "END:VCALENDAR\r\n"
        let read = ActivityICalendarImport.read(text)
        #expect(read.problems.map(\.reason) == [.singleOccurrenceChange, .duplicateUID])
        #expect(read.events.map(\.recurrenceID) == [CivilDateTime(storageText: "2026-12-03 18:00")])
    }
}
