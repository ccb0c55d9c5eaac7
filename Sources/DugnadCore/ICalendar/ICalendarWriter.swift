/// Writes RFC 5545 iCalendar text: CRLF line ends, lines folded at 75
/// octets, TEXT values escaped, and civil Europe/Oslo times written with
/// `TZID=Europe/Oslo` and a matching VTIMEZONE, so a weekly 18:00 stays
/// 18:00 across daylight saving in every calendar program.
public struct ICalendarWriter: Sendable {
    public private(set) var lines: [String] = []

    /// - Parameters:
    ///   - productID: PRODID, e.g. `-//Drammen kommune//Dugnad//NB`.
    ///   - calendarName: X-WR-CALNAME shown by calendar programs.
    public init(productID: String = "-//Dugnad//Dugnad 1.0//NB", calendarName: String? = nil) {
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + productID, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if let calendarName { property("X-WR-CALNAME", text: calendarName) }
        property("X-WR-TIMEZONE", raw: Self.timeZoneID)
        lines += Self.osloTimeZone
    }

    public static let timeZoneID = "Europe/Oslo"

    /// The Europe/Oslo rules in force since 1996 (EU: last Sunday of March 01:00 UTC
    /// to last Sunday of October 01:00 UTC).
    static let osloTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Oslo", "X-LIC-LOCATION:Europe/Oslo",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    public mutating func begin(_ component: String) { lines.append("BEGIN:" + component) }
    public mutating func end(_ component: String) { lines.append("END:" + component) }

    /// A TEXT property (SUMMARY, DESCRIPTION, LOCATION, …), escaped.
    public mutating func property(_ name: String, text: String) {
        lines.append(name + ":" + Self.escape(text))
    }

    /// A property whose value is already in iCalendar syntax (RRULE, UID, …).
    public mutating func property(_ name: String, raw value: String) {
        lines.append(name + ":" + value)
    }

    /// `DTSTART;TZID=Europe/Oslo:20261126T180000`
    public mutating func property(_ name: String, local: CivilDateTime) {
        lines.append("\(name);TZID=\(Self.timeZoneID):\(Self.format(local))")
    }

    /// `DTSTART;VALUE=DATE:20261126` for all-day events.
    public mutating func property(_ name: String, date: CivilDate) {
        lines.append("\(name);VALUE=DATE:\(Self.format(date))")
    }

    /// `EXDATE;TZID=Europe/Oslo:20261203T180000,20261210T180000`
    public mutating func exceptionDates(_ dates: [CivilDateTime]) {
        guard !dates.isEmpty else { return }
        lines.append("EXDATE;TZID=\(Self.timeZoneID):" + dates.map(Self.format).joined(separator: ","))
    }

    /// The whole calendar as RFC 5545 text (folded, CRLF).
    public func finished() -> String {
        (lines + ["END:VCALENDAR"]).map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    public static func format(_ t: CivilDateTime) -> String {
        format(t.date) + "T" + pad2(t.time.hour % 24) + pad2(t.time.minute) + "00"
    }

    public static func format(_ d: CivilDate) -> String { pad4(d.year) + pad2(d.month) + pad2(d.day) }

    /// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped;
    /// other control characters (TSAFE-CHAR excludes them; an ESC would reach
    /// the terminal of whoever prints the file) are dropped, a tab kept.
    public static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            case "\t": out.append(ch)
            case _ where ch.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }): continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a
    /// space, never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var parts: [String] = []
        var current = ""
        var octets = 0
        for ch in line {
            let size = String(ch).utf8.count
            let limit = parts.isEmpty ? 75 : 74
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.append(ch)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}
