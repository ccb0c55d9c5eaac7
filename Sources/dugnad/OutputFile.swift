import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why an output could not be written (translated by `CLIError.cannotWrite`).
enum OutputProblem: Error, Equatable {
    /// The folder the file should go into does not exist.
    case missingFolder(String)
    /// A path component that should be a folder is a file.
    case notAFolder(String)
    /// The path names a folder, not a file.
    case isFolder
    /// No permission to write there (or a read-only file system).
    case permissionDenied
    /// The disk (or quota) is full.
    case diskFull
    /// Too many symbolic links, or a link loop.
    case linkLoop
    /// A socket or something else that cannot be opened for writing.
    case notWritable
    /// Anything else, with the system's own words.
    case system(String)

    static func from(errno code: Int32) -> OutputProblem {
        switch code {
        case EACCES, EPERM, EROFS, ETXTBSY: return .permissionDenied
        case ENOSPC, EDQUOT: return .diskFull
        case ELOOP: return .linkLoop
        case EISDIR: return .isFolder
        case ENOTDIR: return .notAFolder("")
        case ENXIO, EOPNOTSUPP: return .notWritable
        default: return .system(String(cString: strerror(code)))
        }
    }
}

/// The one way the command line writes a file it was asked for (`-o`,
/// `backup`, letters): write *through* special files, replace only regular ones.
///
/// - `nil`, `-`, `/dev/stdout` (and `/dev/fd/1`, `/proc/self/fd/1`): standard output;
///   `/dev/stderr` likewise standard error.
/// - a symbolic link is followed to its target (relative links from the link's folder);
/// - a regular file, or a name that does not exist yet, is written to a
///   temporary file in the same folder and renamed over it, so a reader sees
///   the old or the new content, never half of it (the old file's mode is kept);
/// - a character or block device, a FIFO, or anything under `/dev` or `/proc`
///   is opened and written, never replaced (so `-o /dev/null` stays /dev/null);
/// - a folder, or a missing folder on the way, is refused with `OutputProblem`.
enum OutputFile {
    /// Where the bytes will go, after following links.
    enum Target: Equatable {
        case standardOutput
        case standardError
        /// A regular file or a free name: replace atomically.
        case replace(String)
        /// A device, FIFO or other special file: open and write.
        case writeThrough(String)
    }

    static func write(_ text: String, to path: String?) throws(OutputProblem) {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String?) throws(OutputProblem) {
        switch try resolve(path) {
        case .standardOutput: try writeAll(data, fd: STDOUT_FILENO)
        case .standardError: try writeAll(data, fd: STDERR_FILENO)
        case .writeThrough(let target): try writeThrough(data, to: target)
        case .replace(let target): try replaceAtomically(target, with: data)
        }
    }

    /// Follows links and classifies the destination without writing anything.
    static func resolve(_ path: String?) throws(OutputProblem) -> Target {
        guard var current = path, current != "-" else { return .standardOutput }
        current = (current as NSString).expandingTildeInPath
        for _ in 0..<40 {
            if let stream = standardStream(current) { return stream }
            var info = stat()
            if lstat(current, &info) != 0 {
                let code = errno
                guard code == ENOENT else {
                    if code == ENOTDIR { throw .notAFolder(firstNonFolder(on: current)) }
                    throw .from(errno: code)
                }
                try checkFolder(of: current)
                return .replace(current)
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard let target = readLink(current) else { throw .from(errno: errno) }
                current = target.hasPrefix("/") ? target
                    : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
            case S_IFDIR:
                throw .isFolder
            case S_IFREG:
                if current.hasPrefix("/proc/") || current.hasPrefix("/dev/") { return .writeThrough(current) }
                return .replace(current)
            case S_IFSOCK:
                throw .notWritable
            default:
                return .writeThrough(current)   // character or block device, FIFO
            }
        }
        throw .linkLoop
    }

    private static func standardStream(_ path: String) -> Target? {
        switch path {
        case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1": return .standardOutput
        case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2": return .standardError
        default: return nil
        }
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The folder a new file would go into must exist and be a folder.
    private static func checkFolder(of path: String) throws(OutputProblem) {
        let folder = (path as NSString).deletingLastPathComponent
        let effective = folder.isEmpty ? "." : folder
        var info = stat()
        guard stat(effective, &info) == 0 else {
            if errno == ENOTDIR { throw .notAFolder(firstNonFolder(on: effective)) }
            if errno == ENOENT { throw .missingFolder(effective) }
            throw .from(errno: errno)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(effective) }
    }

    /// The first component of `path` that exists but is not a folder.
    private static func firstNonFolder(on path: String) -> String {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix = prefix.isEmpty || prefix == "/" ? prefix + part : prefix + "/" + part
            var info = stat()
            if stat(prefix, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { return prefix }
        }
        return path
    }

    private static func writeThrough(_ data: Data, to path: String) throws(OutputProblem) {
        // No O_CREAT and no O_TRUNC: a device or FIFO is written as it is.
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw .from(errno: errno) }
        defer { close(fd) }
        try writeAll(data, fd: fd)
    }

    private static func replaceAtomically(_ path: String, with data: Data) throws(OutputProblem) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "" : folder + "/") + ".\(name).dugnad-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .from(errno: errno) }
        let temporary = String(cString: template)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        do {
            try writeAll(data, fd: fd)
        } catch {
            close(fd)
            throw error
        }
        // Keep the mode of the file being replaced; a new file gets 0666 less the umask.
        var info = stat()
        let mode: mode_t
        if stat(path, &info) == 0 {
            mode = info.st_mode & 0o7777
        } else {
            let mask = umask(0); umask(mask)
            mode = 0o666 & ~mask
        }
        fchmod(fd, mode)
        if fsync(fd) != 0 { let code = errno; close(fd); throw .from(errno: code) }
        close(fd)
        guard rename(temporary, path) == 0 else { throw .from(errno: errno) }
        done = true
    }

    static func writeAll(_ data: Data, fd: Int32) throws(OutputProblem) {
        let result: Int32 = data.withUnsafeBytes { raw -> Int32 in
            guard var p = raw.baseAddress else { return 0 }
            var left = raw.count
            while left > 0 {
                let n = Glibc.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                left -= n
                p += n
            }
            return 0
        }
        if result != 0 { throw .from(errno: result) }
    }
}
