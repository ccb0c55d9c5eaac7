import DugnadApp
import DugnadStore
import Foundation

/// Opening an input file for an import: a missing file, a directory, a
/// device (`/dev/zero`), an empty file (`/dev/null`) or a binary or
/// mixed-encoding file each get a message that says so, exit 1.
enum InputFile {
    static func open(_ path: String, language: Language) throws -> TextFileReader {
        do { return try TextFileReader(path: path) } catch { throw failure(error, path: path, language: language) }
    }

    static func failure(_ error: TextFileReader.Failure, path: String, language: Language) -> CLIError {
        .cannotRead(path: path, reason: language == .nb ? error.bokmal : error.english)
    }

    /// Runs `body`, turning a reading failure into the CLI's message.
    static func reading<T>(_ path: String, language: Language, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as TextFileReader.Failure { throw failure(error, path: path, language: language) }
    }

    /// A note for a file read as Windows-1252, so nobody wonders how the letters came out right.
    static func encodingNote(_ encoding: TextFileReader.Encoding, language: Language) -> String? {
        guard encoding == .windows1252 || encoding == .utf16LE || encoding == .utf16BE else { return nil }
        let name = encoding == .windows1252 ? "Windows-1252" : "UTF-16"
        return language == .nb ? "Filen er lest som \(name)." : "The file was read as \(name)."
    }
}
