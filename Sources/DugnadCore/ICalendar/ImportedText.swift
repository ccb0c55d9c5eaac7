/// Text read from a file on its way into the store: control characters
/// (C0, DEL, C1 — escape sequences among them) are dropped, so nothing
/// imported can drive a terminal or break a line of an export. Tab and
/// newline stay in multi-line text (descriptions) and become spaces in
/// one-line fields (names, titles).
public enum ImportedText {
    public static func clean(_ text: String, multiline: Bool = false) -> String {
        guard mayHaveControl(text), text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\t" || s == "\n" { out.append(multiline ? s : " "); continue }
            if s == "\r" { continue }
            if !isControl(s) { out.append(s) }
        }
        return String(out)
    }

    /// False when no byte can start a control character (C1 is U+0080–U+009F, in UTF-8 0xC2 0x80–0x9F): a byte scan.
    static func mayHaveControl(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || (0x7F...0x9F).contains(s.value) }
}
