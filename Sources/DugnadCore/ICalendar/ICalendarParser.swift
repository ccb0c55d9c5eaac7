/// Reads RFC 5545 text line by line into components, as a stream: each
/// component directly inside VCALENDAR (VEVENT, VTIMEZONE, …) is handed on as
/// soon as it ends, so a 50 MB file is never held whole. Lenient where the big
/// calendar programs are: names in any case, CR-only or LF line ends, no
/// VERSION, components after a stray END:VCALENDAR, a misspelt END tag (read
/// as the end of the open component, and reported). It never throws; what it
/// cannot read is reported with its line number.
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

    public init(name: String, properties: [ICalendarProperty], children: [ICalendarComponent], line: Int) {
        self.name = name; self.properties = properties; self.children = children; self.line = line
    }

    public func first(_ name: String) -> ICalendarProperty? { properties.first { $0.name == name } }
    public func all(_ name: String) -> [ICalendarProperty] { properties.filter { $0.name == name } }
}

public enum ICalendarParsed: Sendable {
    /// A component directly inside VCALENDAR (or standing alone outside one).
    case component(ICalendarComponent)
    /// A property of the VCALENDAR itself (X-WR-TIMEZONE, X-WR-CALNAME, …).
    case calendarProperty(ICalendarProperty)
    case calendarBegins(line: Int)
    case problem(ICalendarImportProblem)
}

public struct ICalendarStreamParser {
    private var open: [(name: String, properties: [ICalendarProperty], children: [ICalendarComponent], line: Int)] = []
    private var pending: (line: Int, text: String)?
    private var lineNumber = 0
    private var stray: (line: Int, text: String, count: Int)?
    public private(set) var sawCalendar = false
    /// When set, top-level components of other names are only followed (BEGIN/END), their properties not read:
    /// the first pass over a file wants its VTIMEZONEs, not its 175,000 VEVENTs' properties.
    private let reading: Set<String>?

    public init() { reading = nil }

    /// A parser that reads only the properties of the top-level components named (upper case) and of VCALENDAR.
    public init(readingOnly names: Set<String>) { reading = names }

    /// Whether the line goes into a top-level component whose properties are not read.
    private var skipping: Bool {
        guard let reading, let top = open.first(where: { $0.name != "VCALENDAR" }) else { return false }
        return !reading.contains(top.name)
    }

    /// One physical line (without its line end).
    public mutating func feed(_ physical: Substring, _ emit: (ICalendarParsed) -> Void) {
        lineNumber += 1
        if let f = physical.utf8.first, f == ICalendarBytes.space || f == ICalendarBytes.tab, pending != nil {
            // The space or tab is one byte: the rest starts on a scalar boundary.
            pending!.text += physical[physical.utf8.index(after: physical.startIndex)...]
            return
        }
        if let p = pending { logical(p.line, p.text, emit) }
        pending = physical.isEmpty ? nil : (lineNumber, String(physical))
    }

    public mutating func finish(_ emit: (ICalendarParsed) -> Void) {
        if let p = pending { logical(p.line, p.text, emit) }
        pending = nil
        flushStray(emit)
        // Components never closed: keep what was read, report where they began.
        while let o = open.popLast() {
            emit(.problem(ICalendarImportProblem(line: o.line, item: "", cause: .unclosed(o.name))))
            close(ICalendarComponent(name: o.name, properties: o.properties, children: o.children, line: o.line), emit)
        }
    }

    private mutating func flushStray(_ emit: (ICalendarParsed) -> Void) {
        if let s = stray { emit(.problem(ICalendarImportProblem(line: s.line, item: "", cause: .strayText(s.text, lines: s.count)))) }
        stray = nil
    }

