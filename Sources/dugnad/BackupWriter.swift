import DugnadStore
import Foundation

/// `dugnad backup` through the shared output rules: the online backup goes
/// to a temporary file (beside a regular target, else in the temporary
/// folder), is read back and checked by the store, then is renamed into
/// place — or, for `-`, a FIFO or a device, streamed there.
enum BackupWriter {
    static func write(_ database: AppDatabase, to target: OutputFile.Target, named name: String) throws {
        let temporaryFolder: String
        switch target {
        case .replace(let path):
            if FileManager.default.fileExists(atPath: path) {
                // A backup never replaces a file: it could be the database itself or an older backup.
                throw CLIError.store(.cannotCreate(path: path, reason: "the file already exists"))
            }
            let folder = (path as NSString).deletingLastPathComponent
            temporaryFolder = folder.isEmpty ? "." : folder
        case .standardOutput, .standardError, .writeThrough:
            temporaryFolder = NSTemporaryDirectory()
        }
        let temporary = (temporaryFolder as NSString).appendingPathComponent(".dugnad-backup-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) } }
        do { try database.backup(to: temporary) } catch { throw CLIError.store(error) }
        switch target {
        case .replace(let path):
            // link() refuses an existing name, so a file that appeared meanwhile is not replaced.
            guard link(temporary, path) == 0 else {
                let code = errno
                if code == EEXIST { throw CLIError.store(.cannotCreate(path: path, reason: "the file already exists")) }
                throw CLIError.cannotWrite(path: name, problem: .from(errno: code))
            }
        case .standardOutput, .standardError, .writeThrough:
            guard let data = FileManager.default.contents(atPath: temporary) else {
                throw CLIError.store(.backupUnreadable(path: temporary, detail: "the copy cannot be read"))
            }
            do throws(OutputProblem) { try OutputFile.write(data, to: name) } catch { throw CLIError.cannotWrite(path: name, problem: error) }
        }
    }
}
