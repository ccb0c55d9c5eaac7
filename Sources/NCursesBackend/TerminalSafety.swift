import CNCursesW

/// Signal, crash and exit handling that gives the terminal back.
///
/// The C side keeps its state in file-static variables of `shim.h`, which
/// every Swift file importing it gets its own copy of; so every call that
/// touches that state lives in this one file.
enum TerminalSafety {
    /// Before curses starts: remember the tty for crash handlers and install
    /// SIGINT/SIGTERM/SIGHUP flags plus crash handlers.
    static func install(savedStderr: Int32, capturedStderr: Int32) {
        dugnad_save_tty()
        dugnad_set_saved_stderr(savedStderr, capturedStderr)
        dugnad_install_signal_handlers()
        dugnad_install_atexit()
    }

    /// After curses started: precompute the bytes a crash handler writes.
    static func prepareCrashRestore() {
        dugnad_prepare_crash_restore()
    }

    /// After curses ended: the previous handlers come back.
    static func uninstall() {
        dugnad_restore_signal_handlers()
        dugnad_set_saved_stderr(-1, -1)
    }

    /// The termination signal received, 0 if none; stays set once received.
    static var pendingSignal: Int32 { dugnad_pending_signal() }
}
