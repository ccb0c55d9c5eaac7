import Foundation
import Testing

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

    static func temporaryDirectory() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dugnad-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    /// Output goes to files, not pipes: tmux's server inherits the child's
    /// descriptors and would keep a pipe open forever.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dugnad-run-\(UUID().uuidString)")
        let outURL = base.appendingPathExtension("out"), errURL = base.appendingPathExtension("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else {
            return Output(status: -1, stdout: "", stderr: "cannot create output files")
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return Output(status: -1, stdout: "", stderr: "\(error)") }
        process.waitUntilExit()
        try? out.close(); try? err.close()
        let o = (try? Data(contentsOf: outURL)) ?? Data(), e = (try? Data(contentsOf: errURL)) ?? Data()
        return Output(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    static func dugnad(_ arguments: [String], environment: [String: String] = [:]) -> Output {
        run(binary, arguments, environment: environment)
    }

    static func sqlite(_ db: String, _ sql: String) -> String {
        run("/usr/bin/env", ["sqlite3", db, sql]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
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
              "env LANG=\(lang) LC_ALL=\(lang) TERM=xterm-256color \(command); sleep 30"])
    }

    @discardableResult
    func tmux(_ args: [String]) -> Harness.Output {
        Harness.run("/usr/bin/env", ["tmux", "-L", Self.socket, "-f", "/dev/null"] + args)
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

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func kill() { tmux(["kill-session", "-t", name]) }

    deinit { kill() }
}
