import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A child process left running (for kill -9 and Ctrl-C), spawned like `Harness.run`.
struct Spawned {
    let pid: pid_t

    static func start(_ executable: String, _ arguments: [String], stdin: String = "/dev/null") -> Spawned? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none); sigfillset(&all); sigdelset(&all, SIGKILL); sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, envp) == 0 else { return nil }
        return Spawned(pid: pid)
    }

    /// The exit status once the process ends, or nil when it is still running after `timeout` seconds.
    func wait(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f) }
            if r == -1 && errno != EINTR { return -1 }
            usleep(10_000)
        }
        return nil
    }

    func kill(_ signal: Int32) { _ = Glibc.kill(pid, signal) }
}

/// Polls `condition` until it holds or `timeout` seconds pass.
func eventually(_ timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}

func sha256(_ path: String) -> String {
    Harness.run(Harness.tool("sha256sum"), [path]).stdout.split(separator: " ").first.map(String.init) ?? "?"
}

/// The probe of issue 13 run again on the built binary: output writes
/// through special files, nothing the command line prints carries an
/// escape byte, errors say what happened with the right exit code, and
/// read-only, newer, damaged, locked and killed databases stay whole.
@Suite(.serialized) struct HardeningEndToEndTests {
    let dir = Harness.temporaryDirectory()
    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    @Test func outputWritesThroughAFifoASymlinkAndADevice() throws {
        let db = Harness.demoDatabase(in: dir)
        // FIFO: opened and written, still a FIFO afterwards.
        let fifo = path("out.fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        let viaFifo = Harness.dugnad(["export", "bookings", "--db", db, "--from", "2026-11-26", "-o", fifo])
        #expect(viaFifo.status == 0, "\(viaFifo.stderr)")
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(reader, &buffer, buffer.count)
        close(reader)
        #expect(n > 0 && String(decoding: buffer[0..<max(0, n)], as: UTF8.self).hasPrefix("booking_id,"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)

        // Symlink: followed, the link stays a link and its target gets the file.
        let target = path("target.csv"), link = path("link.csv")
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(symlink("target.csv", link) == 0)
        #expect(Harness.dugnad(["export", "bookings", "--db", db, "-o", link]).status == 0)
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("booking_id,"))

        // Character device (as root): a private /dev/null made here stays a device.
        if getuid() == 0 {
            let device = path("null.dev")
            #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
            let viaDevice = Harness.dugnad(["export", "ics", "--db", db, "-o", device])
            #expect(viaDevice.status == 0, "\(viaDevice.stderr)")
            #expect(lstat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        }
        // Standard output by name.
        let viaStdout = Harness.dugnad(["export", "ics", "--db", db, "-o", "/dev/stdout"])
        #expect(viaStdout.status == 0 && viaStdout.stdout.hasPrefix("BEGIN:VCALENDAR"))
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        // No temporary files left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(!names.contains { $0.contains(".dugnad-") }, "\(names)")
    }

    @Test func errorsSayWhatHappenedInBothLanguagesWithTheRightExitCode() throws {
        let db = Harness.demoDatabase(in: dir)
        try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: true)
        let cases: [([String], Int32, String, String)] = [
            (["staff", "add", "", "--role", "admin"], 1, "the user name is empty", "brukernavnet er tomt"),
            (["export", "ics", "-o", "/missing/dir/x"], 1, "the folder /missing/dir does not exist", "mappen /missing/dir finnes ikke"),
            (["export", "ics", "-o", path("folder")], 1, "it is a folder", "det er en mappe"),
            (["export", "ics", "--venue", "-1"], 1, "There is no venue with id -1", "Det finnes ikke noe lokale med id -1"),
            (["export", "codes", "--venue", "99999", "--from", "2026-12-01", "--to", "2026-12-31"], 1,
             "There is no venue with id 99999", "id 99999"),
            (["export", "bookings", "--from", "2026-12-31", "--to", "2026-12-01"], 1, "is after --to", "er etter --to"),
            (["export", "ics", "--from", "31.12.9999"], 1, "outside what Dugnad handles", "utenfor det Dugnad håndterer"),
            (["staff", "add", "kari", "--role", "sjef"], 1, "Invalid value “sjef” for --role", "Ugyldig verdi «sjef» for --role"),
        ]
        for (arguments, status, english, bokmal) in cases {
            for (lang, expected) in [("en", english), ("nb", bokmal)] {
                let result = Harness.dugnad(arguments + ["--db", db, "--lang", lang])
                #expect(result.status == status, "\(arguments) \(lang): \(result.status) \(result.stderr)")
                #expect(result.stderr.contains(expected), "\(arguments) \(lang): \(result.stderr)")
                #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Not found"))
            }
        }
        for (arguments, english) in [(["demo", "--scale", "100.5"], "from 0.01 to 100"),
                                     (["demo", "--scale", "1000000"], "from 0.01 to 100"),
                                     (["demo", "--today", "9999-12-31"], "outside what Dugnad handles"),
                                     (["demo", "--today", "0001-01-01"], "outside what Dugnad handles"),
                                     (["open", "--today", "9999-12-31"], "outside what Dugnad handles")] {
            let result = Harness.dugnad(arguments + ["--db", path("fresh.sqlite"), "--lang", "en"])
            #expect(result.status == 1 && result.stderr.contains(english), "\(arguments): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path("fresh.sqlite")))
        }
        #expect(Harness.dugnad(["check", "--db", db]).status == 0)
    }

