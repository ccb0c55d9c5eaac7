/// Reading iCalendar value types into civil Europe/Oslo values: DATE,
/// DATE-TIME (with TZID, UTC `Z` or floating), DURATION and the RRULE subset
/// Dugnad can keep.
public enum ICalendarValues {
    public enum Problem: Sendable, Equatable, Error {
        case badValue(property: String, value: String)
        case unknownTimeZone(String)
        case unsupportedRule(String)
    }

    /// Zones with Oslo's rules since 1996 (CET/CEST, EU switch dates), incl. Windows names.
    static let osloEquivalent: Set<String> = [
        "europe/oslo", "europe/berlin", "europe/copenhagen", "europe/stockholm", "europe/paris", "europe/amsterdam",
        "europe/brussels", "europe/vienna", "europe/rome", "europe/madrid", "europe/zurich", "europe/prague",
        "europe/warsaw", "europe/budapest", "europe/luxembourg", "arctic/longyearbyen", "cet", "met",
        "w. europe standard time", "romance standard time", "central europe standard time",
        "central european standard time",
    ]

    /// A DTSTART/DTEND/EXDATE value: the civil time and whether it was a DATE.
    public static func dateTime(_ value: String, parameters: [String: String],
                                property: String) throws(Problem) -> (CivilDateTime, isDate: Bool) {
        let v = value.trimmingWhitespace()
        if parameters["VALUE"]?.uppercased() == "DATE" || (v.count == 8 && !v.contains("T")) {
            guard let d = date(v) else { throw .badValue(property: property, value: value) }
            return (CivilDateTime(date: d, time: .midnight), true)
        }
        let utc = v.hasSuffix("Z") || v.hasSuffix("z")
        let body = utc ? String(v.dropLast()) : v
        let parts = body.split(separator: "T")
        guard parts.count == 2, let d = date(String(parts[0])), parts[1].count == 6,
              parts[1].allSatisfy(\.isASCIIDigit),
              let h = Int(parts[1].prefix(2)), let m = Int(parts[1].dropFirst(2).prefix(2)),
              let s = Int(parts[1].suffix(2)), s < 61, let t = CivilTime(hour: h, minute: m), h < 24 else {
            throw .badValue(property: property, value: value)
        }
        let civil = CivilDateTime(date: d, time: t)
        if utc { return (OsloTime.civil(fromUTC: civil), false) }
        if let tz = parameters["TZID"] {
            let name = tz.trimmingWhitespace().lowercased()
            let trimmed = name.hasPrefix("/") ? String(name.dropFirst()) : name
            guard osloEquivalent.contains(trimmed) else { throw .unknownTimeZone(tz) }
        }
        // Floating times are read as Oslo wall-clock time: the calendar is Drammen's.
        return (civil, false)
    }

