import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `dugnad` binary: directly for the command line, and inside
/// tmux (its own server socket) for the full-screen application, reading the
/// screen back as text the way a person would see it.
enum Harness {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `swift test` built next to the tests (or $DUGNAD_BIN).
    static var binary: String {
        if let env = ProcessInfo.processInfo.environment["DUGNAD_BIN"] { return env }
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("dugnad").path,
                          packageRoot.appendingPathComponent(".build/debug/dugnad").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    /// A program on the PATH (tmux, sqlite3), as a full path for posix_spawn.
    static func tool(_ name: String) -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
            return "\(dir)/\(name)"
        }
        return "/usr/bin/\(name)"
    }

    static func temporaryDirectory() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dugnad-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    /// Runs a program to completion with posix_spawn and waitpid. Output goes
    /// to files, not pipes (tmux's server inherits the child's descriptors and
    /// would hold a pipe open), and no run loop is involved: Foundation's
    /// Process was seen to hang in waitUntilExit under the test runner.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) -> Output {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let base = FileManager.default.temporaryDirectory.path + "/dugnad-run-\(UUID().uuidString)"
        let outPath = base + ".out", errPath = base + ".err"
        defer { unlink(outPath); unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        // The test runner's worker threads block signals, and a spawned child
        // inherits the mask: tmux and dugnad would never see SIGWINCH. Start
        // children with an empty mask and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { return Output(status: -1, stdout: "", stderr: "spawn failed: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let o = FileManager.default.contents(atPath: outPath) ?? Data()
        let e = FileManager.default.contents(atPath: errPath) ?? Data()
        return Output(status: exitCode, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func dugnad(_ arguments: [String], environment: [String: String] = [:]) -> Output {
        run(binary, arguments, environment: environment)
    }

    static func sqlite(_ db: String, _ sql: String) -> String {
        run(tool("sqlite3"), [db, sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A demo database at a small scale, fixed date, made by the binary itself.
    static func demoDatabase(in dir: URL) -> String {
        let path = dir.appendingPathComponent("demo.sqlite").path
        let result = dugnad(["demo", "--db", path, "--scale", "0.05", "--seed", "7", "--today", "2026-11-26"])
        #expect(result.status == 0, "demo failed: \(result.stderr)")
        return path
    }
}

/// One tmux session running dugnad.
final class TmuxSession {
    let name: String
    static let socket = "dugnad-e2e-\(getpid())"

    init(arguments: [String], width: Int = 120, height: Int = 40, lang: String = "nb_NO.UTF-8") {
        name = "s\(UUID().uuidString.prefix(8))"
        let command = ([Harness.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
              "env LANG=\(lang) LC_ALL=\(lang) TERM=xterm-256color \(command); echo \"\(Self.exitMarker)$?]\"; sleep 30"])
    }

    @discardableResult
    func tmux(_ args: [String]) -> Harness.Output {
        Harness.run(Harness.tool("tmux"), ["-L", Self.socket, "-f", "/dev/null"] + args)
    }

    func send(_ keys: String...) { tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) { tmux(["send-keys", "-t", name, "-l", text]) }

    var screen: String { tmux(["capture-pane", "-p", "-t", name]).stdout }

    /// Waits until the screen shows `text`; returns whether it did in time.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    /// Waits until the last non-empty line of the screen (the message line) shows `text`.
    @discardableResult
    func waitForMessage(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let lines = screen.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if lines.last?.contains(text) == true { return true }
            usleep(50_000)
        }
        return false
    }

    /// Printed by the shell once dugnad has ended, with its exit status.
    static let exitMarker = "[dugnad exited "

    /// Waits until dugnad has ended (its files are closed and its last write done).
    @discardableResult
    func waitForExit(timeout: Double = 10) -> Bool { waitFor(Self.exitMarker, timeout: timeout) }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func kill() { tmux(["kill-session", "-t", name]) }

    deinit { kill() }
}