    @Test func hostileTextNeverReachesTheTerminalFromTheCommandLine() throws {
        let db = Harness.demoDatabase(in: dir)
        let title = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[6n\u{9B}31m"
        var outputs: [Harness.Output] = []
        outputs.append(Harness.dugnad(["staff", "add", "evil" + title, "--role", "admin", "--db", db]))
        #expect(outputs.last?.status == 1)
        outputs.append(Harness.dugnad(["export", "ics", "--venue", title, "--db", db]))
        outputs.append(Harness.dugnad(["export", "bookings", "--from", title, "--db", db]))
        let csv = path("hostile.csv")
        try "navn;orgnr;kommunedel\nKlubb\(title);123456789;Konnerud\n".write(toFile: csv, atomically: true, encoding: .utf8)
        outputs.append(Harness.dugnad(["import", "orgs", csv, "--db", db]))
        // Stored text written by another tool (triggers and checks bypassed by the sqlite3 CLI).
        _ = Harness.sqlite(db, "INSERT INTO staff (username, display_name, role) VALUES ('x' || char(27) || '[31m', "
                           + "'Ond' || char(27) || ']0;t' || char(7), 'frontdesk')")
        _ = Harness.sqlite(db, "UPDATE booking SET purpose = 'Møte' || char(27) || '[2J' || char(13) || char(10) || 'x' "
                           + "WHERE id = (SELECT min(id) FROM booking)")
        outputs.append(Harness.dugnad(["staff", "list", "--db", db]))
        let list = outputs.last!
        #expect(list.status == 0 && list.stdout.contains("x\u{FFFD}[31m"), "\(list.stdout)")
        let export = Harness.dugnad(["export", "bookings", "--db", db, "--from", "2025-01-01", "--to", "2028-01-01"])
        #expect(export.status == 0)
        #expect(!export.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" || (0x7F..<0xA0).contains($0.value) })
        #expect(export.stdout.contains("Møte[2J  x"))   // ESC dropped, CR and LF as spaces
        outputs.append(Harness.dugnad(["export", "ics", "--db", db, "--from", "2025-01-01", "--to", "2028-01-01"]))
        for output in outputs {
            #expect(!output.stdout.contains("\u{1B}") && !output.stderr.contains("\u{1B}"), "\(output.stderr)")
            #expect(!output.stdout.unicodeScalars.contains { (0x80..<0xA0).contains($0.value) })
            #expect(!output.stderr.unicodeScalars.contains { (0x80..<0xA0).contains($0.value) })
        }
    }

    @Test func aReadOnlyDatabaseIsCheckedAndExportedAndKeepsItsSha256() throws {
        let db = Harness.demoDatabase(in: dir)
        chmod(db, 0o444)
        chmod(dir.path, 0o555)
        defer { chmod(dir.path, 0o755); chmod(db, 0o644) }
        let before = sha256(db)
        let commands = [["check"], ["export", "ics"], ["export", "bookings"], ["staff", "list"],
                        ["export", "ics", "--venue", "1"], ["--help"], ["check", "--help"]]
        var runs: [(String, [String])] = commands.map { ("self", $0) }
        // The probe's unprivileged user: the same commands as nobody, when we can become nobody.
        if getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            runs += commands.map { ("nobody", $0) }
        }
        for (who, arguments) in runs {
            let full = arguments + (arguments.contains("--help") ? [] : ["--db", db])
            let result = who == "self" ? Harness.dugnad(full)
                : Harness.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", Harness.binary] + full)
            #expect(result.status == 0, "\(who) \(arguments): \(result.stderr)")
        }
        #expect(sha256(db) == before)
        for suffix in ["-wal", "-shm", "-journal"] { #expect(!FileManager.default.fileExists(atPath: db + suffix)) }
    }

    @Test func newerDamagedAndLockedFilesAreNamedAndLeftAlone() throws {
        let db = Harness.demoDatabase(in: dir)
        // Newer: an unknown migration; refused by reads and writes, bytes and neighbours as they were.
        let newer = path("newer.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: newer)
        _ = Harness.sqlite(newer, "INSERT INTO grdb_migrations VALUES ('v99-future'); PRAGMA journal_mode = DELETE;")
        let newerSum = sha256(newer)
        for arguments in [["check"], ["export", "ics"], ["staff", "add", "kari", "--role", "admin"]] {
            let result = Harness.dugnad(arguments + ["--db", newer, "--lang", "en"])
            #expect(result.status == 1 && result.stderr.contains("newer Dugnad (v99-future)"), "\(result.stderr)")
        }
        #expect(sha256(newer) == newerSum)
        #expect(!FileManager.default.fileExists(atPath: newer + "-wal") && !FileManager.default.fileExists(atPath: newer + "-shm"))

        // Damaged: one page overwritten; check exits 2 and says what integrity_check found.
        let damaged = path("damaged.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: damaged)
        let handle = FileHandle(forUpdatingAtPath: damaged)!
        let pages = Int(try handle.seekToEnd()) / 4096
        try handle.seek(toOffset: UInt64(pages / 2) * 4096)
        handle.write(Data(repeating: 0xEE, count: 4096))
        try handle.close()
        for lang in ["en", "nb"] {
            let check = Harness.dugnad(["check", "--db", damaged, "--lang", lang])
            #expect(check.status == 2, "\(check.stdout)\(check.stderr)")
            #expect((check.stdout + check.stderr).contains(lang == "en" ? "integrity" : "integrity"), "\(check.stdout)\(check.stderr)")
            #expect(!check.stderr.contains("not an SQLite database"))
        }

        // Locked: another process holds the write lock; reads go on, a write says the database is busy.
        let flag = path("locked.flag")
        let script = path("lock.sql")
        try "BEGIN IMMEDIATE;\nINSERT INTO meta VALUES ('lock-test', '1');\n.shell touch \(flag)\n.shell sleep 30\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        guard let holder = Spawned.start(Harness.tool("sqlite3"), [db], stdin: script) else {
            Issue.record("could not start sqlite3"); return
        }
        defer { holder.kill(SIGKILL); _ = holder.wait(timeout: 5) }
        #expect(eventually(10) { FileManager.default.fileExists(atPath: flag) })
        let start = Date()
        #expect(Harness.dugnad(["check", "--db", db]).status == 0)
        #expect(Harness.dugnad(["export", "bookings", "--db", db]).status == 0)
        #expect(Date().timeIntervalSince(start) < 4, "reads waited for the write lock")
        let write = Harness.dugnad(["staff", "add", "kari", "--role", "frontdesk", "--db", db, "--lang", "en"])
        #expect(write.status == 1 && write.stderr.contains("busy"), "\(write.stderr)")
    }

    /// kill -9 during an import, ten times at spread-out moments: the
    /// database holds none or all of the rows each time and `check` is clean.
    @Test func killDuringImportLeavesAllOrNothing() throws {
        let db = Harness.demoDatabase(in: dir)
        let rows = 3_000
        let csv = path("many.csv")
        try (["navn;orgnr;kommunedel"] + (0..<rows).map { "Drapstest \($0);;Konnerud" }).joined(separator: "\n")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let before = Int(Harness.sqlite(db, "SELECT count(*) FROM organisation")) ?? -1
        for kill in 0..<10 {
            guard let importer = Spawned.start(Harness.binary, ["import", "orgs", "--db", db, csv]) else {
                Issue.record("could not start"); return
            }
            usleep(useconds_t(60_000 + kill * 90_000))
            importer.kill(SIGKILL)
            #expect(importer.wait(timeout: 10) != nil)
            let count = Int(Harness.sqlite(db, "SELECT count(*) FROM organisation")) ?? -1
            #expect(count == before || count == before + rows, "kill \(kill): \(count)")
            let check = Harness.dugnad(["check", "--db", db])
            #expect(check.status == 0, "kill \(kill): \(check.stdout)\(check.stderr)")
            // (Should one run finish before its kill, the next imports are refused as duplicates: still all or nothing.)
        }
    }

    /// A terminal closed while `--demo` builds its first database (SIGHUP) leaves no database behind,
    /// so the next `--demo` builds it whole instead of opening an empty one.
    @Test func aHangUpWhileDashDashDemoBuildsLeavesNothing() throws {
        let target = path("first-demo.sqlite")
        guard let demo = Spawned.start(Harness.binary, ["--demo", "--db", target, "--today", "2026-11-26"]) else {
            Issue.record("could not start"); return
        }
        #expect(eventually(20) {
            (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.contains { $0.contains(".demo-") } == true
        })
        demo.kill(SIGHUP)
        let status = demo.wait(timeout: 1.5)
        #expect(status == 130, "status \(String(describing: status))")
        if status == nil { demo.kill(SIGKILL); _ = demo.wait(timeout: 5) }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        #expect(!left.contains { $0.contains("first-demo") }, "\(left)")
    }

    /// Ctrl-C during `demo` ends it within a second and leaves no database behind.
    @Test func ctrlCStopsTheDemoAndLeavesNothing() throws {
        let target = path("interrupted.sqlite")
        guard let demo = Spawned.start(Harness.binary, ["demo", "--db", target, "--scale", "1", "--today", "2026-11-26"]) else {
            Issue.record("could not start"); return
        }
        #expect(eventually(20) {
            (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.contains { $0.contains(".demo-") } == true
        })
        usleep(200_000)
        demo.kill(SIGINT)
        let status = demo.wait(timeout: 1.5)
        #expect(status == 130, "status \(String(describing: status))")
        if status == nil { demo.kill(SIGKILL); _ = demo.wait(timeout: 5) }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        #expect(!left.contains { $0.contains("interrupted") }, "\(left)")
    }
}
