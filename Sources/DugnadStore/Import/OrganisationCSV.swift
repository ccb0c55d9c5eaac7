import DugnadCore
import SwiftCSV

/// An organisations CSV file read into fields, before any database lookup.
///
/// Accepts what spreadsheets write in Norway: semicolon- or comma-separated
/// (sniffed from the header line), UTF-8 with or without BOM, Norwegian or
/// English header names in any case and order. Unknown columns are ignored.
struct OrganisationCSV {
    enum Column: String, CaseIterable {
        case name, orgNumber, frivillighetsregisteret, category, umbrella, kommunedel, contact, email, phone

        var aliases: [String] {
            switch self {
            case .name: ["name", "navn"]
            case .orgNumber: ["orgnr", "org_number", "organisasjonsnummer", "org.nr", "org nr"]
            case .frivillighetsregisteret: ["frivillighetsregisteret"]
            case .category: ["category", "kategori"]
            case .umbrella: ["umbrella", "paraply"]
            case .kommunedel: ["kommunedel"]
            case .contact: ["contact", "kontaktperson", "kontakt"]
            case .email: ["email", "e-post", "epost", "e-mail"]
            case .phone: ["phone", "telefon", "tlf"]
            }
        }
    }

    struct Record {
        let line: Int
        let fields: [Column: String]
        subscript(_ column: Column) -> String { fields[column] ?? "" }
    }

    var records: [Record] = []
    /// Problems found while reading (shape, not content).
    var problems: [ImportRowError] = []

    init(text: String) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let delimiter = Self.sniffDelimiter(text)
        var rows: [[String]] = []
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false, rowLimit: 0)
            // enumerateAsArray gives the rows as written (not padded), so
            // short and long rows can be reported.
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { rows.append($0) }
        } catch {
            // SwiftCSV does not say where; the row after the last good one is where reading stopped.
            problems.append(ImportRowError(line: Self.lineNumbers(of: rows).next, reason: .malformed))
        }
        let lines = Self.lineNumbers(of: rows)
        guard let header = rows.first else {
            problems.append(ImportRowError(line: 1, reason: .missingHeader("name")))
            return
        }
        var index: [Column: Int] = [:]
        for (position, title) in header.enumerated() {
            let key = title.trimmingWhitespace().lowercased()
            if let column = Column.allCases.first(where: { $0.aliases.contains(key) }), index[column] == nil {
                index[column] = position
            }
        }
        guard index[.name] != nil else {
            problems.append(ImportRowError(line: 1, reason: .missingHeader("name")))
            return
        }
        for (offset, row) in rows.enumerated().dropFirst() {
            if row.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }   // blank lines
            let line = lines.starts[offset]
            if row.count != header.count {
                problems.append(ImportRowError(line: line, reason: .wrongColumnCount(expected: header.count,
                                                                                      found: row.count)))
                continue
            }
            records.append(Record(line: line, fields: index.mapValues { row[$0].trimmingWhitespace() }))
        }
    }

    /// The header decides: more semicolons than commas (outside quotes) means semicolons.
    static func sniffDelimiter(_ text: String) -> CSVDelimiter {
        var semicolons = 0, commas = 0, quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character.isNewline { break }
            if character == ";" { semicolons += 1 } else if character == "," { commas += 1 }
        }
        return semicolons > commas ? .semicolon : .comma
    }

    /// Physical line numbers of parsed rows: a quoted field may span lines.
    static func lineNumbers(of rows: [[String]]) -> (starts: [Int], next: Int) {
        var starts: [Int] = []
        var line = 1
        for row in rows {
            starts.append(line)
            line += 1 + row.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
        }
        return (starts, line)
    }

    /// Category from a stored value, a Swift case name or a Norwegian label.
    static func category(_ raw: String) -> OrganisationCategory? {
        let key = raw.trimmingWhitespace().lowercased()
        if key.isEmpty { return .annet }
        if let value = OrganisationCategory(rawValue: key) { return value }
        let labels: [String: OrganisationCategory] = [
            "helse og sosial": .helseSosial, "helse/sosial": .helseSosial, "helse": .helseSosial,
            "barn og unge": .barnUnge, "barn/unge": .barnUnge, "humanitær": .humanitær, "nærmiljø": .nærmiljø,
            "sport": .idrett, "culture": .kultur, "outdoor": .friluftsliv, "umbrella": .paraply, "other": .annet,
        ]
        if let value = labels[key] { return value }
        return OrganisationCategory.allCases.first { String(describing: $0).lowercased() == key }
    }

    static func yes(_ raw: String) -> Bool {
        ["ja", "j", "yes", "y", "true", "1", "x"].contains(raw.trimmingWhitespace().lowercased())
    }
}
