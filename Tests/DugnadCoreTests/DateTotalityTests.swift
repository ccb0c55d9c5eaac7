import Testing
@testable import DugnadCore

/// A small deterministic generator (SplitMix64), so the property and fuzz
/// tests run the same cases every time and a failure can be replayed.
struct SeededRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        return range.lowerBound &+ Int(truncatingIfNeeded: span == 0 ? next() : next() % span)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}

/// Item 1 of issue 13: every date operation is total, across and far beyond
/// the supported range, and every entry refuses what lies outside it.
@Suite struct DateTotalityTests {
    static let extremes = [Int.min, Int.min + 1, -1_000_000_000_000, -400_000_000, -1, 0, 1, 400_000_000,
                           1_000_000_000_000, Int.max - 1, Int.max]

    func isCalendarDate(_ d: CivilDate) -> Bool {
        (1...12).contains(d.month) && (1...CivilDate.daysIn(month: d.month, year: d.year)).contains(d.day)
            && CivilDate.arithmeticBounds.contains(d.dayNumber)
    }

    /// Day numbers inside the supported range, near its edges, and far out.
    func sampleDays(_ rng: inout SeededRandom) -> Int {
        let lo = CivilDate.supportedRange.lowerBound.dayNumber, hi = CivilDate.supportedRange.upperBound.dayNumber
        switch rng.int(0...4) {
        case 0: return rng.int(lo...hi)
        case 1: return rng.int(lo - 800...lo + 800)
        case 2: return rng.int(hi - 800...hi + 800)
        case 3: return rng.int(CivilDate.arithmeticBounds)
        default: return rng.pick(Self.extremes)
        }
    }

