import DugnadCore
import Foundation

/// The system's tz database (Foundation's `TimeZone`) as the iCalendar
/// reader's zone resolver: every IANA name the host knows, with its history.
public enum SystemTimeZones {
    public static let resolver: ICalendarZoneResolver = { name in
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 64 else { return nil }
        // One zone object per name for the whole run: making a TimeZone reads the tz database.
        return cache.withLock { zones in
            if let z = zones[trimmed] { return z }
            let z = TimeZone(identifier: trimmed).map(FoundationZone.init)
            zones[trimmed] = z
            return z
        }
    }

    private static let cache = Locked<[String: FoundationZone?]>([:])

    /// Reading options for an import around `today`, with the system's zones.
    public static func options(around today: CivilDate) -> ICalendarImportOptions {
        ICalendarImportOptions(zones: resolver, around: today)
    }
}

/// A tz-database zone; offsets are remembered per quarter hour (every real zone changes offset on one),
/// since asking Foundation costs microseconds and an import asks several times per event.
final class FoundationZone: ICalendarZone, @unchecked Sendable {
    let zone: TimeZone
    private let offsets = Locked<[Int: Int]>([:])
    /// Day number of 1970-01-01, to turn UTC minute ordinals into seconds since the epoch.
    static let epochMinutes = CivilDateTime(date: CivilDate(year: 1970, month: 1, day: 1)!, time: .midnight).ordinal

    init(zone: TimeZone) { self.zone = zone }

    func offsetMinutes(atUTC ordinal: Int) -> Int {
        let quarter = ordinal >= 0 ? ordinal / 15 : (ordinal - 14) / 15
        return offsets.withLock { cache in
            if let o = cache[quarter] { return o }
            let seconds = Double(quarter * 15 - Self.epochMinutes) * 60
            let o = zone.secondsFromGMT(for: Date(timeIntervalSince1970: seconds)) / 60
            if cache.count > 200_000 { cache.removeAll() }
            cache[quarter] = o
            return o
        }
    }
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T { lock.lock(); defer { lock.unlock() }; return body(&value) }
}
