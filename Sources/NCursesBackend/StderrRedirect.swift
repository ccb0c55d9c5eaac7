import Glibc

/// Keeps stderr off the curses screen (htop's redirectStderr): while curses
/// runs, fd 2 points at a temporary file; on restore the collected output is
/// replayed to the real stderr, so warnings are seen after the screen closes.
final class StderrRedirect {
    /// A duplicate of the original stderr, -1 when not redirected.
    private(set) var savedFD: Int32 = -1
    private var file: UnsafeMutablePointer<FILE>?
    /// The descriptor of the file collecting stderr, -1 when not redirected.
    var capturedFD: Int32 { file.map { fileno($0) } ?? -1 }

    init() {
        guard let tmp = tmpfile() else { return }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0 else { fclose(tmp); return }
        guard dup2(fileno(tmp), STDERR_FILENO) >= 0 else {
            close(saved)
            fclose(tmp)
            return
        }
        savedFD = saved
        file = tmp
    }

    /// Point fd 2 back at the terminal and replay what was written. Idempotent.
    func restore() {
        guard savedFD >= 0, let file else { return }
        dup2(savedFD, STDERR_FILENO)
        close(savedFD)
        savedFD = -1
        rewind(file)
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 4096, file) }
            if n <= 0 { break }
            _ = chunk.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, n) }
        }
        fclose(file)
        self.file = nil
    }

    deinit { restore() }
}
