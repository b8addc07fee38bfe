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
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Glibc's Swift module hides these.
int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *certdesk_stdscr(void) { return stdscr; }
static inline int certdesk_lines(void) { return LINES; }
static inline int certdesk_cols(void) { return COLS; }
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

#endif
