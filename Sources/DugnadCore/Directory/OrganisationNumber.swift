/// A Norwegian organisation number (organisasjonsnummer) from
/// Enhetsregisteret: nine digits, the last a MOD11 check digit computed with
/// the weights 3 2 7 6 5 4 3 2.
public struct OrganisationNumber: Sendable, Hashable, CustomStringConvertible {
    public let digits: String

    public enum Problem: Error, Sendable, Equatable {
        case notNineDigits
        case badCheckDigit
    }

    /// Accepts spaces between digit groups ("974 760 673"), as printed on letters.
    public static func validate(_ raw: String) -> Result<OrganisationNumber, Problem> {
        let digits = raw.filter { !$0.isWhitespace }
        guard digits.count == 9, digits.allSatisfy(\.isASCIIDigit) else { return .failure(.notNineDigits) }
        let values = digits.compactMap { $0.wholeNumberValue }
        guard let check = checkDigit(for: Array(values.prefix(8))), check == values[8] else {
            return .failure(.badCheckDigit)
        }
        return .success(OrganisationNumber(digits: digits))
    }

    public init?(_ raw: String) {
        guard case .success(let n) = Self.validate(raw) else { return nil }
        self = n
    }

    private init(digits: String) { self.digits = digits }

    /// The MOD11 check digit for eight digits, or nil when the remainder makes
    /// the number impossible (check value 10).
    public static func checkDigit(for first8: [Int]) -> Int? {
        let weights = [3, 2, 7, 6, 5, 4, 3, 2]
        let sum = zip(first8, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let rest = sum % 11
        if rest == 0 { return 0 }
        let check = 11 - rest
        return check == 10 ? nil : check
    }

    /// `974 760 673`
    public var formatted: String {
        let a = Array(digits)
        return String(a[0..<3]) + " " + String(a[3..<6]) + " " + String(a[6..<9])
    }

    public var description: String { formatted }
}
