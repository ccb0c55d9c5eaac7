#ifndef DUGNAD_CNCURSESW_SHIM_H
#define DUGNAD_CNCURSESW_SHIM_H
/* Wide-character curses: these must come before the include. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift 6 rejects C mutable globals and can't import function-like macros,
   so the few we need are exposed through static inline functions. */
static inline WINDOW *dugnad_stdscr(void) { return stdscr; }
static inline WINDOW *dugnad_curscr(void) { return curscr; }
static inline int dugnad_lines(void) { return LINES; }
static inline int dugnad_cols(void) { return COLS; }
static inline int dugnad_colors(void) { return COLORS; }
static inline int dugnad_color_pairs(void) { return COLOR_PAIRS; }
static inline int dugnad_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int dugnad_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int dugnad_key_f0(void) { return KEY_F0; }

static inline attr_t dugnad_a_normal(void) { return A_NORMAL; }
static inline attr_t dugnad_a_bold(void) { return A_BOLD; }
static inline attr_t dugnad_a_dim(void) { return A_DIM; }
static inline attr_t dugnad_a_italic(void) { return A_ITALIC; }
static inline attr_t dugnad_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dugnad_a_reverse(void) { return A_REVERSE; }

/* wcwidth is declared only under _XOPEN_SOURCE; ncurses measures cells
   with it, and so must the app. */
extern int wcwidth(wchar_t);
static inline int dugnad_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* A terminfo string capability, or NULL when the entry lacks it or it is
   not a string (tigetstr's (char *)-1, which Swift cannot compare). */
static inline const char *dugnad_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

/* newterm instead of initscr: initscr exits the process on failure,
   newterm returns NULL so we can report the error ourselves. */
static inline SCREEN *dugnad_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Draw one grapheme (up to CCHARW_MAX scalars, 0-terminated) at (y, x).
   The colour pair goes through setcchar's `opts` extension so pair numbers
   above 255 (and 32767) survive; COLOR_PAIR() would keep only 8 bits. */
static inline int dugnad_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cc;
    int p = pair;
    if (setcchar(&cc, wch, attrs, (short)(pair <= 32767 ? pair : 0), &p) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}

/* ---- Terminal safety -----------------------------------------------------
   All state below is file-static and therefore per object file: call these
   functions from ONE Swift file only (NCursesBackend/TerminalSafety.swift). */

static volatile sig_atomic_t dugnad_signal_received = 0;

#define DUGNAD_SIGNAL_COUNT 9
static const int dugnad_signals[DUGNAD_SIGNAL_COUNT] = {
    SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };

/* One initialised struct: Swift's clang importer emits header statics only
   when they have an initialiser (tentative definitions stay undefined at
   link time). */
struct dugnad_safety_state {
    struct termios termios;
    int termios_saved;
    char restore_sequence[256];
    size_t restore_length;
    int saved_stderr;
    int captured_stderr;
    struct sigaction old_actions[DUGNAD_SIGNAL_COUNT];
    int handlers_installed;
};
static struct dugnad_safety_state dugnad_state = { .termios_saved = 0, .saved_stderr = -1, .captured_stderr = -1 };

/* SIGINT/SIGTERM/SIGHUP: only remember the signal; the loop sees it after
   wget_wch returns (the signal interrupts it: no SA_RESTART) and quits. */
static void dugnad_on_termination_signal(int sig) { dugnad_signal_received = sig; }

/* Crash signals: curses can't be called here, so give the terminal back with
   async-signal-safe calls only (tcsetattr, write, dup2), then hand the signal
   to whoever had it before (e.g. Swift's backtracer), which now prints to the
   real stderr. */
static void dugnad_on_crash_signal(int sig) {
    if (dugnad_state.termios_saved) tcsetattr(STDIN_FILENO, TCSANOW, &dugnad_state.termios);
    if (dugnad_state.restore_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, dugnad_state.restore_sequence, dugnad_state.restore_length);
        (void)ignored;
    }
    if (dugnad_state.saved_stderr >= 0) {
        /* Show what was written to stderr while curses ran (e.g. Swift's
           "Fatal error: ..." message), then point stderr back. */
        if (dugnad_state.captured_stderr >= 0 && lseek(dugnad_state.captured_stderr, 0, SEEK_SET) == 0) {
            char buffer[512];
            ssize_t n;
            while ((n = read(dugnad_state.captured_stderr, buffer, sizeof buffer)) > 0) {
                ssize_t ignored = write(dugnad_state.saved_stderr, buffer, (size_t)n);
                (void)ignored;
            }
        }
        dup2(dugnad_state.saved_stderr, STDERR_FILENO);
    }
    for (int i = 0; i < DUGNAD_SIGNAL_COUNT; i++) {
        if (dugnad_signals[i] == sig) sigaction(sig, &dugnad_state.old_actions[i], NULL);
    }
    raise(sig);
}

static inline void dugnad_install_signal_handlers(void) {
    if (dugnad_state.handlers_installed) return;
    for (int i = 0; i < DUGNAD_SIGNAL_COUNT; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sigemptyset(&sa.sa_mask);
        sa.sa_handler = i < 3 ? dugnad_on_termination_signal : dugnad_on_crash_signal;
        sigaction(dugnad_signals[i], &sa, &dugnad_state.old_actions[i]);
    }
    dugnad_state.handlers_installed = 1;
}

static inline void dugnad_restore_signal_handlers(void) {
    if (!dugnad_state.handlers_installed) return;
    for (int i = 0; i < DUGNAD_SIGNAL_COUNT; i++) sigaction(dugnad_signals[i], &dugnad_state.old_actions[i], NULL);
    dugnad_state.handlers_installed = 0;
}

/* Remember the real stderr (a dup of fd 2) and the file that collects
   stderr while curses runs, for the crash handler. */
static inline void dugnad_set_saved_stderr(int saved, int captured) {
    dugnad_state.saved_stderr = saved;
    dugnad_state.captured_stderr = captured;
}

static inline int dugnad_take_signal(void) {
    int s = dugnad_signal_received;
    dugnad_signal_received = 0;
    return s;
}

static inline int dugnad_pending_signal(void) { return dugnad_signal_received; }

/* Before initscr: the tty state to return to from a crash handler. */
static inline void dugnad_save_tty(void) {
    if (tcgetattr(STDIN_FILENO, &dugnad_state.termios) == 0) dugnad_state.termios_saved = 1;
}

static inline void dugnad_append_cap(const char *name) {
    const char *s = tigetstr(name);
    if (s == NULL || s == (char *)-1) return;
    size_t n = strlen(s);
    if (dugnad_state.restore_length + n >= sizeof dugnad_state.restore_sequence) return;
    memcpy(dugnad_state.restore_sequence + dugnad_state.restore_length, s, n);
    dugnad_state.restore_length += n;
}

/* After initscr: the bytes that leave the alternate screen, reset the
   attributes and show the cursor, precomputed for the crash handler. */
static inline void dugnad_prepare_crash_restore(void) {
    dugnad_state.restore_length = 0;
    dugnad_append_cap("sgr0");
    dugnad_append_cap("rmcup");
    dugnad_append_cap("cnorm");
}

static void dugnad_atexit_restore(void) {
    if (!isendwin()) endwin();
}

/* exit() without shutdown() (e.g. a fatal error path that calls exit) still
   gives the terminal back. */
static inline void dugnad_install_atexit(void) {
    static int installed = 0;
    if (!installed) { installed = 1; atexit(dugnad_atexit_restore); }
}
#endif
