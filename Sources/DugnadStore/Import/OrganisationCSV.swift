import DugnadCore

/// The columns of an organisations CSV file: Dugnad's own layout (Norwegian
/// or English names) and Enhetsregisteret's download as it is (`navn`,
/// `organisasjonsnummer`, `organisasjonsform.kode`, `epostadresse`,
/// `registrertIFrivillighetsregisteret`, `forretningsadresse.*`, `slettedato`, …),
/// in any case and order. Unknown columns are ignored and listed; a column
/// name given twice is refused (which of the two would count?).
struct OrganisationCSV {
    enum Column: String, CaseIterable {
        case name, orgNumber, frivillighetsregisteret, category, umbrella, kommunedel, contact, email, phone, mobile
        case orgForm, address, postcode, postTown, municipality, deleted

        var aliases: [String] {
            switch self {
            case .name: ["name", "navn"]
            case .orgNumber: ["orgnr", "org_number", "organisasjonsnummer", "org.nr", "org nr", "org.nr.", "orgnummer"]
            case .frivillighetsregisteret: ["frivillighetsregisteret", "registrertifrivillighetsregisteret", "registrert i frivillighetsregisteret"]
            case .category: ["category", "kategori"]
            case .umbrella: ["umbrella", "paraply"]
            case .kommunedel: ["kommunedel"]
            case .contact: ["contact", "kontaktperson", "kontakt"]
            case .email: ["email", "e-post", "epost", "e-mail", "epostadresse", "e-postadresse"]
            case .phone: ["phone", "telefon", "tlf"]
            case .mobile: ["mobil", "mobile", "mobiltelefon"]
            case .orgForm: ["organisasjonsform.kode", "organisasjonsform"]
            case .address: ["forretningsadresse.adresse", "adresse"]
            case .postcode: ["forretningsadresse.postnummer", "postnummer"]
            case .postTown: ["forretningsadresse.poststed", "poststed"]
            case .municipality: ["forretningsadresse.kommune", "kommune"]
            case .deleted: ["slettedato"]
            }
        }
    }

    struct Record {
        let line: Int
        let fields: [Column: String]
        subscript(_ column: Column) -> String { fields[column] ?? "" }
        func has(_ column: Column) -> Bool { fields[column] != nil }
    }

    /// Column positions, from the header.
    var index: [Column: Int] = [:]
    var width = 0
    /// Header names that are no column Dugnad reads, as written.
    var ignored: [String] = []

    /// Reads the header; the problem when it cannot be used.
    init(header: [String]) throws(ImportRowError) {
        width = header.count
        var seen: [String: Int] = [:]
        for (position, title) in header.enumerated() {
            var key = title.trimmingWhitespace().lowercased()
            if key.hasPrefix("\u{FEFF}") { key.removeFirst() }
            if key.isEmpty { continue }
            if let first = seen[key] {
                throw ImportRowError(line: 1, reason: .duplicateColumn(name: title.trimmingWhitespace(), first: first + 1, second: position + 1))
            }
            seen[key] = position
            if let column = Column.allCases.first(where: { $0.aliases.contains(key) }), index[column] == nil {
                index[column] = position
            } else {
                ignored.append(ImportedText.clean(title.trimmingWhitespace()))
            }
        }
        guard index[.name] != nil || index[.orgNumber] != nil && index[.name] != nil else {
            throw ImportRowError(line: 1, reason: .missingHeader("name"))
        }
    }

    /// A data row as a record, or the problem with its shape.
    func record(_ row: [String], line: Int) -> Result<Record, ImportRowError> {
        guard row.count == width else {
            return .failure(ImportRowError(line: line, reason: .wrongColumnCount(expected: width, found: row.count)))
        }
        return .success(Record(line: line, fields: index.mapValues { ImportedText.clean(row[$0]).trimmingWhitespace() }))
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

    /// `ja`, `true` (the register's spelling), `x`, … .
    static func yes(_ raw: String) -> Bool {
        ["ja", "j", "yes", "y", "true", "1", "x", "sann"].contains(raw.trimmingWhitespace().lowercased())
    }
}
