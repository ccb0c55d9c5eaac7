/// A wall-clock time of day in minutes after midnight (0…1440; 1440 means
/// "end of day", allowed as an end time only).
public struct CivilTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int = 0) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        self.minutes = hour * 60 + minute
    }

    public static let midnight = CivilTime(minutes: 0)!
    public static let endOfDay = CivilTime(minutes: 1440)!

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `18:00`
    public var text: String { "\(pad2(hour)):\(pad2(minute))" }
    public var description: String { text }

    public static func < (a: CivilTime, b: CivilTime) -> Bool { a.minutes < b.minutes }

    public init(from decoder: Decoder) throws {
        let m = try decoder.singleValueContainer().decode(Int.self)
        guard let t = CivilTime(minutes: m) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad time \(m)"))
        }
        self = t
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(minutes)
    }
}

/// A civil date and time, e.g. 2026-11-26 18:00 in Europe/Oslo wall-clock time.
public struct CivilDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let date: CivilDate
    public let time: CivilTime

    public init(date: CivilDate, time: CivilTime) {
        self.date = date
        self.time = time
    }

    /// Minutes since 1970-01-01 00:00 civil; a total order for comparisons and storage.
    public var ordinal: Int { date.dayNumber * 1440 + time.minutes }

    /// Total: an ordinal beyond `CivilDate.arithmeticBounds` saturates there.
    public init(ordinal: Int) {
        let bounds = CivilDate.arithmeticBounds
        let ordinal = min(max(ordinal, bounds.lowerBound * 1440), bounds.upperBound * 1440 + 1439)
        let day = ordinal >= 0 ? ordinal / 1440 : (ordinal - 1439) / 1440
        self.date = CivilDate(dayNumber: day)
        self.time = CivilTime(minutes: ordinal - day * 1440)!
    }

    /// `2026-11-26 18:00`, the store's text form (sorts correctly as text).
    public var storageText: String { "\(date.iso) \(time.text)" }

    /// Reads the store's text form (any four-digit year, see `CivilDate(storedISO:)`).
    public init?(storageText: String) {
        let parts = storageText.split(separator: " ")
        guard parts.count == 2, let d = CivilDate(storedISO: String(parts[0])) else { return nil }
        let hm = parts[1].split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), let t = CivilTime(hour: h, minute: m) else { return nil }
        self.init(date: d, time: t)
    }

    public var description: String { storageText }

    public static func < (a: CivilDateTime, b: CivilDateTime) -> Bool { a.ordinal < b.ordinal }
}
