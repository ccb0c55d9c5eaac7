import Testing
@testable import DugnadCore

/// 10⁵ mutated files from a small seed corpus through the whole reader
/// (parser, values, recurrence, zones, conversion): none may trap. Cheap
/// mutations of small files keep it to seconds in a debug build: the seeds
/// and tokens are turned into bytes once, the reader works on bytes, and the
/// 10⁵ files are four seeded runs of 25,000 that Swift Testing runs in
/// parallel. Each run's generator is seeded, so a failure is reproducible.
@Suite struct ICalendarFuzzTests {
    static let seeds: [String] = [
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=Europe/Oslo:20261126T180000\nDURATION:PT2H\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5\nEXDATE;TZID=Europe/Oslo:20261130T180000\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nX-WR-TIMEZONE:US/Eastern\nBEGIN:VEVENT\nUID:b\nDTSTART:20260101T090000\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;BYSETPOS=1;INTERVAL=2\nRDATE;VALUE=PERIOD:20260105T100000Z/PT1H\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nDTSTART:20251026T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRDATE:20261025T030000,20271031T030000\nEND:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:21900101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:c\nDTSTART;TZID=X:20260301T010000\nRRULE:FREQ=YEARLY;BYMONTH=2,3;BYMONTHDAY=-1,29;UNTIL=20300101\nRECURRENCE-ID;TZID=X:20260301T010000\nEND:VEVENT\nEND:VCALENDAR\n",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:d\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY;UNTIL=20260110T235959Z;BYDAY=MO,TU;WKST=SU\nDURATION:P999999999999999999W\nEND:VTOOD\nEND:VCALENDAR\nstray\n",
    ]
    static let tokens = ["999999999999999999", "-", "0", "Z", "T", ";", ":", ",", "=", "\n ", "\r", "BYSETPOS=-366", "FREQ=MINUTELY",
                         "INTERVAL=10000", "COUNT=100000", "BYWEEKNO=53", "BYYEARDAY=-1", "TZID=Nowhere", "99991231", "00000000", "\u{1B}[2J", "END:VEVENT", "BEGIN:VEVENT"]
    static let seedBytes = seeds.map { Array($0.utf8) }
    static let tokenBytes = tokens.map { Array($0.utf8) }

    struct Generator { var state: UInt64; mutating func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(n)) } }

    /// Four runs of 25,000 files (10⁵ in all), each from its own seed.
    @Test(arguments: 0..<4) func mutatedFilesNeverTrap(run: Int) {
        var g = Generator(state: 42 &+ UInt64(run) &* 0x9E37_79B9_7F4A_7C15)
        // A small window keeps the expansion of each mutated series cheap.
        var options = ICalendarImportOptions(zones: nil, window: CivilDate(year: 2026, month: 1, day: 1)!...CivilDate(year: 2026, month: 3, day: 1)!)
        options.maximumOccurrences = 20
        var read = 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        for _ in 0..<25_000 {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: Self.seedBytes[g.next(Self.seedBytes.count)])
            for _ in 0..<(1 + g.next(3)) {
                let i = g.next(bytes.count)
                switch g.next(4) {
                case 0: bytes[i] = UInt8(truncatingIfNeeded: g.next(128))
                case 1: bytes.remove(at: i)
                case 2: bytes.insert(contentsOf: Self.tokenBytes[g.next(Self.tokenBytes.count)], at: i)
                default: bytes.insert(contentsOf: bytes[i..<min(bytes.count, i + g.next(40))], at: g.next(bytes.count))
                }
            }
            let result = ActivityICalendarImport.read(String(decoding: bytes, as: UTF8.self), options: options)
            read += result.events.count + result.problems.count
        }
        #expect(read > 25_000)
    }
}
