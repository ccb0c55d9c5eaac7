/// Parses what staff type into date and time fields (SPEC §2):
/// dates as `dd.mm.yyyy`, `d.m`, `yyyy-mm-dd`, `i dag`/`today`, `i morgen`/`tomorrow`, `+3`/`-2`,
/// and a weekday (`tor`, `torsdag`, `thu`: that day this week, today included — as quick add reads it);
/// times as `18`, `1800`, `18:00`, `18.30`.
public enum DateInput {
    /// Why a date field's text was not taken.
    public enum Problem: Error, Sendable, Equatable {
        /// Not a date in any of the accepted forms.
        case notADate
        /// A real date, but outside `CivilDate.supportedRange` (1900–2200).
        case outsideSupportedRange
    }

    /// The date typed, or nil (see `readDate` for why).
    public static func parseDate(_ raw: String, today: CivilDate) -> CivilDate? {
        try? readDate(raw, today: today).get()
    }

    /// The date typed, or why not: every date field, the go-to-date prompts
    /// and the command line's `--from`/`--to` come through here, so a date
    /// outside the supported range is refused with its own message.
    public static func readDate(_ raw: String, today: CivilDate) -> Result<CivilDate, Problem> {
        guard let date = candidate(raw, today: today) else { return .failure(.notADate) }
        return date.isSupported ? .success(date) : .failure(.outsideSupportedRange)
    }

    /// The date the text names, whatever its year (arithmetic is total, so
    /// "+3" from the last supported day is simply a day past the range).
    private static func candidate(_ raw: String, today: CivilDate) -> CivilDate? {
        let text = raw.trimmingWhitespace().lowercased()
        if text.isEmpty { return nil }
        switch text {
        case "i dag", "idag", "today", "td": return today
        case "i morgen", "imorgen", "tomorrow": return today.adding(days: 1)
        case "i går", "igår", "yesterday": return today.adding(days: -1)
        default: break
        }
        if let weekday = QuickAdd.weekday(text) { return QuickAdd.nextWeekday(weekday, from: today) }
        if let sign = text.first, sign == "+" || sign == "-", text.count <= 8, let n = Int(text.dropFirst()),
           n >= 0, n <= 3660 {
            return today.adding(days: sign == "+" ? n : -n)
        }
        if text.contains("-") { return CivilDate(storedISO: text) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let d = Int(parts[0]), let m = Int(parts[1]) else {
            // "d.m." with a trailing dot
            if parts.count == 3, parts[2].isEmpty, parts[0].count <= 2, parts[1].count <= 2,
               parts[0].allSatisfy(\.isASCIIDigit), parts[1].allSatisfy(\.isASCIIDigit),
               let d = Int(parts[0]), let m = Int(parts[1]) {
                return CivilDate(storedYear: today.year, month: m, day: d)
            }
            return nil
        }
        var year = today.year
        if parts.count == 3 {
            guard let y = Int(parts[2]) else { return nil }
            switch parts[2].count {
            case 2: year = 2000 + y
            case 4: year = y
            default: return nil
            }
        }
        return CivilDate(storedYear: year, month: m, day: d)
    }

    public static func parseTime(_ raw: String) -> CivilTime? {
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return nil }
        for separator in [":", "."] where text.contains(separator) {
            let parts = text.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
                  let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            return CivilTime(hour: h, minute: m)
        }
        guard text.allSatisfy(\.isASCIIDigit) else { return nil }
        switch text.count {
        case 1, 2: return Int(text).flatMap { CivilTime(hour: $0) }
        case 3, 4:
            let n = Int(text)!
            return CivilTime(hour: n / 100, minute: n % 100)
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// Trims spaces, tabs and newlines without Foundation.
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
