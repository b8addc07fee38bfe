// C glue for ncursesw. SwiftPM drops the pkg-config flags that switch on the wide-character
// API, so it is switched on here; macros and variadic functions Swift cannot import are
// wrapped as inline functions; C globals Swift 6 rejects are exposed through getters.
#ifndef CERTDESK_CNCURSESW_SHIM_H
#define CERTDESK_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Glibc's Swift module hides these.
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *certdesk_stdscr(void) { return stdscr; }
static inline int certdesk_lines(void) { return LINES; }
static inline int certdesk_cols(void) { return COLS; }
static inline int certdesk_colors(void) { return COLORS; }
static inline int certdesk_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *certdesk_curscr(void) { return curscr; }
static inline FILE *certdesk_open_dev_null_write(void) { return fopen("/dev/null", "w"); }
static inline FILE *certdesk_open_dev_null_read(void) { return fopen("/dev/null", "r"); }
static inline FILE *certdesk_stdout(void) { return stdout; }
static inline FILE *certdesk_stdin(void) { return stdin; }

static inline int certdesk_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int certdesk_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

static inline attr_t certdesk_a_normal(void) { return A_NORMAL; }
static inline attr_t certdesk_a_bold(void) { return A_BOLD; }
static inline attr_t certdesk_a_dim(void) { return A_DIM; }
static inline attr_t certdesk_a_reverse(void) { return A_REVERSE; }
static inline attr_t certdesk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t certdesk_a_blink(void) { return A_BLINK; }
static inline attr_t certdesk_a_standout(void) { return A_STANDOUT; }
static inline attr_t certdesk_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline int certdesk_key_f(int n) { return KEY_F(n); }
static inline attr_t certdesk_a_color(void) { return A_COLOR; }
static inline short certdesk_pair_number(attr_t a) { return (short)PAIR_NUMBER(a); }

/// Sets a window's current attributes and colour pair from one attr_t that carries both
/// (the pair in the A_COLOR bits, as COLOR_PAIR puts it there).
static inline int certdesk_set_attributes(WINDOW *w, attr_t a) {
    return wattr_set(w, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
}

/// Reads the cell at (y, x) of a window: up to `capacity` wide characters (spacing character
/// then combining ones, NUL-terminated when there is room), its attributes without the colour,
/// and its colour pair. Returns ERR when (y, x) is outside the window.
static inline int certdesk_cell_at(WINDOW *w, int y, int x, wchar_t *text, int capacity,
                                   attr_t *attrs, short *pair) {
    cchar_t cell;
    wchar_t chars[CCHARW_MAX + 1];
    if (mvwin_wch(w, y, x, &cell) == ERR) return ERR;
    memset(chars, 0, sizeof chars);
    if (getcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    *attrs &= ~A_COLOR;
    for (int i = 0; i < capacity; i++) {
        text[i] = i <= CCHARW_MAX ? chars[i] : 0;
        if (text[i] == 0) break;
    }
    return OK;
}

// ---------------------------------------------------------------------------------------------
// Terminal restore on every exit path.
//
// The state lives in weak (not static) globals: every Swift object file that uses these inline
// functions then shares ONE copy. A `static` variable in a header would give each object file
// its own, so a flag set by the handler in one file would never be seen by another.

/// The last of SIGINT/SIGTERM/SIGHUP caught, or 0.
__attribute__((weak)) volatile sig_atomic_t certdesk_caught_signal_number = 0;
/// 1 while a curses screen is open (between newterm and endwin): the atexit hook and the fatal
/// signal handlers restore the terminal only then.
__attribute__((weak)) volatile sig_atomic_t certdesk_screen_is_open = 0;
__attribute__((weak)) int certdesk_atexit_registered = 0;
__attribute__((weak)) int certdesk_fatal_handlers_installed = 0;
__attribute__((weak)) struct sigaction certdesk_previous_fatal_actions[NSIG] = {{{0}}};

static inline void certdesk_set_screen_open(int open) { certdesk_screen_is_open = open ? 1 : 0; }
static inline int certdesk_screen_open(void) { return certdesk_screen_is_open; }
static inline int certdesk_caught_signal(void) { return certdesk_caught_signal_number; }
static inline void certdesk_reset_caught_signal(void) { certdesk_caught_signal_number = 0; }

static inline void certdesk_restore_terminal_if_open(void) {
    if (certdesk_screen_is_open) {
        certdesk_screen_is_open = 0;
        endwin();
    }
}

/// SIGINT/SIGTERM/SIGHUP: the first one only sets the flag, so the console's loop can end and
/// close everything in order. A second one while the first is still pending means the loop is
/// stuck: restore the terminal and leave at once.
static inline void certdesk_on_stop_signal(int sig) {
    if (certdesk_caught_signal_number != 0) {
        certdesk_restore_terminal_if_open();
        _exit(128 + sig);
    }
    certdesk_caught_signal_number = sig;
}

/// Installs certdesk_on_stop_signal for `sig` (no SA_RESTART: a blocked read returns, so the
/// loop sees the flag at once). Returns 0 on success.
static inline int certdesk_install_stop_signal(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = certdesk_on_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(sig, &action, NULL);
}

static inline int certdesk_restore_default_signal(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, NULL);
}

static inline void certdesk_atexit_hook(void) { certdesk_restore_terminal_if_open(); }

/// Registers (once) an atexit hook that calls endwin if a screen is still open, for paths that
/// call exit() without closing the session.
static inline void certdesk_register_atexit(void) {
    if (!certdesk_atexit_registered) {
        certdesk_atexit_registered = 1;
        atexit(certdesk_atexit_hook);
    }
}

/// A crash (trap from a Swift precondition, segfault, abort): restore the terminal so the
/// message and backtrace are readable, then hand the signal to whoever had it before (the
/// Swift backtracer, or the default action). Best effort: endwin is not async-signal-safe,
/// but the process is dying anyway and ncurses' own handlers do the same.
static inline void certdesk_on_fatal_signal(int sig) {
    certdesk_restore_terminal_if_open();
    if (sig > 0 && sig < NSIG) sigaction(sig, &certdesk_previous_fatal_actions[sig], NULL);
    raise(sig);   // blocked until this handler returns, then delivered to the previous handler
}

static inline void certdesk_install_fatal_handlers(void) {
    if (certdesk_fatal_handlers_installed) return;
    certdesk_fatal_handlers_installed = 1;
    const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = certdesk_on_fatal_signal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_ONSTACK;
        sigaction(signals[i], &action, &certdesk_previous_fatal_actions[signals[i]]);
    }
}

#endif
