import Foundation

/// Every line the command line prints for people goes through here, so text
/// from the database or an input file can never drive the terminal: like
/// TerminalKit's buffer, C0 controls (but the tab and the line break that
/// give the output its shape), DEL and C1 controls — among them the ESC and
/// the one-byte CSI that start every escape sequence — become U+FFFD; the rest
/// of a sequence stays visible as plain text. Exports written to standard
/// output are data, not messages, and are written by `OutputFile` instead.
enum Console {
    static func out(_ text: String) { emit(text, to: FileHandle.standardOutput) }
    static func error(_ text: String) { emit(text, to: FileHandle.standardError) }

    private static func emit(_ text: String, to handle: FileHandle) {
        handle.write(Data((neutralised(text) + "\n").utf8))
    }

    /// `text` with every control character but tab and line feed replaced by U+FFFD.
    static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars { scalars.append(isUnsafe(s) ? "\u{FFFD}" : s) }
        return String(scalars)
    }

    /// C0 except tab and line feed, DEL, C1.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n") || (0x7F..<0xA0).contains(s.value)
    }
}
