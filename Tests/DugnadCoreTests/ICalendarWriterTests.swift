import Testing
import Foundation
@testable import DugnadCore

@Suite struct ICalendarWriterTests {
    @Test func escapesText() {
        #expect(ICalendarWriter.escape("Kafé; te, kaffe\\ og\nkake") == "Kafé\\; te\\, kaffe\\\\ og\\nkake")
    }

    @Test func foldsAt75OctetsWithoutSplittingCharacters() {
        let line = "DESCRIPTION:" + String(repeating: "æøå", count: 40)
        let folded = ICalendarWriter.fold(line)
        for (i, part) in folded.components(separatedBy: "\r\n").enumerated() {
            #expect(part.utf8.count <= 75)
            if i > 0 { #expect(part.hasPrefix(" ")) }
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func writesLocalTimesWithTheOsloZone() {
        var w = ICalendarWriter(calendarName: "Test")
        w.begin("VEVENT")
        w.property("DTSTART", local: CivilDateTime(storageText: "2026-03-29 18:00")!)
        w.property("DTEND", local: CivilDateTime(storageText: "2026-03-30 00:00")!)
        w.end("VEVENT")
        let text = w.finished()
        #expect(text.contains("DTSTART;TZID=Europe/Oslo:20260329T180000\r\n"))
        #expect(text.contains("DTEND;TZID=Europe/Oslo:20260330T000000\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }
}
