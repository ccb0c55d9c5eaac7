import Foundation
import GRDB

/// A process that holds the database's write lock, as the operating system tells it.
public struct LockHolder: Sendable, Equatable {
    public let pid: Int32
    /// The program's name (`/proc/PID/comm`): "dugnad", "sqlite3", …; empty when it cannot be read.
    public let command: String
    public init(pid: Int32, command: String) { self.pid = pid; self.command = command }
    /// "sqlite3 (pid 4242)".
    public var description: String { command.isEmpty ? "pid \(pid)" : "\(command) (pid \(pid))" }
}

/// Who is writing to a database file. SQLite itself cannot say (a busy error names no one), but its locks are
/// ordinary POSIX record locks, which Linux lists with their owner in `/proc/locks`: in WAL mode the writer
/// holds byte 120 of the `-shm` file (WAL_WRITE_LOCK), in rollback mode the RESERVED or PENDING byte of the
/// database itself. Elsewhere, or when nothing can be read, the answer is empty and messages say "another
/// program" without a name.
public enum LockHolders {
    static let walWriteLockByte: UInt64 = 120
    static let pendingByte: UInt64 = 0x4000_0000
    static let reservedByte: UInt64 = 0x4000_0001

    /// The processes other than this one holding the write lock of the database at `path`.
    public static func writers(of path: String, locksText: String? = nil) -> [LockHolder] {
        let text = locksText ?? readProcFile("/proc/locks")
        guard !text.isEmpty else { return [] }
        let targets = [(path + "-shm", [walWriteLockByte]), (path, [pendingByte, reservedByte])]
            .compactMap { file, bytes in fileID(file).map { ($0, bytes) } }
        guard !targets.isEmpty else { return [] }
        let me = getpid()
        var found: [LockHolder] = []
        for line in text.split(separator: "\n") {
            guard let lock = RecordLock(line), lock.isWrite, lock.pid != me, lock.pid > 0 else { continue }
            let hit = targets.contains { id, bytes in id == lock.file && bytes.contains { lock.covers($0) } }
            if hit, !found.contains(where: { $0.pid == lock.pid }) {
                found.append(LockHolder(pid: lock.pid, command: command(of: lock.pid)))
            }
        }
        return found
    }

    /// The first holder, described for a message; nil when the system cannot tell.
    public static func describeWriter(of path: String) -> String? { writers(of: path).first?.description }

    /// A file of /proc, read to its end: such files report a size of 0, so they are read in chunks until EOF
    /// rather than by their size. Empty when it cannot be opened.
    static func readProcFile(_ path: String) -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > 4 << 20 { break }   // a machine with millions of locks: enough to name a holder
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A file's identity as `/proc/locks` writes it: major and minor device number and inode.
    struct FileID: Equatable { let major: UInt64, minor: UInt64, inode: UInt64 }

    static func fileID(_ path: String) -> FileID? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let dev = UInt64(st.st_dev)
        // glibc's gnu_dev_major/gnu_dev_minor, which Swift cannot import as macros.
        let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~UInt64(0xfff))
        let minor = (dev & 0xff) | ((dev >> 12) & ~UInt64(0xff))
        return FileID(major: major, minor: minor, inode: UInt64(st.st_ino))
    }

    private static func command(of pid: Int32) -> String {
        let raw = readProcFile("/proc/\(pid)/comm")
        // The name is another program's text: keep it to printable characters before it reaches a screen.
        return String(raw.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }
            .map(Character.init)).trimmingCharacters(in: .whitespaces)
    }

    /// One line of `/proc/locks`: `1: POSIX  ADVISORY  WRITE 4242 fd:01:1841232 120 120`
    /// (a waiting request has `->` after the number and is skipped: it holds nothing).
    struct RecordLock {
        let isWrite: Bool
        let pid: Int32
        let file: FileID
        let start: UInt64
        let end: UInt64?

        init?(_ line: Substring) {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count >= 8, f[1] != "->" else { return nil }
            isWrite = f[3] == "WRITE"
            guard let pid = Int32(f[4]) else { return nil }
            self.pid = pid
            let id = f[5].split(separator: ":")
            guard id.count == 3, let ma = UInt64(id[0], radix: 16), let mi = UInt64(id[1], radix: 16),
                  let ino = UInt64(id[2]) else { return nil }
            file = FileID(major: ma, minor: mi, inode: ino)
            guard let s = UInt64(f[6]) else { return nil }
            start = s
            end = f[7] == "EOF" ? nil : UInt64(f[7])
        }

        func covers(_ byte: UInt64) -> Bool { byte >= start && (end.map { byte <= $0 } ?? true) }
    }
}

/// Tells whoever listens that a connection has started waiting for another process's lock (the busy handler
/// calls it once per wait), so the screen can say so while the write goes on trying.
public final class BusyWaitSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable () -> Void)?
    public init() {}
    public func listen(_ handler: (@Sendable () -> Void)?) { lock.withLock { self.handler = handler } }
    func fire() { lock.withLock { handler }?() }

    /// The busy handler: retries every 10 ms for up to `seconds`, telling the listener once after 200 ms.
    static func busyMode(seconds: Double, signal: BusyWaitSignal) -> Database.BusyMode {
        let tries = Int(seconds * 100)
        return .callback { n in
            if n == 20 { signal.fire() }
            guard n < tries else { return false }
            usleep(10_000)
            return true
        }
    }
}
