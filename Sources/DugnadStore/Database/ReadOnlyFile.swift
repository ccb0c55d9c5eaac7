import Foundation
import GRDB

/// Opens a database file for reading without writing anything: not the
/// file, not a `-wal` or `-shm` beside it (docs/DECISIONS.md, "Read-only work never writes").
///
/// A read-only SQLite connection to a WAL database creates (and leaves)
/// empty `-wal` and `-shm` files when it can, and cannot open the file at
/// all in a read-only folder. When no `-wal` exists nobody has the file open
/// for writing, so it is opened `immutable=1` (no locks, no side files); when
/// a `-wal` exists the database is in use and is opened the ordinary way,
/// sharing the writer's side files. GRDB's WAL set-up (its `grdb_issue_102`
/// probe) runs only for writable pools, never here.
enum ReadOnlyFile {
    struct Opened {
        let queue: DatabaseQueue
        /// Opened as immutable: a writer that starts meanwhile is not seen.
        let immutable: Bool
    }

    static func open(path: String, configure: (inout Configuration) -> Void = { _ in }) throws -> Opened {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        configure(&config)
        if !FileManager.default.fileExists(atPath: path + "-wal"), let uri = immutableURI(path) {
            do {
                return Opened(queue: try DatabaseQueue(path: uri, configuration: config), immutable: true)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
                // An SQLite built without URI file names: fall through to the ordinary open.
            }
        }
        return Opened(queue: try DatabaseQueue(path: path, configuration: config), immutable: false)
    }

    /// Whether a writer appeared since an immutable open (its reads may be stale or torn).
    static func writerAppeared(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "-wal")
    }

    /// `file:/abs/path?immutable=1`, with the characters URIs reserve escaped.
    static func immutableURI(_ path: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var escaped = ""
        for byte in absolute.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...0xFF:
                escaped += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            default:
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:" + escaped + "?immutable=1"
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
