import DugnadCore
import DugnadStore
import Foundation

/// Where `dugnad demo` builds its database so that Ctrl-C leaves nothing
/// half-written: a new database is built in a temporary file next to the
/// target and renamed into place only when complete; an existing (empty)
/// Dugnad database is filled in one transaction, which rolls back.
enum DemoBuild {
    static func fill(path: String, scale: Double, seed: UInt64, today: CivilDate,
                     interruption: Interruption) throws -> DemoSummary {
        do {
            return try build(path: path, scale: scale, seed: seed, today: today, interruption: interruption)
        } catch where interruption.isRequested {
            // The store wraps the generator's DemoCancelled; after Ctrl-C any failure is the stop.
            throw DemoCancelled()
        }
    }

    private static func build(path: String, scale: Double, seed: UInt64, today: CivilDate,
                              interruption: Interruption) throws -> DemoSummary {
        let path = (path as NSString).expandingTildeInPath
        var info = stat()
        let exists = lstat(path, &info) == 0
        if exists && !(info.st_mode & S_IFMT == S_IFREG && info.st_size == 0) {
            let database: AppDatabase
            do { database = try AppDatabase.open(path: path, user: Environment.loginUser) } catch { throw CLIError.store(error) }
            return try DemoData.fill(database, scale: scale, seed: seed, today: today,
                                     isCancelled: { interruption.isRequested })
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            catch { throw CLIError.store(.cannotCreate(path: path, reason: (error as NSError).localizedDescription)) }
        }
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\((path as NSString).lastPathComponent).demo-\(getpid())"
        interruption.removeOnExit(temporary)
        func discard() {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
            interruption.keep(temporary)
        }
        do {
            let database: AppDatabase
            do { database = try AppDatabase.open(path: temporary, user: Environment.loginUser) } catch { throw CLIError.store(error) }
            let summary = try DemoData.fill(database, scale: scale, seed: seed, today: today,
                                            isCancelled: { interruption.isRequested })
            // Closing checkpoints the WAL into the file, so one file is renamed.
            do { try database.close() } catch { throw CLIError.store(error) }
            if interruption.isRequested { throw DemoCancelled() }
            // Everything is in the file now; the empty side files are ours alone.
            unlink(temporary + "-wal")
            unlink(temporary + "-shm")
            guard rename(temporary, path) == 0 else {
                throw CLIError.store(.cannotCreate(path: path, reason: String(cString: strerror(errno))))
            }
            interruption.keep(temporary)
            return summary
        } catch {
            discard()
            throw error
        }
    }
}
