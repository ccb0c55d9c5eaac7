/// What makes a staff user name unusable. User names are login names: they
/// are compared with the system's login user and printed by `staff list`,
/// so they hold no control characters (no escape sequence can hide in them).
public enum StaffNameProblem: Sendable, Equatable {
    case empty
    case tooLong(maximum: Int)
    case controlCharacters
    case containsWhitespace

    public static let maximumLength = 64

    /// The problem with `username` (already trimmed), if any.
    public static func check(username: String) -> StaffNameProblem? {
        if username.isEmpty { return .empty }
        if username.unicodeScalars.contains(where: isControl) { return .controlCharacters }
        if username.contains(where: \.isWhitespace) { return .containsWhitespace }
        if username.count > maximumLength { return .tooLong(maximum: maximumLength) }
        return nil
    }

    /// A display name may hold spaces but no control characters.
    public static func check(displayName: String) -> StaffNameProblem? {
        displayName.unicodeScalars.contains(where: isControl) ? .controlCharacters : nil
    }

    /// C0, DEL and C1 controls.
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F..<0xA0).contains(s.value)
    }

    public var english: String {
        switch self {
        case .empty: return "the user name is empty"
        case .tooLong(let n): return "the user name is longer than \(n) characters"
        case .controlCharacters: return "the name holds control characters (such as ESC)"
        case .containsWhitespace: return "a user name holds no spaces"
        }
    }

    public var bokmal: String {
        switch self {
        case .empty: return "brukernavnet er tomt"
        case .tooLong(let n): return "brukernavnet er lengre enn \(n) tegn"
        case .controlCharacters: return "navnet inneholder kontrolltegn (som ESC)"
        case .containsWhitespace: return "et brukernavn kan ikke inneholde mellomrom"
        }
    }
}
