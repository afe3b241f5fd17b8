/*
 * CNcursesw: the C shim over ncursesw (the other C is CTerminalGuard's signal handler). Header-only (a SwiftPM systemLibrary target compiles no .c files),
 * so every helper is `static inline`. Only CursesTerminal imports this module.
 *
 * Why each helper exists:
 *  - SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character API (wget_wch, cchar_t,
 *    mvwaddnwstr) is only declared when NCURSES_WIDECHAR is defined here.
 *  - Swift 6 rejects references to mutable C globals (stdscr, LINES, COLS, COLORS, stdin, stdout),
 *    so they are read through functions.
 *  - Function-like macros (A_BOLD, COLOR_PAIR, KEY_F) do not import into Swift.
 */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>
#include <sys/ioctl.h>

/* ---- Globals as functions ---- */
static inline WINDOW *cn_stdscr(void)      { return stdscr; }
static inline int     cn_lines(void)       { return LINES; }
static inline int     cn_cols(void)        { return COLS; }
static inline int     cn_colors(void)      { return COLORS; }
static inline int     cn_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE   *cn_stdin(void)       { return stdin; }
static inline FILE   *cn_stdout(void)      { return stdout; }

/* ---- Attribute macros as functions ---- */
static inline attr_t cn_a_normal(void)    { return A_NORMAL; }
static inline attr_t cn_a_bold(void)      { return A_BOLD; }
static inline attr_t cn_a_dim(void)       { return A_DIM; }
static inline attr_t cn_a_reverse(void)   { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
#ifdef A_ITALIC
static inline attr_t cn_a_italic(void)    { return A_ITALIC; }
#else
static inline attr_t cn_a_italic(void)    { return A_NORMAL; }
#endif
static inline int cn_color_pair(int n)    { return (int)COLOR_PAIR(n); }

/* ---- Key code macros as functions ---- */
static inline int cn_key_f(int n)         { return KEY_F(n); }

/* ---- Terminfo ---- */

/* A string capability of the current terminal (e.g. "rmcup"), or NULL when it has none; tigetstr
   itself answers (char *)-1 for a name that is not a string capability. */
static inline const char *cn_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/* ---- Locale ---- */

/* Applies the user's locale; must run before newterm/initscr or ncursesw garbles UTF-8. */
static inline int cn_setlocale_from_env(void) { return setlocale(LC_ALL, "") != NULL; }

/* True when the character encoding of the current locale is UTF-8. */
static inline int cn_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* Switches only the character type to a UTF-8 locale (used when the environment names none). */
static inline int cn_set_ctype(const char *name) { return setlocale(LC_CTYPE, name) != NULL; }

/* glibc declares wcwidth only under _XOPEN_SOURCE (stripped by SwiftPM). */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* ---- Size ---- */

/* The terminal's size from the kernel (TIOCGWINSZ); 0 on success. ioctl is variadic in C, so
   Swift cannot call it directly. */
static inline int cn_terminal_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* Marks the physical screen as unknown so the next doupdate redraws it all (after a resize the
   terminal may have reflowed what it showed). */
static inline void cn_invalidate_screen(void) { clearok(curscr, TRUE); }

/* ---- Drawing ---- */

/* Sets the window's attributes and (possibly extended, > 32767) colour pair. */
static inline int cn_wattr_set(WINDOW *win, attr_t attrs, int pair) {
    return wattr_set(win, attrs, (NCURSES_PAIRS_T)(pair > 32767 ? 0 : pair), &pair);
}

/*
 * Writes one grapheme cluster into a single cell at (y, x). setcchar() would stop at the second
 * spacing character (so an emoji ZWJ sequence such as U+1F469 U+200D U+1F4BB would lose its tail
 * and ncurses would give it 4 columns); instead the cell takes the first character's width and
 * carries the whole cluster (up to CCHARW_MAX code points), which ncurses emits verbatim. Terminals
 * that join the sequence show it in the 2 columns ncurses reserved.
 */
static inline int cn_put_cluster(WINDOW *win, int y, int x, const wchar_t *chars, int count,
                                 attr_t attrs, int pair) {
    cchar_t cell;
    wchar_t first[2];
    int i;
    if (count <= 0) return ERR;
    first[0] = chars[0];
    first[1] = L'\0';
    memset(&cell, 0, sizeof cell);
    if (setcchar(&cell, first, attrs, (NCURSES_PAIRS_T)(pair > 32767 ? 0 : pair), &pair) == ERR) return ERR;
    if (count > CCHARW_MAX) count = CCHARW_MAX;
    for (i = 1; i < count; ++i) cell.chars[i] = chars[i];
    for (; i < CCHARW_MAX; ++i) cell.chars[i] = L'\0';
    return mvwadd_wch(win, y, x, &cell);
}

#endif
