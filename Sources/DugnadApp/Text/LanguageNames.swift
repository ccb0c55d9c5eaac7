import Foundation

/// Language codes as people read them ("nb, ar" → "norsk bokmål, arabisk"), from the
/// system's locale data (CLDR through Foundation), in the UI language. A code it does
/// not know is shown as stored.
enum LanguageNames {
    static func names(_ codes: [String], in language: Language) -> String {
        codes.map { name($0, in: language) }.joined(separator: ", ")
    }

    static func name(_ code: String, in language: Language) -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        // Only a code is looked up (two or three letters); a written-out name stays as typed.
        guard (2...3).contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) else { return trimmed }
        let locale = language == .nb ? bokmal : english
        return locale.localizedString(forLanguageCode: trimmed.lowercased()) ?? trimmed
    }

    private static let bokmal = Locale(identifier: "nb_NO")
    private static let english = Locale(identifier: "en_GB")
}
