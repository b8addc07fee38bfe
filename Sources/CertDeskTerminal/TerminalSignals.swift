import CNcursesw
import Glibc

/// Leaving the terminal as it was on every exit path.
///
/// - SIGINT, SIGTERM, SIGHUP only set a flag (C-side `volatile sig_atomic_t`, see shim.h) that
///   `TerminalSession.interrupted` reads: the console's loop ends and calls `close()`, so the
///   database is closed in order too. A second such signal while the first is still pending
///   means the loop is stuck: the handler restores the terminal and exits at once (128 + signal).
/// - An `atexit` hook calls `endwin()` if a screen is still open, for a fatal path that calls
///   `exit()` without closing the session.
/// - A crash (SIGSEGV, SIGBUS, SIGILL and SIGTRAP from a Swift precondition, SIGFPE, SIGABRT)
///   restores the terminal first, then goes to whoever had the signal before (Swift's backtracer
///   or the default action), so the crash message is readable.
///
/// Every C call touching that state is made from this file only; the C state is in weak globals
/// besides, so all object files share one copy.
public enum TerminalSignals {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers. Call once at start-up, before or after opening the session
    /// (ncurses only installs its own SIGINT/SIGTERM handlers where the action is still the
    /// default; installing ours afterwards replaces them). SIGTSTP and SIGWINCH stay with
    /// ncurses (suspend and `KEY_RESIZE`).
    public static func install() {
        for signal in stopSignals { _ = certdesk_install_stop_signal(signal) }
        certdesk_register_atexit()
        certdesk_install_fatal_handlers()
    }

    /// Gives SIGINT, SIGTERM and SIGHUP back their default action (tests; a child process).
    public static func uninstall() {
        for signal in stopSignals { _ = certdesk_restore_default_signal(signal) }
    }

    /// The stop signal caught since install (or the last `reset()`), if any.
    public static var caughtSignal: Int32? {
        let signal = certdesk_caught_signal()
        return signal == 0 ? nil : signal
    }

    /// Forgets a caught signal (tests; a console that asked "quit?" and got "no").
    public static func reset() { certdesk_reset_caught_signal() }

    /// Whether a screen is open, as the exit hooks see it.
    static var screenIsOpen: Bool { certdesk_screen_open() != 0 }

    static func screenOpened() {
        certdesk_register_atexit()
        certdesk_set_screen_open(1)
    }

    static func screenClosed() { certdesk_set_screen_open(0) }
}
