/// The DESCRIPTION of an exported activity: the description, then contact,
/// adaptation and languages as labelled lines, since other calendar programs
/// show DESCRIPTION and nothing else of ours. The import splits the labelled
/// lines back off, so export → import → export stays equal. Labels are in
/// Bokmål: the export is the municipality's public calendar (PRODID …//NB).
public enum ActivityDescriptionText {
    static let contact = "Kontakt: ", accessibility = "Tilrettelegging: ", languages = "Språk: "

    public static func compose(_ a: Activity) -> String {
        var lines: [String] = []
        if !a.details.contact.isEmpty { lines.append(contact + a.details.contact) }
        if !a.details.accessibility.isEmpty { lines.append(accessibility + a.details.accessibility) }
        if !a.details.languages.isEmpty { lines.append(languages + a.details.languages.joined(separator: ", ")) }
        if lines.isEmpty { return a.description }
        return (a.description.isEmpty ? [] : [a.description, ""]).joined(separator: "\n") + lines.joined(separator: "\n")
    }

    /// Splits a DESCRIPTION written by `compose` into the description and the labelled details.
    public static func split(_ text: String) -> (description: String, contact: String, accessibility: String, languages: [String]) {
        // One line without a label (most descriptions in other programs' files): nothing to split, no Character walk.
        if !text.utf8.contains(0x0A), !text.hasPrefix(contact), !text.hasPrefix(accessibility), !text.hasPrefix(languages) {
            return (text, "", "", [])
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var c = "", acc = "", lang: [String] = []
        while let last = lines.last {
            if last.hasPrefix(contact), c.isEmpty { c = String(last.dropFirst(contact.count)) }
            else if last.hasPrefix(accessibility), acc.isEmpty { acc = String(last.dropFirst(accessibility.count)) }
            else if last.hasPrefix(languages), lang.isEmpty { lang = ActivityDetails.languages(String(last.dropFirst(languages.count))) }
            else { break }
            lines.removeLast()
        }
        if lines.count < text.split(separator: "\n", omittingEmptySubsequences: false).count, lines.last == "" { lines.removeLast() }
        return (lines.joined(separator: "\n"), c, acc, lang)
    }
}
