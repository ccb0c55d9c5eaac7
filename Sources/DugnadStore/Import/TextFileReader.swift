import Foundation

/// Reads a text file people give the importers, line by line as a stream
/// (64 KiB at a time, never the whole file), in the encodings they have:
/// UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 (what
/// Norwegian Excel saves as "CSV (semikolondelt)"), told apart line by line.
/// A file that mixes UTF-8 and Windows-1252 is refused naming the line; so is
/// a binary file. Nothing is ever decoded into mojibake.
public struct TextFileReader: Sendable {
    public enum Encoding: String, Sendable { case ascii, utf8, utf8BOM, utf16LE, utf16BE, windows1252 }

    public enum Failure: Error, Equatable, Sendable {
        case notFound
        case isDirectory
        /// A device, socket or other non-file (`/dev/zero`, `/dev/null` is `.empty`).
        case notAFile
        case empty
        case unreadable(String)
        /// A NUL byte: not text (or UTF-16 without a BOM).
        case binary(line: Int)
        /// UTF-8 and Windows-1252 in one file.
        case mixedEncoding(line: Int, firstLine: Int, first: Encoding)
        case lineTooLong(line: Int)

        public var bokmal: String {
            switch self {
            case .notFound: return "filen finnes ikke"
            case .isDirectory: return "det er en mappe, ikke en fil"
            case .notAFile: return "det er ingen vanlig fil (en enhet eller lignende)"
            case .empty: return "filen er tom"
            case .unreadable(let r): return r
            case .binary(let l): return "filen er ikke tekst (NUL-tegn på linje \(l)); lagre den som CSV/iCalendar i UTF-8"
            case .mixedEncoding(let l, let f, let e):
                return "linje \(l) er i en annen tegnkoding (Windows-1252) enn linje \(f) (\(e == .windows1252 ? "Windows-1252" : "UTF-8")); "
                    + "filen blander tegnkodinger. Åpne den i et regneark eller en tekstredigerer og lagre som «CSV UTF-8» / UTF-8"
            case .lineTooLong(let l): return "linje \(l) er over 16 MB lang; dette er ikke en tekstfil"
            }
        }

        public var english: String {
            switch self {
            case .notFound: return "the file does not exist"
            case .isDirectory: return "it is a directory, not a file"
            case .notAFile: return "it is not a regular file (a device or the like)"
            case .empty: return "the file is empty"
            case .unreadable(let r): return r
            case .binary(let l): return "the file is not text (NUL byte on line \(l)); save it as CSV/iCalendar in UTF-8"
            case .mixedEncoding(let l, let f, let e):
                return "line \(l) is in another encoding (Windows-1252) than line \(f) (\(e == .windows1252 ? "Windows-1252" : "UTF-8")); "
                    + "the file mixes encodings. Open it in a spreadsheet or text editor and save it as “CSV UTF-8” / UTF-8"
            case .lineTooLong(let l): return "line \(l) is over 16 MB long; this is not a text file"
            }
        }
    }

    public let path: String

    /// Checks that `path` is a readable, non-empty regular file (or a pipe).
    public init(path: String) throws(Failure) {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound }
        if isDirectory.boolValue { throw .isDirectory }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let type = attributes?[.type] as? FileAttributeType
        if type == .typeCharacterSpecial || type == .typeBlockSpecial || type == .typeSocket {
            // /dev/null reads as empty; /dev/zero and the like never end.
            if path == "/dev/null" { throw .empty }
            throw .notAFile
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(Self.posixReason(EACCES))
        }
        if type == .typeRegular, (attributes?[.size] as? NSNumber)?.intValue == 0 { throw .empty }
    }

    static func posixReason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Calls `body` with each line (without its line end; CRLF, LF and CR alone end a line)
    /// and its number, in order. Returns the encoding the file was read in.
    @discardableResult
    public func forEachLine(_ body: (Substring, Int) throws -> Void) throws -> Encoding {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure.unreadable(Self.posixReason(errno)) }
        defer { try? handle.close() }
        var decoder = LineDecoder()
        var sawAny = false
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 1 << 16) ?? Data() } catch {
                throw Failure.unreadable((error as NSError).localizedDescription)
            }
            if chunk.isEmpty { break }
            sawAny = true
            try decoder.feed(chunk, body)
        }
        guard sawAny else { throw Failure.empty }
        try decoder.finish(body)
        return decoder.encoding
    }
}

