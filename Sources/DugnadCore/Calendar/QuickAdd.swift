/// Parses the quick-add line, as calcurse and khal users would type it:
/// `tor 18-20 Strikkekafé @Fjell bibliotek #seniorer #ukentlig`
/// — a day (weekday name, `i dag`, `i morgen`, `+3`, `26.11`, `2026-11-26`),
/// an optional time or time range, the title, `@place` and `#tags`
/// (audience, category, `ukentlig`/`weekly`, `annenhver`/`biweekly`, `gratis`/`free`).
public struct QuickAdd: Sendable, Equatable {
    public var date: CivilDate
    /// nil = all day.
    public var start: CivilTime?
    public var end: CivilTime?
    public var title: String
    public var place: String
    public var audience: Audience?
    public var category: ActivityCategory?
    /// Every n-th week on the date's weekday; nil = one-off.
    public var weeklyInterval: Int?

    public enum Problem: Sendable, Equatable, Error {
        case empty
        case missingTitle
        case badTimeRange(String)
        case unknownTag(String)
    }

    public static func parse(_ line: String, today: CivilDate) -> Result<QuickAdd, Problem> {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return .failure(.empty) }
        // The day: one word, or two for "i dag"/"i morgen".
        var parsedDate: CivilDate? = nil
        if words.count >= 2, words[0].lowercased() == "i", let d = DateInput.parseDate(words[0] + " " + words[1], today: today) {
            parsedDate = d
            words.removeFirst(2)
        } else if let d = weekday(words[0]).map({ nextWeekday($0, from: today) }).flatMap({ $0.isSupported ? $0 : nil })
                    ?? DateInput.parseDate(words[0], today: today) {
            // (A weekday that would fall after the last supported day, 31.12.2200, is not read as a day.)
            parsedDate = d
            words.removeFirst()
        }
        // No day given: today, as calcurse does for a new appointment.
        let date = parsedDate ?? today
        var result = QuickAdd(date: date, start: nil, end: nil, title: "", place: "", audience: nil, category: nil,
                              weeklyInterval: nil)
        if let first = words.first, first.first?.isNumber == true {
            guard let (s, e) = timeRange(first) else { return .failure(.badTimeRange(first)) }
            result.start = s
            result.end = e
            words.removeFirst()
        }
        var title: [String] = [], place: [String] = []
        var inPlace = false
        for w in words {
            if w.hasPrefix("#") {
                inPlace = false
                let tag = String(w.dropFirst()).lowercased()
                if let a = audienceTags[tag] { result.audience = a }
                else if let c = categoryTags[tag] { result.category = c }
                else if ["ukentlig", "weekly", "hverUke".lowercased()].contains(tag) { result.weeklyInterval = 1 }
                else if ["annenhver", "biweekly", "annenhveruke"].contains(tag) { result.weeklyInterval = 2 }
                else if ["gratis", "free"].contains(tag) { /* free is the default */ }
                else { return .failure(.unknownTag(w)) }
            } else if w.hasPrefix("@") {
                inPlace = true
                if w.count > 1 { place.append(String(w.dropFirst())) }
            } else if inPlace {
                place.append(w)
            } else {
                title.append(w)
            }
        }
        result.title = title.joined(separator: " ")
        result.place = place.joined(separator: " ")
        guard !result.title.isEmpty else { return .failure(.missingTitle) }
        return .success(result)
    }

    /// `18`, `18-20`, `18:30-20`, `1800-2000`; a single time lasts an hour.
    static func timeRange(_ text: String) -> (CivilTime, CivilTime)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let s = DateInput.parseTime(parts[0]), s.minutes < 1440 else { return nil }
        if parts.count == 1 { return (s, CivilTime(minutes: min(1440, s.minutes + 60))!) }
        guard let e = DateInput.parseTime(parts[1]), e > s else { return nil }
        return (s, e)
    }

    static func weekday(_ word: String) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: ".")
        let names: [[String]] = [["man", "mandag", "mon", "monday"], ["tir", "tirsdag", "tue", "tuesday"],
                                 ["ons", "onsdag", "wed", "wednesday"], ["tor", "torsdag", "thu", "thursday"],
                                 ["fre", "fredag", "fri", "friday"], ["lør", "lørdag", "sat", "saturday"],
                                 ["søn", "søndag", "sun", "sunday"]]
        return names.firstIndex { $0.contains(w) }.map { $0 + 1 }
    }

    /// The weekday on or after `today`.
    static func nextWeekday(_ weekday: Int, from today: CivilDate) -> CivilDate {
        today.adding(days: (weekday - today.weekday + 7) % 7)
    }

    static let audienceTags: [String: Audience] = [
        "barn": .barn, "children": .barn, "ungdom": .ungdom, "youth": .ungdom, "voksne": .voksne, "adults": .voksne,
        "seniorer": .seniorer, "seniors": .seniorer, "alle": .alle, "all": .alle, "everyone": .alle,
    ]

    static let categoryTags: [String: ActivityCategory] = [
        "idrett": .idrett, "sport": .idrett, "kultur": .kultur, "culture": .kultur, "friluftsliv": .friluftsliv,
        "outdoors": .friluftsliv, "sosialt": .sosialt, "social": .sosialt, "møteplass": .sosialt,
        "læring": .laering, "laering": .laering, "learning": .laering, "helse": .helse, "health": .helse,
        "annet": .annet, "other": .annet,
    ]
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
