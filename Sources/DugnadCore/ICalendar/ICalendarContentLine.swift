/// RFC 5545 content lines read on their UTF-8 bytes: every delimiter the
/// grammar has (`;`, `:`, `=`, `"`, `,`, `\`) is ASCII, so a line is split
/// without walking it Character by Character (grapheme breaking costs more
/// than the rest of the import together on a 50 MB file). A property name
/// that is not plain ASCII takes the String path, which trims Unicode
/// whitespace; either way the result is the same property.
enum ICalendarBytes {
    static let semicolon = UInt8(ascii: ";"), colon = UInt8(ascii: ":"), equals = UInt8(ascii: "="),
               quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// What `Character.isWhitespace` says for an ASCII byte (tab, LF, VT, FF, CR, space).
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Whether a line is blank (nil when it has non-ASCII bytes before any other byte: the caller decides).
    static func isBlank(_ line: String) -> Bool? {
        for b in line.utf8 {
            if b >= 0x80 { return nil }
            if !isSpace(b) { return false }
        }
        return true
    }

    /// Whether a line is surely not BEGIN or END (its ASCII name, up to `;` or `:`, is another; false when unsure).
    static func isOtherThanBeginOrEnd(_ line: String) -> Bool {
        // The name's bytes (lower-cased, spaces left out) packed into one word: no allocation per line.
        var name: UInt64 = 0, count = 0
        for b in line.utf8 {
            if b >= 0x80 { return false }
            if b == semicolon || b == colon { break }
            if isSpace(b) { continue }
            count += 1
            if count > 5 { return true }
            name = name << 8 | UInt64(b | 0x20)
        }
        return name != begin && name != end
    }

    static let begin: UInt64 = "begin".utf8.reduce(0) { $0 << 8 | UInt64($1) }
    static let end: UInt64 = "end".utf8.reduce(0) { $0 << 8 | UInt64($1) }

    /// ASCII letters upper-cased, everything else as it is (names and parameter keys are ASCII by the grammar).
    static func upperASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for i in 0..<bytes.count {
                let b = bytes[i]
                out[i] = b >= 0x61 && b <= 0x7A ? b - 0x20 : b
            }
            return bytes.count
        }
    }

    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
    }

    /// `NAME;PARAM=value;P2="quoted;value":VALUE`: `.some(nil)` when it is not a content line,
    /// nil when the name has non-ASCII bytes (the String path decides).
    static func contentLine(_ buffer: UnsafeBufferPointer<UInt8>, number: Int) -> ICalendarProperty?? {
        let n = buffer.count
        var i = 0
        while i < n, buffer[i] != semicolon, buffer[i] != colon {
            if buffer[i] >= 0x80 { return nil }
            i += 1
        }
        var s = 0, e = i
        while s < e, isSpace(buffer[s]) { s += 1 }
        while e > s, isSpace(buffer[e - 1]) { e -= 1 }
        guard s < e, i < n else { return .some(nil) }
        for k in s..<e where !isNameByte(buffer[k]) { return .some(nil) }
        let name = upperASCII(UnsafeBufferPointer(rebasing: buffer[s..<e]))
        var parameters: [String: String] = [:]
        var value: [UInt8] = []
        while i < n, buffer[i] == semicolon {
            i += 1
            let keyStart = i
            while i < n, buffer[i] != equals, buffer[i] != colon { i += 1 }
            guard i < n else { return .some(nil) }
            if buffer[i] == colon { break }   // a parameter without value (";X:" — lenient)
            let keyEnd = i
            i += 1
            value.removeAll(keepingCapacity: true)
            var quoted = false
            while i < n {
                let c = buffer[i]
                if c == quote { quoted.toggle() }
                else if !quoted && (c == semicolon || c == colon) { break }
                else { value.append(c) }
                i += 1
            }
            parameters[key(UnsafeBufferPointer(rebasing: buffer[keyStart..<keyEnd]))] = String(decoding: value, as: UTF8.self)
        }
        guard i < n, buffer[i] == colon else { return .some(nil) }
        return .some(ICalendarProperty(name: name, parameters: parameters,
                                       value: String(decoding: UnsafeBufferPointer(rebasing: buffer[(i + 1)...]), as: UTF8.self),
                                       line: number))
    }

    /// A parameter key trimmed and upper-cased (the String methods when it is not plain ASCII).
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var s = 0, e = bytes.count
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        guard ascii else { return String(decoding: bytes, as: UTF8.self).trimmingWhitespace().uppercased() }
        while s < e, isSpace(bytes[s]) { s += 1 }
        while e > s, isSpace(bytes[e - 1]) { e -= 1 }
        return upperASCII(UnsafeBufferPointer(rebasing: bytes[s..<e]))
    }

    /// The two forms nearly every DATE and DATE-TIME in a file has, read on bytes: `20260101` and
    /// `20260101T180000` (with `Z`: utc). nil for anything else (the general reader decides, and says what is wrong).
    static func commonWallClock(_ value: String, isDate: Bool) -> (CivilDateTime, ICalendarValues.Kind)? {
        var value = value
        return value.withUTF8 { b -> (CivilDateTime, ICalendarValues.Kind)? in
            let n = b.count
            guard n == 8 || (!isDate && (n == 15 || (n == 16 && (b[15] == UInt8(ascii: "Z") || b[15] == UInt8(ascii: "z"))))) else { return nil }
            @inline(__always) func digits(_ from: Int, _ count: Int) -> Int? {
                var v = 0
                for k in from..<(from + count) {
                    let d = b[k] &- 0x30
                    guard d < 10 else { return nil }
                    v = v * 10 + Int(d)
                }
                return v
            }
            guard let y = digits(0, 4), ICalendarValues.years.contains(y), let m = digits(4, 2), let d = digits(6, 2),
                  let date = CivilDate(year: y, month: m, day: d) else { return nil }
            if n == 8 { return (CivilDateTime(date: date, time: .midnight), .date) }
            guard b[8] == UInt8(ascii: "T"), let h = digits(9, 2), let mi = digits(11, 2), let sec = digits(13, 2),
                  h < 24, mi < 60, sec <= 60, let t = CivilTime(hour: h, minute: mi) else { return nil }
            return (CivilDateTime(date: date, time: t), n == 16 ? .utc : .local)
        }
    }

    /// RFC 5545 §3.3.11 TEXT unescaping on bytes: `\n`/`\N` a newline, `\x` the x.
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(backslash) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var escaping = false
        for b in text.utf8 {
            if escaping {
                out.append(b == UInt8(ascii: "n") || b == UInt8(ascii: "N") ? 0x0A : b)
                escaping = false
            } else if b == backslash {
                escaping = true
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
