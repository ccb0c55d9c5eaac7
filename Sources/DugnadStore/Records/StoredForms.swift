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
        guard let value = CivilDateTime(storageText: text) else { throw StoreError.sqlite("bad date-time \(text)") }
        return value
    }

    static func date(_ text: String) throws -> CivilDate {
        guard let value = CivilDate(iso: text) else { throw StoreError.sqlite("bad date \(text)") }
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
