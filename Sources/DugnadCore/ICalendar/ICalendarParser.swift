/// Reads RFC 5545 text into components and properties: unfolds lines,
/// splits parameters (quoted values included) and unescapes TEXT on request.
/// It never throws: lines it cannot read are collected as problems with
/// their line number, for the import report.
public struct ICalendarProperty: Sendable, Equatable {
    public var name: String
    public var parameters: [String: String]
    public var value: String
    public var line: Int
}

public final class ICalendarComponent: Sendable {
    public let name: String
    public let properties: [ICalendarProperty]
    public let children: [ICalendarComponent]
    public let line: Int

    init(name: String, properties: [ICalendarProperty], children: [ICalendarComponent], line: Int) {
        self.name = name; self.properties = properties; self.children = children; self.line = line
    }

    public func first(_ name: String) -> ICalendarProperty? { properties.first { $0.name == name } }
    public func all(_ name: String) -> [ICalendarProperty] { properties.filter { $0.name == name } }
}

public struct ICalendarParseResult: Sendable {
    /// Top-level components (normally one VCALENDAR).
    public var components: [ICalendarComponent]
    /// (line number, the line) for lines that are not iCalendar.
    public var badLines: [(Int, String)]
}

public enum ICalendarParser {
    public static func parse(_ text: String) -> ICalendarParseResult {
        var badLines: [(Int, String)] = []
        // Stack of open components: (name, properties, children, line).
        var stack: [(String, [ICalendarProperty], [ICalendarComponent], Int)] = []
        var roots: [ICalendarComponent] = []
        for (number, line) in unfold(text) {
            guard let property = contentLine(line, number: number) else {
                badLines.append((number, line))
                continue
            }
            switch property.name {
            case "BEGIN":
                stack.append((property.value.uppercased(), [], [], number))
            case "END":
                guard let open = stack.last, open.0 == property.value.uppercased() else {
                    badLines.append((number, line))
                    continue
                }
                stack.removeLast()
                let done = ICalendarComponent(name: open.0, properties: open.1, children: open.2, line: open.3)
                if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].2.append(done) }
            default:
                if stack.isEmpty { badLines.append((number, line)) } else { stack[stack.count - 1].1.append(property) }
            }
        }
        // Components never closed: keep what was read, report where they began.
        while let open = stack.popLast() {
            badLines.append((open.3, "BEGIN:\(open.0)"))
            let done = ICalendarComponent(name: open.0, properties: open.1, children: open.2, line: open.3)
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].2.append(done) }
        }
        return ICalendarParseResult(components: roots, badLines: badLines)
    }

    /// Logical lines with the number of their first physical line. Accepts
    /// CRLF and bare LF; a line starting with space or tab continues the previous.
    static func unfold(_ text: String) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var number = 0
        // "\r\n" is one Character in Swift, so split on both forms.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = Substring(raw)
            if line.last == "\r" { line = line.dropLast() }
            if let f = line.first, f == " " || f == "\t", !out.isEmpty {
                out[out.count - 1].1 += line.dropFirst()
            } else if !line.isEmpty {
                out.append((number, String(line)))
            }
        }
        return out
    }

    /// `NAME;PARAM=value;P2="quoted;value":VALUE`
    static func contentLine(_ line: String, number: Int) -> ICalendarProperty? {
        var name = "", parameters: [String: String] = [:]
        var i = line.startIndex
        while i < line.endIndex, line[i] != ";" && line[i] != ":" { i = line.index(after: i) }
        name = String(line[..<i]).uppercased()
        guard !name.isEmpty, i < line.endIndex,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        while i < line.endIndex, line[i] == ";" {
            i = line.index(after: i)
            var key = ""
            while i < line.endIndex, line[i] != "=" { key.append(line[i]); i = line.index(after: i) }
            guard i < line.endIndex else { return nil }
            i = line.index(after: i)
            var value = ""
            var quoted = false
            while i < line.endIndex {
                let c = line[i]
                if c == "\"" { quoted.toggle() }
                else if !quoted && (c == ";" || c == ":") { break }
                else { value.append(c) }
                i = line.index(after: i)
            }
            parameters[key.uppercased()] = value
        }
        guard i < line.endIndex, line[i] == ":" else { return nil }
        return ICalendarProperty(name: name, parameters: parameters, value: String(line[line.index(after: i)...]),
                                 line: number)
    }

    /// RFC 5545 §3.3.11 TEXT unescaping.
    public static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for c in text {
            if escaping {
                switch c {
                case "n", "N": out.append("\n")
                default: out.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}
