import Foundation

/// RFC 4180 records from lines as they are read (a stream): fields split on
/// the delimiter, quotes doubled inside quoted fields, a quoted field may
/// span lines. The delimiter is sniffed from the header line. Lines are read
/// on their UTF-8 bytes (delimiters and quotes are ASCII): a 100 MB register
/// extract is 100 million Characters, and walking those was most of its import.
struct CSVRecordReader {
    enum Delimiter: Character { case comma = ",", semicolon = ";", tab = "\t" }
    private(set) var delimiter: Delimiter?
    private var fields: [String] = []
    private var field: [UInt8] = []
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

    static let quote = UInt8(ascii: "\"")

    /// Feeds one line; calls `record` with the fields and the record's first line when one is complete.
    mutating func feed(_ line: Substring, number: Int, _ record: ([String], Int) throws -> Void) rethrows {
        if delimiter == nil { delimiter = Self.sniff(line) }
        let d = delimiter!.rawValue.asciiValue!
        if !quoted {
            startLine = number; fields = []; field.removeAll(keepingCapacity: true); wasQuoted = false
            fields.reserveCapacity(64)
        } else { field.append(0x0A) }
        var pendingQuote = false
        for c in line.utf8 {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if c == Self.quote { field.append(c); continue }
                    quoted = false   // the quote closed the field; c is handled below
                } else if c == Self.quote { pendingQuote = true; continue }
                else { field.append(c); continue }
            }
            if c == d { fields.append(finishField()) }
            else if c == Self.quote && Self.isBlank(field) { quoted = true; wasQuoted = true; field.removeAll(keepingCapacity: true) }
            else { field.append(c) }
        }
        if pendingQuote { quoted = false }
        if quoted { return }
        fields.append(finishField())
        try record(fields, startLine)
    }

    /// The field read so far as text: as written when it was quoted, else without the spaces and tabs around it.
    private mutating func finishField() -> String {
        defer { field.removeAll(keepingCapacity: true); wasQuoted = false }
        let text = String(decoding: field, as: UTF8.self)
        guard !wasQuoted, let first = field.first, let last = field.last else { return text }
        // Foundation's `.whitespaces` is tab and the Zs spaces: ends that are printable ASCII have nothing to trim.
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether the bytes are whitespace only (as `Character.isWhitespace` says; non-ASCII asks it).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        for b in bytes {
            if b >= 0x80 { return String(decoding: bytes, as: UTF8.self).allSatisfy(\.isWhitespace) }
            if !(b == 0x20 || (b >= 0x09 && b <= 0x0D)) { return false }
        }
        return true
    }

    /// Whether a quoted field was left open at the end (the line where its record began).
    var openQuoteLine: Int? { quoted ? startLine : nil }
}
