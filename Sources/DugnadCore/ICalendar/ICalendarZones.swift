/// Time zones for reading iCalendar times. Instants are UTC minute ordinals
/// (`CivilDateTime.ordinal` of the UTC wall clock). The rules come from the
/// system's tz database (a resolver the store passes in, Foundation's
/// `TimeZone`) and from the file's own VTIMEZONE components; the core has no
/// hand list of offsets.
public protocol ICalendarZone: Sendable {
    /// Minutes east of UTC at a UTC instant.
    func offsetMinutes(atUTC ordinal: Int) -> Int
}

extension ICalendarZone {
    /// The UTC instant of a wall-clock time: in the repeated autumn hour the
    /// first (earlier offset); in the spring gap the offset before the gap
    /// (RFC 5545 §3.3.5).
    public func utc(fromLocal local: CivilDateTime) -> Int {
        let t = local.ordinal
        let before = offsetMinutes(atUTC: t - 1440), after = offsetMinutes(atUTC: t + 1440)
        if before == after { return t - before }
        let first = t - before, second = t - after
        if offsetMinutes(atUTC: first) == before { return first }
        if offsetMinutes(atUTC: second) == after { return second }
        return first
    }

    public func local(fromUTC ordinal: Int) -> CivilDateTime { CivilDateTime(ordinal: ordinal + offsetMinutes(atUTC: ordinal)) }
}

/// Looks a zone up by name in the system's tz database.
public typealias ICalendarZoneResolver = @Sendable (String) -> (any ICalendarZone)?

public struct FixedZone: ICalendarZone {
    public let minutes: Int
    public init(minutes: Int) { self.minutes = minutes }
    public func offsetMinutes(atUTC ordinal: Int) -> Int { minutes }
}

/// Europe/Oslo by the EU rule (the store's wall clock), for when no tz database is at hand.
public struct OsloZone: ICalendarZone {
    public init() {}
    public func offsetMinutes(atUTC ordinal: Int) -> Int { OsloTime.offsetMinutes(atUTC: CivilDateTime(ordinal: ordinal)) }
}

/// A zone defined by a VTIMEZONE: its STANDARD and DAYLIGHT observances,
/// each onset (DTSTART, RRULE, RDATE in the offset before it) expanded once
/// into a sorted list of transitions for the years a value may have.
public struct VTimeZone: ICalendarZone {
    public let id: String
    /// (UTC instant of the onset, offset from then on), sorted.
    let transitions: [(at: Int, offset: Int)]
    let initialOffset: Int

    /// An observance's start moved into the supported range: Outlook writes 1601, others 1970; before 1900
    /// only the observance's rule matters, so an earlier year is read as 1900 (month, day and time kept).
    static func fromSupportedYear(_ value: String) -> String {
        guard value.count >= 4, let year = Int(value.prefix(4)), year < CivilDate.supportedRange.lowerBound.year else {
            return value
        }
        return String(CivilDate.supportedRange.lowerBound.year) + value.dropFirst(4)
    }

    /// nil when the component has no observance Dugnad can read.
    public init?(_ c: ICalendarComponent) {
        id = c.first("TZID")?.value.trimmingWhitespace() ?? ""
        var list: [(at: Int, offset: Int)] = []
        var earliest: (at: Int, from: Int)?
        let through = CivilDateTime(date: CivilDate.supportedRange.upperBound, time: .midnight)
        for o in c.children where o.name == "STANDARD" || o.name == "DAYLIGHT" {
            guard let from = o.first("TZOFFSETFROM").flatMap({ Self.offset($0.value) }),
                  let to = o.first("TZOFFSETTO").flatMap({ Self.offset($0.value) }),
                  let startValue = o.first("DTSTART").map({ Self.fromSupportedYear($0.value) }),
                  let (start, _) = try? ICalendarValues.wallClock(startValue, property: "DTSTART") else { continue }
            var onsets: [CivilDateTime] = [start]
            if let r = o.first("RRULE"), let rule = try? ICalendarRule.parse(r.value) {
                onsets = rule.expand(start: start, allDay: false, through: through, limit: 2000) { local in
                    switch rule.until {
                    case .none: return false
                    case .date(let d): return local.date > d
                    case .local(let u): return local > u
                    case .utc(let u): return local.ordinal - from > u.ordinal
                    }
                }
            }
            for rd in o.all("RDATE") {
                for v in rd.value.split(separator: ",") {
                    if let (t, _) = try? ICalendarValues.wallClock(String(v), property: "RDATE") { onsets.append(t) }
                }
            }
            for t in onsets { list.append((t.ordinal - from, to)) }
            if let first = onsets.min(), earliest == nil || first.ordinal - from < earliest!.at { earliest = (first.ordinal - from, from) }
        }
        guard let earliest else { return nil }
        transitions = list.sorted { $0.at < $1.at }
        initialOffset = earliest.from
    }

    public func offsetMinutes(atUTC ordinal: Int) -> Int {
        // Binary search for the last transition at or before the instant.
        var lo = 0, hi = transitions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if transitions[mid].at <= ordinal { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? initialOffset : transitions[lo - 1].offset
    }

    /// `+0100`, `-0530`, `+013000` → minutes (at most ±18 h).
    static func offset(_ text: String) -> Int? {
        let v = text.trimmingWhitespace()
        guard let sign = v.first, sign == "+" || sign == "-" else { return nil }
        let digits = v.dropFirst()
        guard digits.count == 4 || digits.count == 6, digits.allSatisfy(\.isASCIIDigit),
              let h = Int(digits.prefix(2)), let m = Int(digits.dropFirst(2).prefix(2)), h <= 18, m < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 60 + m)
    }
}

/// The zones one file's times may name: the file's VTIMEZONEs and the system's.
public struct ICalendarZoneTable: Sendable {
    var defined: [String: VTimeZone] = [:]
    let system: ICalendarZoneResolver?

    public init(system: ICalendarZoneResolver?) { self.system = system }

    public mutating func add(_ zone: VTimeZone) { defined[zone.id.lowercased()] = zone }

    static let utcNames: Set<String> = ["utc", "gmt", "z", "etc/utc", "etc/gmt", "zulu", "universal", "etc/universal",
                                        "coordinated universal time", "greenwich mean time", "etc/zulu", "etc/uct", "uct"]

    /// The zone for a TZID: an IANA name from the tz database, a Windows name
    /// (CLDR's windowsZones), a zone this file defines, or a Mozilla-style
    /// `/mozilla.org/…/Europe/Berlin` path. nil when none of these knows it.
    public func zone(_ tzid: String) -> (any ICalendarZone)? {
        var name = tzid.trimmingWhitespace()
        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
        let key = name.lowercased()
        if Self.utcNames.contains(key) { return FixedZone(minutes: 0) }
        if let system {
            if let z = system(name) { return z }
            if let iana = WindowsZones.iana(name), let z = system(iana) { return z }
        } else if key == "europe/oslo" || WindowsZones.iana(name) == "Europe/Berlin" {
            return OsloZone()
        }
        if let z = defined[key] { return z }
        if let system {
            // "/mozilla.org/20050126_1/Europe/Berlin", "/softwarestudio.org/Olson_20011030_5/America/New_York", "Europe/Oslo "
            let parts = name.split(separator: "/")
            for n in stride(from: min(3, parts.count), through: 1, by: -1) where parts.count > n || name.hasPrefix("/") {
                if let z = system(parts.suffix(n).joined(separator: "/")) { return z }
            }
        }
        return nil
    }
}
