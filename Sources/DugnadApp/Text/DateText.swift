import DugnadCore

/// How the screens show a date: one style per language (DECISIONS 2026-12-03).
/// Bokmål "3.12.2026", "3.12.", "tor. 3.12."; English "3 Dec 2026", "3 Dec", "Thu 3 Dec".
/// A date field keeps what is typed into it (dd.mm.yyyy); ISO dates are for files and machine output.
enum DateText {
    static let monthsShortEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "3.12.2026" / "3 Dec 2026"
    static func day(_ d: CivilDate, _ language: Language) -> String {
        language == .nb ? "\(d.day).\(d.month).\(d.year)" : "\(d.day) \(monthsShortEN[d.month - 1]) \(d.year)"
    }

    /// "3.12." / "3 Dec" (the year goes without saying).
    static func dayMonth(_ d: CivilDate, _ language: Language) -> String {
        language == .nb ? "\(d.day).\(d.month)." : "\(d.day) \(monthsShortEN[d.month - 1])"
    }

    /// "tor. 3.12." / "Thu 3 Dec"
    static func weekdayDayMonth(_ d: CivilDate, _ language: Language) -> String {
        Phrase.weekdayShort(d.weekday).text(language) + " " + dayMonth(d, language)
    }

    /// "30.11.–6.12.2026" / "30 Nov–6 Dec 2026"; over a new year both years ("28.12.2026–3.1.2027");
    /// one day alone when both ends are the same.
    static func range(_ from: CivilDate, _ through: CivilDate, _ language: Language) -> String {
        if from == through { return day(from, language) }
        let start = from.year == through.year ? dayMonth(from, language) : day(from, language)
        return start + "–" + day(through, language)
    }
}
