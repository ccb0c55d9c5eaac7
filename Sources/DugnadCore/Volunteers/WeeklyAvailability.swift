/// Parts of the day a volunteer can give: the front desk asks "mornings, afternoons or evenings?".
public enum DayPart: Int, Sendable, CaseIterable, Codable {
    case morning = 0, afternoon = 1, evening = 2

    /// Wall-clock minutes [start, end) the part covers.
    public var minutes: Range<Int> {
        switch self {
        case .morning: 8 * 60..<12 * 60
        case .afternoon: 12 * 60..<17 * 60
        case .evening: 17 * 60..<22 * 60
        }
    }

    /// The parts a time range touches (a task 11:00–13:00 needs morning and afternoon).
    public static func parts(from start: CivilTime, to end: CivilTime) -> [DayPart] {
        let range = start.minutes..<max(start.minutes + 1, end.minutes)
        let touched = allCases.filter { $0.minutes.overlaps(range) }
        // Night work (before 08:00 or after 22:00) counts as the nearest part.
        if touched.isEmpty { return [start.minutes < 8 * 60 ? .morning : .evening] }
        return touched
    }
}

/// Weekday (1 = Monday … 7 = Sunday) × morning/afternoon/evening, as 21 bits.
public struct WeeklyAvailability: Sendable, Hashable, Codable {
    public var bits: Int

    public init(bits: Int = 0) { self.bits = bits & Self.all }

    public static let all = (1 << 21) - 1

    public static func bit(weekday: Int, part: DayPart) -> Int { 1 << ((weekday - 1) * 3 + part.rawValue) }

    public func contains(weekday: Int, part: DayPart) -> Bool { bits & Self.bit(weekday: weekday, part: part) != 0 }

    public mutating func set(weekday: Int, part: DayPart, _ on: Bool = true) {
        let b = Self.bit(weekday: weekday, part: part)
        bits = on ? bits | b : bits & ~b
    }

    public var isEmpty: Bool { bits == 0 }
    public var slotCount: Int { bits.nonzeroBitCount }

    /// "1m,1a,3e" — weekday digit and m/a/e; the stored and typed form.
    public var text: String {
        var items: [String] = []
        for weekday in 1...7 {
            for part in DayPart.allCases where contains(weekday: weekday, part: part) {
                items.append("\(weekday)\(["m", "a", "e"][part.rawValue])")
            }
        }
        return items.joined(separator: ",")
    }

    /// Parses `text`; nil for anything else than weekday digits with m/a/e (or "" for none).
    public init?(text: String) {
        self.init()
        for item in text.split(separator: ",").map({ $0.trimmingWhitespace() }) where !item.isEmpty {
            let chars = Array(item)
            guard chars.count >= 2, let weekday = Int(String(chars[0])), (1...7).contains(weekday) else { return nil }
            for c in chars.dropFirst() {
                guard let index = ["m", "a", "e"].firstIndex(of: String(c).lowercased()) else { return nil }
                set(weekday: weekday, part: DayPart(rawValue: index)!)
            }
        }
    }
}
