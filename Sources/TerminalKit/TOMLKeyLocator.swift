/// Finds the line of a key in TOML source text.
///
/// TOMLKit reports lines for syntax errors only; for semantic errors (an
/// unknown colour) we scan the text ourselves. This is a deliberately small
/// scanner: it tracks `[table]` headers, `key = value` lines and the keys of
/// one-line inline tables, which covers every way a theme is written.
struct TOMLKeyLocator {
    /// Dotted key path (quotes removed, joined by ".") → first line (1-based).
    private(set) var lines: [String: Int] = [:]

    init(source: String) {
        var header: [String] = []
        for (number, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.stripComment(String(raw)).trimmingWhitespace()
            if line.isEmpty { continue }
            if line.hasPrefix("[[") { continue }
            if line.hasPrefix("["), let close = line.lastIndex(of: "]") {
                header = Self.splitKey(String(line[line.index(after: line.startIndex)..<close]))
                record(header, number + 1)
                continue
            }
            recordPairs(line, prefix: header, line: number + 1)
        }
    }

    /// The line of the first path that is found, trying them in order.
    func line(of paths: [String]...) -> Int? {
        for path in paths {
            if let n = lines[path.joined(separator: ".")] { return n }
        }
        return nil
    }

    private mutating func record(_ path: [String], _ line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// Record `a = 1, b = { c = 2 }` style pairs (a whole line or the inside
    /// of an inline table) under `prefix`.
    private mutating func recordPairs(_ text: String, prefix: [String], line: Int) {
        for pair in Self.splitTopLevel(text, on: ",") {
            guard let eq = Self.firstTopLevel(pair, "=") else { continue }
            let path = prefix + Self.splitKey(String(pair[..<eq]))
            record(path, line)
            let value = pair[pair.index(after: eq)...].trimmingWhitespace()
            if value.hasPrefix("{"), value.hasSuffix("}") {
                recordPairs(String(value.dropFirst().dropLast()), prefix: path, line: line)
            }
        }
    }

    static func stripComment(_ s: String) -> String {
        var quote: Character?
        var out = ""
        for c in s {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                break
            }
            out.append(c)
        }
        return out
    }

    static func splitKey(_ s: String) -> [String] {
        splitTopLevel(s, on: ".").map { part in
            let t = part.trimmingWhitespace()
            if t.count >= 2, let f = t.first, f == "\"" || f == "'", t.last == f {
                return String(t.dropFirst().dropLast())
            }
            return t
        }
    }

    /// Split on `separator` outside quotes, braces and brackets.
    static func splitTopLevel(_ s: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        var depth = 0
        for c in s {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" || c == "[" {
                depth += 1
            } else if c == "}" || c == "]" {
                depth -= 1
            } else if c == separator, depth == 0 {
                parts.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    static func firstTopLevel(_ s: String, _ target: Character) -> String.Index? {
        var quote: Character?
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == target {
                return i
            }
            i = s.index(after: i)
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