    @Test func everyOperationIsTotalAcrossAndBeyondTheRange() {
        var rng = SeededRandom(state: 13)
        for _ in 0..<4_000 {
            let date = CivilDate(dayNumber: sampleDays(&rng))
            #expect(isCalendarDate(date))
            let days = rng.int(0...1) == 0 ? rng.int(-100_000...100_000) : rng.pick(Self.extremes)
            let later = date.adding(days: days)
            #expect(isCalendarDate(later))
            let exact = date.dayNumber.addingReportingOverflow(days)
            if !exact.overflow, CivilDate.arithmeticBounds.contains(exact.partialValue) {
                #expect(later.dayNumber == exact.partialValue)
            }
            let months = rng.int(0...1) == 0 ? rng.int(-5_000...5_000) : rng.pick(Self.extremes)
            let monthLater = date.adding(months: months)
            #expect(isCalendarDate(monthLater))
            if months.magnitude <= 5_000, date.year.magnitude < 900_000 {
                #expect(monthLater.day <= date.day)
                #expect((monthLater.year * 12 + monthLater.month) - (date.year * 12 + date.month) == months)
            }
            #expect(isCalendarDate(date.firstOfMonth) && date.firstOfMonth.day == 1)
            #expect(isCalendarDate(date.lastOfMonth) && date.lastOfMonth.adding(days: 1).day == 1
                    || date.lastOfMonth.dayNumber == CivilDate.arithmeticBounds.upperBound)
            #expect((1...7).contains(date.weekday))
            #expect(date.startOfWeek.weekday == 1 || date.startOfWeek.dayNumber == CivilDate.arithmeticBounds.lowerBound)
            #expect((1...53).contains(date.isoWeek))
            #expect(!date.iso.isEmpty && !date.norwegian.isEmpty)
            let easter = NorwegianHolidays.easterSunday(date.year)
            #expect(isCalendarDate(easter) && easter.year == date.year && (3...4).contains(easter.month))
            let holidays = NorwegianHolidays.holidays(in: date.year)
            #expect(holidays.count == 12)
            _ = NorwegianHolidays.isHoliday(date)
            _ = NorwegianHolidays.holidays(on: date)
            let moment = CivilDateTime(date: date, time: .midnight)
            #expect([60, 120].contains(OsloClock.offsetMinutes(at: moment)))
            #expect([60, 120].contains(OsloTime.offsetMinutes(atUTC: moment)))
            _ = OsloClock.doesNotExist(moment)
            _ = OsloTime.civil(fromUTC: moment)
            #expect(RecurrenceRule.nthWeekday(-1, 7, in: date)?.weekday == 7)
            _ = RecurrenceRule.nthWeekday(rng.int(1...5), rng.int(1...7), in: date)
            let ordinal = CivilDateTime(ordinal: rng.pick(Self.extremes))
            #expect(isCalendarDate(ordinal.date))
        }
    }

    @Test func easterIsASundayInMarchOrAprilEveryYearOfTheRangeAndKnownYearsAreRight() {
        for year in CivilDate.supportedYears {
            let e = NorwegianHolidays.easterSunday(year)
            #expect(e.weekday == 7 && e.isSupported, "\(year)")
            #expect(e >= CivilDate(year: year, month: 3, day: 22)! && e <= CivilDate(year: year, month: 4, day: 25)!)
        }
        #expect(NorwegianHolidays.easterSunday(1900).iso == "1900-04-15")
        #expect(NorwegianHolidays.easterSunday(2000).iso == "2000-04-23")
        #expect(NorwegianHolidays.easterSunday(2026).iso == "2026-04-05")
        #expect(NorwegianHolidays.easterSunday(2285).iso == "2285-03-22")   // the earliest possible date
        #expect(NorwegianHolidays.easterSunday(Int.max).weekday == 7)
        #expect(NorwegianHolidays.easterSunday(Int.min).month >= 3)
    }

    @Test func theProbesDatesTrapNoMore() {
        // `demo --today 9999-12-31`, Calendar `g 31.12.9999`, Venues `]`, `{` from 0001-01-01 …
        for dayNumber in [CivilDate.dayNumber(year: 9999, month: 12, day: 31), CivilDate.dayNumber(year: 9998, month: 12, day: 31),
                          CivilDate.dayNumber(year: 1, month: 1, day: 1)] {
            let d = CivilDate(dayNumber: dayNumber)
            _ = d.adding(months: 1); _ = d.adding(months: -1); _ = d.adding(months: 12); _ = d.adding(days: 7)
            _ = d.adding(days: -7); _ = NorwegianHolidays.holidays(in: d.year); _ = d.adding(months: 1).firstOfMonth
        }
    }

    @Test func entriesAcceptTheSupportedRangeAndNothingElse() {
        #expect(CivilDate(year: 1900, month: 1, day: 1) != nil)
        #expect(CivilDate(year: 2200, month: 12, day: 31) != nil)
        #expect(CivilDate(year: 1899, month: 12, day: 31) == nil)
        #expect(CivilDate(year: 2201, month: 1, day: 1) == nil)
        #expect(CivilDate(iso: "9999-12-31") == nil && CivilDate(iso: "0001-01-01") == nil)
        #expect(CivilDate(storedISO: "9999-12-31") != nil)   // what the store may read back
        #expect(CivilDate.isCalendarDateText("9999-12-31") && !CivilDate.isCalendarDateText("9999-13-31"))
        #expect(ICalendarValues.date("99991231") == nil)
        let last = CivilDate(year: 2200, month: 12, day: 31)!
        #expect(DateInput.readDate("31.12.9999", today: last) == .failure(.outsideSupportedRange))
        #expect(DateInput.readDate("01.01.0001", today: last) == .failure(.outsideSupportedRange))
        #expect(DateInput.readDate("9999-12-31", today: last) == .failure(.outsideSupportedRange))
        #expect(DateInput.readDate("i morgen", today: last) == .failure(.outsideSupportedRange))
        #expect(DateInput.readDate("+1", today: last) == .failure(.outsideSupportedRange))
        #expect(DateInput.readDate("31.12.2200", today: last) == .success(last))
        #expect(DateInput.readDate("31.02.2026", today: last) == .failure(.notADate))
        #expect(DateInput.readDate("abc", today: last) == .failure(.notADate))
    }

    /// A bounded fuzz of the date and time parsers (item 11): random text
    /// from the characters they read, and some they must refuse; nothing
    /// traps and every date returned lies in the supported range.
    @Test func fuzzDateAndTimeParsers() {
        var rng = SeededRandom(state: 2026)
        let alphabet: [String] = ["0", "1", "2", "3", "9", ".", "-", "+", ":", " ", "i", "dag", "morgen", "today", "td",
                                  "T", "Z", "\u{1B}", "\0", "\t", "٣", "１", "é", "🇳🇴", "99999999999999999999", "-0",
                                  "2026", "12", "31", "24", "60", "tor", "#ukentlig", "@", "18-20"]
        let today = CivilDate(year: 2026, month: 11, day: 26)!
        let edges = [today, CivilDate.supportedRange.lowerBound, CivilDate.supportedRange.upperBound]
        for _ in 0..<20_000 {
            let text = (0..<rng.int(0...8)).map { _ in rng.pick(alphabet) }.joined()
            let base = rng.pick(edges)
            if let d = DateInput.parseDate(text, today: base) { #expect(d.isSupported, "\(text)") }
            if let t = DateInput.parseTime(text) { #expect((0...1440).contains(t.minutes)) }
            if let d = CivilDate(iso: text) { #expect(d.isSupported) }
            if let d = CivilDate(storedISO: text) { #expect(CivilDate.storableYears.contains(d.year)) }
            _ = CivilDateTime(storageText: text)
            if case .success(let q) = QuickAdd.parse(text, today: base) { #expect(q.date.isSupported, "\(text)") }
        }
    }
}