    private mutating func logical(_ number: Int, _ line: String, _ emit: (ICalendarParsed) -> Void) {
        if reading != nil, skipping, ICalendarBytes.isOtherThanBeginOrEnd(line) { return }
        if ICalendarBytes.isBlank(line) ?? line.allSatisfy(\.isWhitespace) { return }
        guard let property = Self.contentLine(line, number: number) else {
            if open.isEmpty { noteStray(number, line); return }
            emit(.problem(ICalendarImportProblem(line: number, item: "", cause: .badLine(String(line.prefix(80))))))
            return
        }
        switch property.name {
        case "BEGIN":
            flushStray(emit)
            let name = property.value.trimmingWhitespace().uppercased()
            if name == "VCALENDAR" {
                sawCalendar = true
                emit(.calendarBegins(line: number))
                // A VCALENDAR inside one (concatenated files): its contents count as the outer one's.
                if open.contains(where: { $0.name == "VCALENDAR" }) { return }
            }
            open.append((name, [], [], number))
        case "END":
            let name = property.value.trimmingWhitespace().uppercased()
            guard !open.isEmpty else {
                // END:VCALENDAR with no calendar open (a stray end, or text after it): noted, reading goes on.
                noteStray(number, line)
                return
            }
            if let i = open.lastIndex(where: { $0.name == name }) {
                if name == "VCALENDAR", open.count > i + 1 {
                    // END:VCALENDAR while a VEVENT is open: the VEVENT ends here too.
                    emit(.problem(ICalendarImportProblem(line: number, item: "", cause: .mismatchedEnd(found: name, open: open.last!.name))))
                }
                while open.count > i + 1 { closeTop(emit) }
                if name == "VCALENDAR", open.count == 1, open[0].name == "VCALENDAR" { open.removeLast(); return }
                closeTop(emit)
            } else {
                // END:VTOOD while VEVENT is open: read as the end of the VEVENT, and said so.
                emit(.problem(ICalendarImportProblem(line: number, item: "", cause: .mismatchedEnd(found: name, open: open.last!.name))))
                if open.last!.name == "VCALENDAR" { return }
                closeTop(emit)
            }
        default:
            if open.isEmpty { noteStray(number, line); return }
            if open.count == 1, open[0].name == "VCALENDAR" { emit(.calendarProperty(property)); return }
            open[open.count - 1].properties.append(property)
        }
    }

    private mutating func noteStray(_ number: Int, _ line: String) {
        if stray == nil { stray = (number, String(line.prefix(60)), 0) }
        stray!.count += 1
    }

    private mutating func closeTop(_ emit: (ICalendarParsed) -> Void) {
        let o = open.removeLast()
        close(ICalendarComponent(name: o.name, properties: o.properties, children: o.children, line: o.line), emit)
    }

    private mutating func close(_ done: ICalendarComponent, _ emit: (ICalendarParsed) -> Void) {
        if done.name == "VCALENDAR" { return }
        if open.isEmpty || (open.count == 1 && open[0].name == "VCALENDAR") { emit(.component(done)) }
        else { open[open.count - 1].children.append(done) }
    }

    /// `NAME;PARAM=value;P2="quoted;value":VALUE`; nil when it is not a content line.
    static func contentLine(_ line: String, number: Int) -> ICalendarProperty? {
        var line = line
        if let read = line.withUTF8({ ICalendarBytes.contentLine($0, number: number) }) { return read }
        return contentLineByCharacters(line, number: number)
    }

    /// The same on Characters, for a line whose name has non-ASCII bytes (Unicode whitespace is trimmed).
    static func contentLineByCharacters(_ line: String, number: Int) -> ICalendarProperty? {
        var parameters: [String: String] = [:]
        var i = line.startIndex
        while i < line.endIndex, line[i] != ";" && line[i] != ":" { i = line.index(after: i) }
        let name = String(line[..<i]).trimmingWhitespace().uppercased()
        guard !name.isEmpty, i < line.endIndex,
              name.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else { return nil }
        while i < line.endIndex, line[i] == ";" {
            i = line.index(after: i)
            var key = ""
            while i < line.endIndex, line[i] != "=", line[i] != ":" { key.append(line[i]); i = line.index(after: i) }
            guard i < line.endIndex else { return nil }
            if line[i] == ":" { break }   // a parameter without value (";X:" — lenient)
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
            parameters[key.trimmingWhitespace().uppercased()] = value
        }
        guard i < line.endIndex, line[i] == ":" else { return nil }
        return ICalendarProperty(name: name, parameters: parameters, value: String(line[line.index(after: i)...]),
                                 line: number)
    }

    /// Physical lines of a text: CRLF, LF and CR alone all end a line.
    /// (Split on the UTF-8 bytes: a line end is ASCII and always a grapheme boundary, so this is the Character split.)
    public static func physicalLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex, i = start
        while i < bytes.endIndex {
            let b = bytes[i]
            guard b == 0x0A || b == 0x0D else { i = bytes.index(after: i); continue }
            lines.append(text[start..<i])
            i = bytes.index(after: i)
            if b == 0x0D, i < bytes.endIndex, bytes[i] == 0x0A { i = bytes.index(after: i) }
            start = i
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }
}

public enum ICalendarParser {
    /// RFC 5545 §3.3.11 TEXT unescaping.
    public static func unescape(_ text: String) -> String { ICalendarBytes.unescape(text) }
}
