import DugnadCore
import Foundation
import Testing

/// Our export read by an independent parser: Python's `icalendar` with
/// `dateutil.rrule` expansion (installed by .ci/run). The occurrences it
/// finds must be exactly ours, DST weeks included.
@Suite struct ICalendarIndependentParserTests {
    static let script = #"""
import sys
from datetime import datetime
from zoneinfo import ZoneInfo
import icalendar
from dateutil.rrule import rrulestr
oslo = ZoneInfo("Europe/Oslo")
lo = datetime(2026, 1, 1, tzinfo=oslo)
hi = datetime(2028, 1, 1, tzinfo=oslo)
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
out = []
# RECURRENCE-ID: that occurrence of the series with the same UID is replaced by this event.
overridden = {}
for ev in cal.walk("VEVENT"):
    rid = ev.get("RECURRENCE-ID")
    if rid is not None:
        overridden.setdefault(str(ev.get("UID")), set()).add(rid.dt.astimezone(oslo).strftime("%Y-%m-%d %H:%M"))
for ev in cal.walk("VEVENT"):
    uid = str(ev.get("UID"))
    start = ev.decoded("DTSTART")
    if start.tzinfo is None:
        raise SystemExit("floating DTSTART in " + uid)
    if ev.get("RECURRENCE-ID") is not None:
        if str(ev.get("STATUS", "")) != "CANCELLED":
            out.append(uid + " " + start.astimezone(oslo).strftime("%Y-%m-%d %H:%M"))
        continue
    ex = set()
    exd = ev.get("EXDATE")
    for group in (exd if isinstance(exd, list) else ([exd] if exd is not None else [])):
        for d in group.dts:
            ex.add(d.dt.astimezone(oslo).strftime("%Y-%m-%d %H:%M"))
    rule = ev.get("RRULE")
    if rule is None:
        times = [start]
    else:
        times = rrulestr(rule.to_ical().decode(), dtstart=start).between(lo, hi, inc=True)
    for t in times:
        s = t.astimezone(oslo).strftime("%Y-%m-%d %H:%M")
        if s not in ex and s not in overridden.get(uid, set()):
            out.append(uid + " " + s)
print("\n".join(sorted(out)))
"""#

    static func python(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch { return (-1, "", "\(error)") }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static var parserAvailable: Bool { python(["-c", "import icalendar, dateutil"]).status == 0 }

    @Test(.enabled(if: parserAvailable, "python3 with icalendar and python-dateutil is not installed (pip install icalendar python-dateutil)"))
    func pythonIcalendarFindsTheSameOccurrences() throws {
        func at(_ s: String) -> CivilDateTime { CivilDateTime(storageText: s)! }
        func a(_ title: String, _ start: String, _ end: String) -> Activity {
            Activity(title: title, organiser: "Fjell frivilligsentral", category: .sosialt, audience: .seniorer, kommunedelID: 6,
                     venueID: nil, start: at(start), end: at(end), description: "Linje 1\nLinje 2; med, tegn")
        }
        let series = [
            // Sundays 18:00 across both 2026 DST switches, one cancelled.
            ActivitySeries(id: 1, uid: "s1@dugnad", template: a("Søndagskafé", "2026-03-15 18:00", "2026-03-15 20:00"),
                           rule: RecurrenceRule(pattern: .weekly(weekdays: [7]), end: .until(CivilDate(iso: "2026-11-29")!))!,
                           exceptions: [CivilDate(iso: "2026-10-25")!]),
            // Every other week on Tuesday and Thursday, 12 times.
            ActivitySeries(id: 2, uid: "s2@dugnad", template: a("Seniordans", "2026-03-24 02:30", "2026-03-24 04:00"),
                           rule: RecurrenceRule(pattern: .weekly(weekdays: [2, 4]), interval: 2, end: .count(12))!),
            // Last Friday of the month, no end (expanded to the window).
            ActivitySeries(id: 3, uid: "s3@dugnad", template: a("Quiz", "2026-01-30 19:00", "2026-01-30 22:00"),
                           rule: RecurrenceRule(pattern: .monthly(ordinal: -1, weekday: 5))!, exceptions: [CivilDate(iso: "2026-12-25")!]),
            // Second Tuesday every third month until a date.
            ActivitySeries(id: 4, uid: "s4@dugnad", template: a("Styremøte", "2026-01-13 18:00", "2026-01-13 19:30"),
                           rule: RecurrenceRule(pattern: .monthly(ordinal: 2, weekday: 2), interval: 3,
                                                end: .until(CivilDate(iso: "2027-10-12")!))!),
        ]
        let oneOff = a("Julemarked", "2026-12-12 12:00", "2026-12-12 16:00")
        // One Sunday moved an hour and a half later (RECURRENCE-ID in the Oslo zone, after the October switch).
        var moved = a("Søndagskafé (flyttet)", "2026-11-08 19:30", "2026-11-08 21:00")
        moved.seriesID = 1
        let override = ActivityICalendarExport.Override(seriesUID: "s1@dugnad", recurrenceID: at("2026-11-08 18:00"), allDay: false,
                                                        activity: moved)
        let text = ActivityICalendarExport.ics(oneOffs: [(uid: "o1@dugnad", activity: oneOff)], series: series, overrides: [override],
                                               names: .init(kommunedel: [6: "Fjell/Danvik"], venue: [:]),
                                               stamp: at("2026-11-26 12:00"), calendarName: "Dugnad")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dugnad-\(UUID().uuidString).ics")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("dugnad-\(UUID().uuidString).py")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let result = Self.python([script.path, file.path])
        #expect(result.status == 0, "python failed: \(result.error)")
        let from = CivilDate(iso: "2026-01-01")!, through = CivilDate(iso: "2027-12-31")!
        var ours = ["o1@dugnad " + oneOff.start.storageText, "s1@dugnad 2026-11-08 19:30"]
        for s in series {
            ours += s.occurrences(from: from, through: through).filter { !$0.cancelled && !(s.id == 1 && $0.start == at("2026-11-08 18:00")) }
                .map { "\(s.uid) \($0.start.storageText)" }
        }
        let theirs = result.output.split(separator: "\n").map(String.init)
        #expect(theirs == ours.sorted(), "python: \(theirs.count) vs ours: \(ours.count)\n\(Set(theirs).symmetricDifference(ours).sorted())")
        #expect(theirs.contains("s1@dugnad 2026-03-29 18:00") && !theirs.contains("s1@dugnad 2026-10-25 18:00"))
        #expect(theirs.contains("s1@dugnad 2026-11-08 19:30") && !theirs.contains("s1@dugnad 2026-11-08 18:00"))
        #expect(text.contains("RECURRENCE-ID;TZID=Europe/Oslo:20261108T180000"), "\(text)")
    }
}
