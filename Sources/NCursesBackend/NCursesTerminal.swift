import CNCursesW
import Glibc
import TerminalKit

/// The real terminal, through ncursesw. The only code that calls curses;
/// use it from one thread (the loop's).
public final class NCursesTerminal: Backend {
    public let colorCapability: ColorCapability
    /// The theme given at start, mapped to what this terminal can show.
    /// (Without colours the app may prefer `Theme.mono`.)
    public let theme: Theme
    private var pairs: ColorPairs
    private var active = false
    private let stderrRedirect: StderrRedirect
    private let window: UnsafeMutablePointer<WINDOW>
    private var keys: KeyReader
    /// Reused for every cell: a grapheme's scalars plus the terminating 0.
    private var wideChars = [wchar_t](repeating: 0, count: 8)
    private let maxScalars = 5  // CCHARW_MAX

    public init(theme: Theme) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw NCursesError.notATerminal
        }
        Self.selectUTF8Locale()
        // Measure text as ncurses places it: by this C library's wcwidth
        // (of the locale just chosen), not by Swift's newer Unicode tables.
        ScalarWidth.current = ScalarWidth { Int(dugnad_wcwidth($0.value)) }
        Self.unblockTerminalSignals()
        stderrRedirect = StderrRedirect()
        TerminalSafety.install(savedStderr: stderrRedirect.savedFD, capturedStderr: stderrRedirect.capturedFD)
        guard dugnad_newterm() != nil, let screen = dugnad_stdscr() else {
            TerminalSafety.uninstall()
            stderrRedirect.restore()
            throw NCursesError.cannotInitialise(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        window = screen
        active = true
        TerminalSafety.prepareCrashRestore()
        cbreak()
        noecho()
        nonl()
        Self.disableFlowControl()
        intrflush(window, false)
        keypad(window, true)
        leaveok(window, true)  // the cursor is hidden: don't spend bytes moving it
        set_escdelay(25)
        curs_set(0)
        keys = KeyReader(window: screen)

        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        var capability = ColorCapability.none
        var hasDefaultColors = false
        if !noColor, has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            capability = Self.capability(colors: dugnad_colors())
        }
        colorCapability = capability
        pairs = ColorPairs(capability: capability, hasDefaultColors: hasDefaultColors)
        self.theme = theme.degraded(to: capability)
    }

    /// A parent may start us with signals blocked (they are inherited): then
    /// resizing would never reach ncurses and SIGTERM would be ignored.
    static func unblockTerminalSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGWINCH, SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Ctrl-S and Ctrl-Q are XON/XOFF flow control in a cooked tty: Ctrl-S
    /// would freeze the screen instead of saving the form. Turn it off for
    /// the program mode only; endwin restores the shell's own settings.
    static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON | IXOFF)
        if tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 { def_prog_mode() }
    }

    /// Wide characters need a UTF-8 character type. Over SSH the client's
    /// LANG (say nb_NO.UTF-8) is often not installed on the server, and
    /// setlocale then leaves "C" — ncurses would drop æøå. Fall back to a
    /// UTF-8 locale that exists; messages keep their language from the
    /// environment, which the app reads itself.
    static func selectUTF8Locale() {
        setlocale(LC_ALL, "")
        if isUTF8 { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "nb_NO.UTF-8"] {
            if setlocale(LC_CTYPE, candidate) != nil, isUTF8 { return }
        }
    }

    private static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    static func capability(colors: Int32) -> ColorCapability {
        if colors >= 256 {
            let colorterm = getenv("COLORTERM").map { String(cString: $0) } ?? ""
            return colorterm == "truecolor" || colorterm == "24bit" ? .truecolor : .indexed256
        }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .none
    }

    /// End curses, restore signal handlers and stderr. Idempotent.
    public func shutdown() {
        guard active else { return }
        active = false
        endwin()
        TerminalSafety.uninstall()
        stderrRedirect.restore()
    }

    deinit { shutdown() }

    public var terminationRequested: Bool { TerminalSafety.pendingSignal != 0 }

    public func size() -> Size {
        Size(width: Int(dugnad_getmaxx(window)), height: Int(dugnad_getmaxy(window)))
    }

    public func apply(_ runs: [BufferDiff.Run]) {
        guard active else { return }
        for run in runs {
            var x = run.x
            for cell in run.cells {
                defer { x += 1 }
                if cell.width == 0 { continue }  // the terminal fills a wide glyph's second half
                draw(cell, x: x, y: run.y)
            }
        }
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let (attrs, pair) = pairs.resolve(cell.style)
        var n = 0
        for scalar in cell.scalars where n < maxScalars {
            // A control (NUL above all, which would end the string) never
            // reaches the terminal, even from a cell made by hand.
            let value = scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) ? 0xFFFD : scalar.value
            wideChars[n] = wchar_t(bitPattern: value)
            n += 1
        }
        wideChars[n] = 0
        _ = wideChars.withUnsafeBufferPointer { chars in
            dugnad_put_cell(window, Int32(y), Int32(x), chars.baseAddress, attrs, pair)
        }
    }

    public func present() {
        guard active else { return }
        wnoutrefresh(window)
        doupdate()
    }

    public func forceFullRedraw() {
        guard active else { return }
        clearok(dugnad_curscr(), true)
    }

    public func readKey(timeoutMs: Int) -> Key? {
        guard active else { return nil }
        let key = keys.readKey(timeoutMs: timeoutMs)
        return terminationRequested ? nil : key
    }
}
