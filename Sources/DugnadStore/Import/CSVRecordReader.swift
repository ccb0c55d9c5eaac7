import Foundation

/// RFC 4180 records from lines as they are read (a stream): fields split on
/// the delimiter, quotes doubled inside quoted fields, a quoted field may
/// span lines. The delimiter is sniffed from the header line.
struct CSVRecordReader {
    enum Delimiter: Character { case comma = ",", semicolon = ";", tab = "\t" }
    private(set) var delimiter: Delimiter?
    private var fields: [String] = []
    private var field = ""
    private var quoted = false
    private var startLine = 0
    private var wasQuoted = false

    /// The header decides: the most frequent of `;`, `,` and tab outside quotes.
    static func sniff(_ header: Substring) -> Delimiter {
        var counts: [Character: Int] = [:]
        var inQuotes = false
        for c in header {
            if c == "\"" { inQuotes.toggle() } else if !inQuotes, c == ";" || c == "," || c == "\t" { counts[c, default: 0] += 1 }
        }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key != ",") }
        return best.flatMap { Delimiter(rawValue: $0.key) } ?? .comma
    }

    /// Feeds one line; calls `record` with the fields and the record's first line when one is complete.
    mutating func feed(_ line: Substring, number: Int, _ record: ([String], Int) throws -> Void) rethrows {
        if delimiter == nil { delimiter = Self.sniff(line) }
        let d = delimiter!.rawValue
        if !quoted { startLine = number; fields = []; field = ""; wasQuoted = false }
        else { field.append("\n") }
        var iterator = line.makeIterator()
        var pendingQuote = false
        while let c = iterator.next() {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if c == "\"" { field.append("\""); continue }
                    quoted = false   // the quote closed the field; c is handled below
                } else if c == "\"" { pendingQuote = true; continue }
                else { field.append(c); continue }
            }
            if c == d { fields.append(wasQuoted ? field : field.trimmingCharacters(in: .whitespaces)); field = ""; wasQuoted = false }
            else if c == "\"" && field.allSatisfy(\.isWhitespace) { quoted = true; wasQuoted = true; field = "" }
            else { field.append(c) }
        }
        if pendingQuote { quoted = false }
        if quoted { return }
        fields.append(wasQuoted ? field : field.trimmingCharacters(in: .whitespaces))
        try record(fields, startLine)
    }

    /// Whether a quoted field was left open at the end (the line where its record began).
    var openQuoteLine: Int? { quoted ? startLine : nil }
}
