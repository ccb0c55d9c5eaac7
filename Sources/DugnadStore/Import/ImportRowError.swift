import DugnadCore

/// Why one line of an imported file was rejected. Values, so the app can
/// translate them; `description` is the plain English CLI fallback.
public enum ImportRowReason: Equatable, Sendable {
    case missingName
    case nameTooLong
    case badOrgNumber(OrganisationNumber.Problem)
    case invalidEmail
    case duplicateInFile(firstLine: Int)
    case alreadyExists
    case unknownCategory(String)
    case unknownKommunedel(String)
    case unknownUmbrella(String)
    case wrongColumnCount(expected: Int, found: Int)
    case missingHeader(String)
    /// Unbalanced quotes or similar: the parser could not read on from here.
    case malformed
    /// The file has a header but no data rows.
    case empty
    /// The header names a column twice (1-based positions).
    case duplicateColumn(name: String, first: Int, second: Int)
}

public struct ImportRowError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Physical line in the file, the header being line 1.
    public let line: Int
    public let reason: ImportRowReason

    public init(line: Int, reason: ImportRowReason) { self.line = line; self.reason = reason }

    public var description: String { "line \(line): \(reason)" }
}

extension ImportRowReason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingName: return "the name is missing"
        case .nameTooLong: return "the name is longer than 120 characters"
        case .badOrgNumber(.notNineDigits): return "the organisation number must have nine digits"
        case .badOrgNumber(.badCheckDigit): return "the organisation number has a wrong check digit"
        case .invalidEmail: return "the e-mail address is not valid"
        case .duplicateInFile(let first): return "the same organisation as line \(first)"
        case .alreadyExists: return "the organisation is already registered"
        case .unknownCategory(let value): return "unknown category \"\(value)\""
        case .unknownKommunedel(let value): return "unknown kommunedel \"\(value)\""
        case .unknownUmbrella(let value): return "unknown umbrella organisation \"\(value)\""
        case .wrongColumnCount(let expected, let found): return "expected \(expected) columns, found \(found)"
        case .missingHeader(let name): return "the header has no \"\(name)\" column"
        case .malformed: return "the line cannot be read (unbalanced quotes?)"
        case .empty: return "the file has no data rows"
        case .duplicateColumn(let name, let a, let b): return "the header has the column \"\(name)\" twice (columns \(a) and \(b))"
        }
    }
}
