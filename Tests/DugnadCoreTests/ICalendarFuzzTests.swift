import Testing
@testable import DugnadCore

/// 10⁵ mutated files from a small seed corpus through the whole reader
/// (parser, values, recurrence, zones, conversion): none may trap. Cheap
/// mutations of small files keep it to seconds in a debug build; the
/// generator is seeded, so a failure is reproducible.
@Suite struct ICalendarFuzzTests {
    static let seeds: [String] = [
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=Europe/Oslo:20261126T180000\nDURATION:PT2H\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5\nEXDATE;TZID=Europe/Oslo:20261130T180000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nX-WR-TIMEZONE:US/Eastern\nBEGIN:VEVENT\nUID:b\nDTSTART:20260101T090000\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=1;INTERVAL=2\nRDATE;VALUE=PERIOD:20260105T100000Z/PT1H\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nDTSTART:20251026T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRDATE:20261025T030000,20271031T030000\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:21900101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:c\nDTSTART;TZID=X:20260301T010000\nRRULE:FREQ=YEARLY;BYMONTH=2,3;BYMONTHDAY=-1,29;UNTIL=20300101\nRECURRENCE-ID;TZID=X:20260301T010000\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:d\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY;UNTIL=20260110T235959Z;BYDAY=MO,TU;WKST=SU\nDURATION:P999999999999999999W\nEND:VTOOD\nEND:VCALENDAR\nstray\n",
    ]
    static let tokens = ["999999999999999999", "-", "0", "Z", "T", ";", ":", ",", "=", "\n ", "\r", "BYSETPOS=-366", "FREQ=MINUTELY",
                         "INTERVAL=10000", "COUNT=100000", "BYWEEKNO=53", "BYYEARDAY=-1", "TZID=Nowhere", "99991231", "00000000", "\u{1B}[2J", "END:VEVENT", "BEGIN:VEVENT"]

    struct Generator { var state: UInt64; mutating func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(n)) } }

    @Test func mutatedFilesNeverTrap() {
        var g = Generator(state: 42)
        // A small window keeps the expansion of each mutated series cheap.
        var options = ICalendarImportOptions(zones: nil, window: CivilDate(year: 2026, month: 1, day: 1)!...CivilDate(year: 2026, month: 3, day: 1)!)
        options.maximumOccurrences = 20
        var read = 0
        for _ in 0..<100_000 {
            var bytes = Array(Self.seeds[g.next(Self.seeds.count)].utf8)
            for _ in 0..<(1 + g.next(3)) {
                let i = g.next(bytes.count)
                switch g.next(4) {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: g.next(128))
                case 1: bytes.remove(at: i)
                case 2: bytes.insert(contentsOf: Array(Self.tokens[g.next(Self.tokens.count)].utf8), at: i)
                default: bytes.insert(contentsOf: bytes[i..<min(bytes.count, i + g.next(40))], at: g.next(bytes.count))
                }
            }
            let result = ActivityICalendarImport.read(String(decoding: bytes, as: UTF8.self), options: options)
            read += result.events.count + result.problems.count
        }
        #expect(read > 100_000)
    }
}
