/// When a scheme takes applications: on fixed yearly deadlines (rounds), or
/// all year (rolling, decided as they come).
public enum SchemeRounds: Sendable, Hashable {
    case rolling
    /// Yearly deadlines as (month, day), in date order.
    case deadlines([MonthDay])

    public struct MonthDay: Sendable, Hashable, Comparable {
        public let month: Int, day: Int
        public init(_ month: Int, _ day: Int) { self.month = month; self.day = day }
        public static func < (a: MonthDay, b: MonthDay) -> Bool { (a.month, a.day) < (b.month, b.day) }
        public var text: String { "\(pad2(month))-\(pad2(day))" }
        func date(in year: Int) -> CivilDate {
            CivilDate(year: year, month: month, day: min(day, CivilDate.daysIn(month: month, year: year)))!
        }
    }

    /// The stored form: "" for rolling, else "MM-DD,MM-DD".
    public var stored: String {
        switch self {
        case .rolling: return ""
        case .deadlines(let days): return days.map(\.text).joined(separator: ",")
        }
    }

    /// Parses the stored form; nil when it is malformed.
    public init?(stored: String) {
        let text = stored.trimmingWhitespace()
        if text.isEmpty { self = .rolling; return }
        var days: [MonthDay] = []
        for part in text.split(separator: ",") {
            let bits = part.split(separator: "-")
            guard bits.count == 2, let m = Int(bits[0]), let d = Int(bits[1]), (1...12).contains(m),
                  (1...CivilDate.daysIn(month: m, year: 2024)).contains(d) else { return nil }
            days.append(MonthDay(m, d))
        }
        self = .deadlines(days.sorted())
    }

    /// The round an application received on `day` belongs to: its deadline
    /// (the first on or after the day; after the year's last, the next
    /// year's first) and the budget year. Rolling: no deadline, that year.
    public func round(for day: CivilDate) -> GrantRound {
        switch self {
        case .rolling:
            return GrantRound(year: day.year, deadline: nil)
        case .deadlines(let days):
            guard let first = days.first else { return GrantRound(year: day.year, deadline: nil) }
            if let next = days.first(where: { $0.date(in: day.year) >= day }) {
                return GrantRound(year: day.year, deadline: next.date(in: day.year))
            }
            return GrantRound(year: day.year + 1, deadline: first.date(in: day.year + 1))
        }
    }

    /// Every round deadline of a year.
    public func deadlines(in year: Int) -> [CivilDate] {
        guard case .deadlines(let days) = self else { return [] }
        return days.map { $0.date(in: year) }
    }
}

/// One round of a scheme: the budget year and the deadline (nil: rolling).
public struct GrantRound: Sendable, Hashable {
    public var year: Int
    public var deadline: CivilDate?
    public init(year: Int, deadline: CivilDate?) { self.year = year; self.deadline = deadline }

    /// "våren 2026 (frist 01.03.2026)" style label used as the round's name.
    public var label: String { deadline.map { "\(year) frist \($0.norwegian)" } ?? "\(year) løpende" }

    /// When a decision is due: six weeks after the deadline, or after receipt in a rolling scheme.
    public func decisionDue(received: CivilDate) -> CivilDate {
        (deadline.map { max($0, received) } ?? received).adding(days: 42)
    }
}

/// A text in both of the app's languages. The domain's refusals and
/// letters carry both; the caller picks the user's.
public struct Bilingual: Sendable, Hashable {
    public let nb: String
    public let en: String
    public init(nb: String, en: String) { self.nb = nb; self.en = en }
    public func text(english: Bool) -> String { english ? en : nb }
}
