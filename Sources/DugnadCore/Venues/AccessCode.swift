/// Access codes for code-lock venues: six digits, valid from 15 minutes
/// before a booking to 15 minutes after it.
public enum AccessCode {
    public static let margin = 15

    public static func validity(start: CivilDateTime, end: CivilDateTime) -> (from: CivilDateTime, to: CivilDateTime) {
        (CivilDateTime(ordinal: start.ordinal - margin), CivilDateTime(ordinal: end.ordinal + margin))
    }

    /// Whether two bookings' validity windows overlap (then they must not share a code).
    public static func validitiesOverlap(_ a: (CivilDateTime, CivilDateTime), _ b: (CivilDateTime, CivilDateTime)) -> Bool {
        let va = validity(start: a.0, end: a.1), vb = validity(start: b.0, end: b.1)
        return va.from < vb.to && vb.from < va.to
    }

    public static func isWellFormed(_ code: String) -> Bool {
        code.count == 6 && code.allSatisfy(\.isASCIIDigit)
    }

    /// A code from a random number (the caller passes a secure generator's output).
    public static func code(from random: UInt64) -> String {
        let n = Int(random % 1_000_000)
        let s = String(n)
        return String(repeating: "0", count: 6 - s.count) + s
    }
}