    static func date(_ text: String) -> CivilDate? {
        guard text.count == 8, text.allSatisfy(\.isASCIIDigit),
              let y = Int(text.prefix(4)), let m = Int(text.dropFirst(4).prefix(2)), let d = Int(text.suffix(2)) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// `PT2H`, `PT1H30M`, `P1D`, `P1W`, `-PT15M` → minutes.
    public static func durationMinutes(_ text: String) -> Int? {
        var s = Substring(text.trimmingWhitespace().uppercased())
        var sign = 1
        if s.first == "+" { s = s.dropFirst() } else if s.first == "-" { sign = -1; s = s.dropFirst() }
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var total = 0, number = "", inTime = false, any = false
        for c in s {
            if c.isASCIIDigit { number.append(c); continue }
            if c == "T" { guard number.isEmpty else { return nil }; inTime = true; continue }
            guard let n = Int(number) else { return nil }
            number = ""
            any = true
            switch (c, inTime) {
            case ("W", false): total += n * 7 * 1440
            case ("D", false): total += n * 1440
            case ("H", true): total += n * 60
            case ("M", true): total += n
            case ("S", true): total += n / 60
            default: return nil
            }
        }
        guard number.isEmpty, any else { return nil }
        return sign * total
    }

    static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// The RRULE subset: WEEKLY (BYDAY, INTERVAL), MONTHLY on the n-th/last
    /// weekday (BYDAY=2TU, or BYDAY=TU;BYSETPOS=2), DAILY every day; COUNT or UNTIL.
    /// Anything else is refused by name so the report can say what.
    public static func rule(_ text: String, start: CivilDateTime, allDay: Bool) throws(Problem) -> RecurrenceRule {
        var parts: [String: String] = [:]
        for piece in text.split(separator: ";") {
            let kv = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { throw .unsupportedRule(String(piece)) }
            parts[kv[0].uppercased()] = kv[1].uppercased()
        }
        let allowed: Set<String> = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYSETPOS", "WKST"]
        if let other = parts.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw .unsupportedRule("\(other)=\(parts[other]!)")
        }
        var interval = 1
        if let i = parts["INTERVAL"] {
            guard let n = Int(i), (1...52).contains(n) else { throw .unsupportedRule("INTERVAL=\(i)") }
            interval = n
        }
        if let w = parts["WKST"], w != "MO", interval > 1 { throw .unsupportedRule("WKST=\(w)") }
        var end = RecurrenceRule.End.never
        if parts["COUNT"] != nil && parts["UNTIL"] != nil { throw .unsupportedRule("COUNT+UNTIL") }
        if let c = parts["COUNT"] {
            guard let n = Int(c), (1...RecurrenceRule.maximumCount).contains(n) else { throw .unsupportedRule("COUNT=\(c)") }
            end = .count(n)
        }
        if let u = parts["UNTIL"] {
            let (until, isDate) = try dateTime(u, parameters: [:], property: "UNTIL")
            // An UNTIL earlier in the day than the start excludes that day.
            let day = !isDate && !allDay && until.time < start.time ? until.date.adding(days: -1) : until.date
            end = .until(day)
        }
        let pattern: RecurrenceRule.Pattern
        switch parts["FREQ"] {
        case "WEEKLY":
            if parts["BYSETPOS"] != nil { throw .unsupportedRule("BYSETPOS") }
            if let by = parts["BYDAY"] {
                var days: [Int] = []
                for code in by.split(separator: ",") {
                    guard let i = weekdayCodes.firstIndex(of: String(code)) else { throw .unsupportedRule("BYDAY=\(by)") }
                    days.append(i + 1)
                }
                pattern = .weekly(weekdays: days)
            } else {
                pattern = .weekly(weekdays: [start.date.weekday])
            }
        case "DAILY":
            guard interval == 1, parts["BYDAY"] == nil, parts["BYSETPOS"] == nil else {
                throw .unsupportedRule("FREQ=DAILY;INTERVAL=\(interval)")
            }
            pattern = .weekly(weekdays: Array(1...7))
        case "MONTHLY":
            guard let by = parts["BYDAY"], !by.contains(",") else { throw .unsupportedRule("FREQ=MONTHLY") }
            let code = String(by.suffix(2))
            guard let wd = weekdayCodes.firstIndex(of: code) else { throw .unsupportedRule("BYDAY=\(by)") }
            let prefix = String(by.dropLast(2))
            var ordinal: Int
            if prefix.isEmpty {
                guard let pos = parts["BYSETPOS"], let n = Int(pos) else { throw .unsupportedRule("BYDAY=\(by)") }
                ordinal = n
            } else {
                if parts["BYSETPOS"] != nil { throw .unsupportedRule("BYSETPOS") }
                guard let n = Int(prefix.hasPrefix("+") ? String(prefix.dropFirst()) : prefix) else {
                    throw .unsupportedRule("BYDAY=\(by)")
                }
                ordinal = n
            }
            guard [1, 2, 3, 4, -1].contains(ordinal) else { throw .unsupportedRule("BYDAY=\(by)") }
            pattern = .monthly(ordinal: ordinal, weekday: wd + 1)
        default:
            throw .unsupportedRule("FREQ=\(parts["FREQ"] ?? "")")
        }
        guard let rule = RecurrenceRule(pattern: pattern, interval: interval, end: end) else {
            throw .unsupportedRule(text)
        }
        return rule
    }
}