/// Bytes to lines: BOM sniffing, UTF-16 transcoding, line ends, and the
/// line-by-line choice between UTF-8 and Windows-1252.
struct LineDecoder {
    var encoding: TextFileReader.Encoding = .ascii
    private var started = false
    private var utf16: Bool?   // nil: not UTF-16; true: little-endian
    private var pendingUTF16: [UInt8] = []
    private var line: [UInt8] = []
    private var afterCR = false
    private var number = 0
    /// The first line that decided the encoding (UTF-8 or Windows-1252).
    private var decidedAt = 0

    mutating func feed(_ data: Data, _ body: (Substring, Int) throws -> Void) throws {
        var bytes = [UInt8](data)
        if !started {
            started = true
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { encoding = .utf8BOM; bytes.removeFirst(3) }
            else if bytes.starts(with: [0xFF, 0xFE]) { encoding = .utf16LE; utf16 = true; bytes.removeFirst(2) }
            else if bytes.starts(with: [0xFE, 0xFF]) { encoding = .utf16BE; utf16 = false; bytes.removeFirst(2) }
        }
        if let little = utf16 { bytes = transcode(pendingUTF16 + bytes, little: little) }
        // A run of ordinary bytes is found first and appended at once (a byte at a time was a tenth of a 50 MB import).
        try bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            while i < n {
                if afterCR, buffer[i] == 0x0A { afterCR = false; i += 1; continue }
                afterCR = false
                var j = i
                while j < n, buffer[j] != 0x0A, buffer[j] != 0x0D, buffer[j] != 0 { j += 1 }
                if j > i {
                    line.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<j]))
                    if line.count > 16 << 20 { throw TextFileReader.Failure.lineTooLong(line: number + 1) }
                }
                guard j < n else { return }
                if buffer[j] == 0 { throw TextFileReader.Failure.binary(line: number + 1) }
                try emit(body)
                afterCR = buffer[j] == 0x0D
                i = j + 1
            }
        }
    }

    mutating func finish(_ body: (Substring, Int) throws -> Void) throws {
        if !line.isEmpty { try emit(body) }
    }

    /// UTF-16 code units to UTF-8 bytes; an odd byte or a lone high surrogate at the end waits for the next chunk.
    private mutating func transcode(_ bytes: [UInt8], little: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        pendingUTF16 = Array(bytes[i...])
        if let last = units.last, (0xD800...0xDBFF).contains(last) {
            units.removeLast()
            pendingUTF16 = (little ? [UInt8(last & 0xFF), UInt8(last >> 8)] : [UInt8(last >> 8), UInt8(last & 0xFF)]) + pendingUTF16
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        for scalar in String(decoding: units, as: UTF16.self).utf8 { out.append(scalar) }
        return out
    }

    private mutating func emit(_ body: (Substring, Int) throws -> Void) throws {
        number += 1
        defer { line.removeAll(keepingCapacity: true) }
        if line.allSatisfy({ $0 < 0x80 }) {
            try body(Substring(String(decoding: line, as: UTF8.self)), number)
            return
        }
        if let text = String(validating: line, as: UTF8.self) {
            switch encoding {
            case .windows1252: throw TextFileReader.Failure.mixedEncoding(line: number, firstLine: decidedAt, first: .windows1252)
            case .ascii: encoding = .utf8; decidedAt = number
            default: break
            }
            try body(Substring(text), number)
            return
        }
        switch encoding {
        case .utf8, .utf8BOM, .utf16LE, .utf16BE:
            throw TextFileReader.Failure.mixedEncoding(line: number, firstLine: max(decidedAt, 1), first: .utf8)
        case .ascii: encoding = .windows1252; decidedAt = number
        case .windows1252: break
        }
        try body(Substring(Windows1252.decode(line)), number)
    }
}

/// The Windows-1252 code page: Latin-1 plus 0x80–0x9F as Microsoft assigns them.
enum Windows1252 {
    static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            // The five unassigned bytes are dropped rather than shown as a replacement character.
            if v != 0xFFFD, let s = Unicode.Scalar(v) { scalars.append(s) }
        }
        return String(scalars)
    }
}
