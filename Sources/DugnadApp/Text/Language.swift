/// The two languages every user-visible string exists in.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case nb, en

    /// Picks the language from the locale environment the way POSIX does:
    /// LC_ALL wins over LC_MESSAGES wins over LANG. nb, no and nn mean Bokmål.
    public static func detect(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let code = value.lowercased().prefix(2)
            return ["nb", "no", "nn"].contains(code) ? .nb : .en
        }
        return .en
    }

    /// Parses `--lang nb|en` (also accepts no/nn/norsk/english).
    public init?(argument: String) {
        switch argument.lowercased() {
        case "nb", "no", "nn", "norsk", "bokmål", "bokmal": self = .nb
        case "en", "english", "engelsk": self = .en
        default: return nil
        }
    }
}
