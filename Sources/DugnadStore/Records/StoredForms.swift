import DugnadCore
import GRDB

/// How Core values are written as columns, in one place so reads and
/// writes agree.
enum StoredForms {
    /// Comma-separated tag lists (equipment, skills, languages).
    static func tags(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    static func tags(_ list: [String]) -> String { list.joined(separator: ",") }

    /// A civil date-time as stored. An end at 24:00 is kept as the next
    /// day's 00:00 (the schema forbids "24:00" so text order stays time order).
    static func dateTime(_ value: CivilDateTime) -> String {
        if value.time == .endOfDay {
            return CivilDateTime(date: value.date.adding(days: 1), time: .midnight).storageText
        }
        return value.storageText
    }

    static func dateTime(_ text: String) throws -> CivilDateTime {
        guard let value = fastDateTime(text) ?? CivilDateTime(storageText: text) else { throw StoreError.sqlite("bad date-time \(text)") }
        return value
    }

    /// `YYYY-MM-DD HH:MM` read digit by digit: the calendar decodes thousands of these per view, and the general
    /// parser (splitting into substrings) was a tenth of a view switch. Anything else falls back to it.
    private static func fastDateTime(_ text: String) -> CivilDateTime? {
        var text = text
        return text.withUTF8 { b -> CivilDateTime? in
            guard b.count == 16, b[4] == 45, b[7] == 45, b[10] == 32, b[13] == 58 else { return nil }
            func n(_ from: Int, _ count: Int) -> Int? {
                var v = 0
                for i in from..<from + count {
                    let d = Int(b[i]) - 48
                    guard d >= 0 && d <= 9 else { return nil }
                    v = v * 10 + d
                }
                return v
            }
            guard let y = n(0, 4), let mo = n(5, 2), let d = n(8, 2), let h = n(11, 2), let mi = n(14, 2),
                  let date = CivilDate(storedYear: y, month: mo, day: d), let time = CivilTime(hour: h, minute: mi) else { return nil }
            return CivilDateTime(date: date, time: time)
        }
    }

    static func date(_ text: String) throws -> CivilDate {
        guard let value = CivilDate(storedISO: text) else { throw StoreError.sqlite("bad date \(text)") }
        return value
    }

    static func date(_ text: String?) throws -> CivilDate? {
        try text.map { try date($0) }
    }

    static func enumValue<E: RawRepresentable>(_ type: E.Type, _ text: String) throws -> E where E.RawValue == String {
        guard let value = E(rawValue: text) else { throw StoreError.sqlite("unknown \(E.self) \(text)") }
        return value
    }

    /// The first second of the day after `date`: an exclusive upper bound
    /// for "start within these days" over `YYYY-MM-DD HH:MM` text.
    static func dayAfter(_ date: CivilDate) -> String { date.adding(days: 1).iso }
}
