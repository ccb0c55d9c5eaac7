/// A calendar date in Norwegian civil time, without a time zone.
///
/// Dugnad stores civil dates and times (Europe/Oslo wall-clock) rather than
/// instants, so a weekly booking at 18:00 stays at 18:00 across daylight
/// saving. Arithmetic uses the proleptic Gregorian calendar directly (days
/// from 1970-01-01), which keeps it pure, fast and independent of Foundation.
///
/// Two ranges (docs/DECISIONS.md, "Total date arithmetic"):
/// - `supportedRange` (1900-01-01…2200-12-31) is what may come *in*: every
///   date typed, passed as an argument or read from a file goes through
///   `init?(year:month:day:)` or `init?(iso:)`, which refuse anything outside it.
/// - Arithmetic is total: `adding(days:)`, `adding(months:)`, `init(dayNumber:)`
///   and the week and month helpers never trap. They are exact for every
///   date of ±1,000,000 years (far beyond anything a loop that starts inside
///   the supported range reaches) and saturate at `arithmeticBounds` beyond.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The dates Dugnad accepts from people and files.
    public static let supportedRange: ClosedRange<CivilDate> =
        CivilDate(unchecked: 1900, 1, 1)...CivilDate(unchecked: 2200, 12, 31)
    /// The years `supportedRange` spans, for messages ("1900–2200").
    public static let supportedYears: ClosedRange<Int> = 1900...2200
    /// The dates the store's four-digit text form can hold (what it reads back).
    public static let storableYears: ClosedRange<Int> = 1...9999
    /// Where arithmetic saturates: day numbers of -1000000-01-01 and 1000000-12-31.
    public static let arithmeticBounds: ClosedRange<Int> =
        CivilDate.dayNumber(year: -1_000_000, month: 1, day: 1)...CivilDate.dayNumber(year: 1_000_000, month: 12, day: 31)

    /// Creates a date when the components form a real calendar date inside
    /// `supportedRange`: the one check every entry (field, argument, file) goes through.
    public init?(year: Int, month: Int, day: Int) {
        guard CivilDate.supportedYears.contains(year) else { return nil }
        self.init(storedYear: year, month: month, day: day)
    }

    /// A real calendar date whose year the store's text form can hold
    /// (0001–9999): for reading back what arithmetic near the edge of the
    /// supported range produced and stored. Not for user input.
    public init?(storedYear year: Int, month: Int, day: Int) {
        guard CivilDate.storableYears.contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Components already known to form a date (internal arithmetic).
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date of `year`-`month`-`day` with month and day pulled into range
    /// (day 31 of February is its last day): total, for arithmetic.
    public init(clampingYear year: Int, month: Int, day: Int) {
        let m = min(max(month, 1), 12)
        let y = min(max(year, -1_000_000), 1_000_000)
        self.init(unchecked: y, m, min(max(day, 1), CivilDate.daysIn(month: m, year: y)))
    }

    /// Creates the date `dayNumber` days after 1970-01-01 (Howard Hinnant's
    /// civil_from_days), saturating at `arithmeticBounds`.
    public init(dayNumber: Int) {
        let n = min(max(dayNumber, CivilDate.arithmeticBounds.lowerBound), CivilDate.arithmeticBounds.upperBound)
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Whether the date lies in `supportedRange` (arithmetic may leave it).
    public var isSupported: Bool { CivilDate.supportedRange.contains(self) }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int { CivilDate.dayNumber(year: year, month: month, day: day) }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// `days` later (earlier when negative); saturates at `arithmeticBounds`, never overflows.
    public func adding(days: Int) -> CivilDate {
        let span = CivilDate.arithmeticBounds.upperBound - CivilDate.arithmeticBounds.lowerBound
        return CivilDate(dayNumber: dayNumber + min(max(days, -span), span))
    }

    /// Same day `months` later, clamped to the month's last day; saturates
    /// at `arithmeticBounds`, never overflows.
    public func adding(months: Int) -> CivilDate {
        let limit = 12 * 2_000_001
        let total = year * 12 + (month - 1) + min(max(months, -limit), limit)
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        if y > 1_000_000 { return CivilDate(dayNumber: CivilDate.arithmeticBounds.upperBound) }
        if y < -1_000_000 { return CivilDate(dayNumber: CivilDate.arithmeticBounds.lowerBound) }
        return CivilDate(unchecked: y, m, min(day, CivilDate.daysIn(month: m, year: y)))
    }

    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    public var firstOfMonth: CivilDate { CivilDate(unchecked: year, month, 1) }
    /// The last day of this date's month.
    public var lastOfMonth: CivilDate { CivilDate(unchecked: year, month, CivilDate.daysIn(month: month, year: year)) }
    /// Monday of this date's ISO week.
    public var startOfWeek: CivilDate { adding(days: 1 - weekday) }

    /// ISO 8601 week number.
    public var isoWeek: Int {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(unchecked: thursday.year, 1, 1)
        return jan1.days(until: thursday) / 7 + 1
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2026-11-26`
    public var iso: String {
        "\(pad4(year))-\(pad2(month))-\(pad2(day))"
    }

    /// `26.11.2026` for the first and last supported day: "1900–2200" in messages.
    public static var supportedRangeText: String {
        "\(supportedRange.lowerBound.norwegian)–\(supportedRange.upperBound.norwegian)"
    }

    /// `26.11.2026`, the Norwegian way.
    public var norwegian: String { "\(pad2(day)).\(pad2(month)).\(pad4(year))" }

    public var description: String { iso }

    /// Parses exactly `yyyy-mm-dd` inside `supportedRange` (an entry).
    public init?(iso text: String) {
        guard let (y, m, d) = CivilDate.isoParts(text) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses `yyyy-mm-dd` as the store wrote it (any four-digit year).
    public init?(storedISO text: String) {
        guard let (y, m, d) = CivilDate.isoParts(text) else { return nil }
        self.init(storedYear: y, month: m, day: d)
    }

    /// Whether `text` has the shape `yyyy-mm-dd` of a real date, whatever its
    /// year: tells "outside the supported range" apart from "not a date".
    public static func isCalendarDateText(_ text: String) -> Bool {
        guard let (y, m, d) = isoParts(text) else { return false }
        return (1...12).contains(m) && (1...daysIn(month: m, year: y)).contains(d)
    }

    /// "YYYY-MM-DD" read byte by byte: every stored date of every row passes through here, and splitting the
    /// string into substrings was half the cost of reading a grant application's row.
    private static func isoParts(_ text: String) -> (Int, Int, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    let digit = Int(bytes[i]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    // Codable as the ISO string, which is also how the store keeps it.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(storedISO: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

@inline(__always) func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
@inline(__always) func pad4(_ n: Int) -> String {
    let s = String(n.magnitude)
    return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - s.count)) + s
}
