import DugnadCore
import Foundation

/// The system's tz database (Foundation's `TimeZone`) as the iCalendar
/// reader's zone resolver: every IANA name the host knows, with its history.
public enum SystemTimeZones {
    public static let resolver: ICalendarZoneResolver = { name in
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        // TimeZone(identifier:) also takes abbreviations like "EST"; only names with a region or UTC aliases are meant.
        guard !trimmed.isEmpty, trimmed.count <= 64, let zone = TimeZone(identifier: trimmed) else { return nil }
        return FoundationZone(zone: zone)
    }

    /// Reading options for an import around `today`, with the system's zones.
    public static func options(around today: CivilDate) -> ICalendarImportOptions {
        ICalendarImportOptions(zones: resolver, around: today)
    }
}

struct FoundationZone: ICalendarZone {
    let zone: TimeZone
    /// Day number of 1970-01-01, to turn UTC minute ordinals into seconds since the epoch.
    static let epochMinutes = CivilDateTime(date: CivilDate(year: 1970, month: 1, day: 1)!, time: .midnight).ordinal

    func offsetMinutes(atUTC ordinal: Int) -> Int {
        let seconds = Double(ordinal - Self.epochMinutes) * 60
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)) / 60
    }
}
