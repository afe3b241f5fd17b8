/*
 * CTerminalGuard: gives the terminal back when the process dies of a fatal signal.
 *
 * Why C: a handler for SIGSEGV & co. may only call async-signal-safe functions (write, open,
 * tcsetattr, sigaction, raise …) and read memory prepared before it was installed. Swift cannot
 * promise that (any Swift call may allocate or take a lock), so the handler, its state and the
 * buffers it writes are here, set up by `tg_save_terminal` and `tg_prepare` before `tg_arm`.
 *
 * What the handler does, in this order:
 *  1. when a crash folder was given: creates `crash-<UTC time>-<pid>.log` there (O_EXCL, 0600)
 *     and writes what happened and the tail of what stderr had received; then points stdout and
 *     stderr at it (or at /dev/null), so nothing written from now on reaches the screen — not a
 *     frame another thread is painting, not the report of Swift's backtracer;
 *  2. writes the precomputed restore bytes (reset attributes, show the cursor, keypad off, leave
 *     the alternate screen) to its own descriptor of the terminal and restores the termios saved
 *     before curses started;
 *  3. calls the handler that was installed before (Swift's backtracer), if asked to;
 *  4. restores the default action and re-raises, so the process dies of the same signal.
 */
#ifndef CTERMINALGUARD_H
#define CTERMINALGUARD_H

#include <stddef.h>

/* Keeps a descriptor of the terminal `tty_fd` is open on and its current modes (termios). Call
   it before curses changes them. Returns 0 or an errno value. Not while armed (EBUSY). */
int tg_save_terminal(int tty_fd);

/* Sets the bytes that put the screen back (at most 256), the folder for crash reports (NULL or
   empty: no report) and whether to call the handler that was installed before (Swift's
   backtracer; only when it is known not to wait for a key). Returns 0, or an errno value
   (ENAMETOOLONG when something does not fit the handler's preallocated buffers). Not while
   armed (EBUSY). */
int tg_prepare(const char *restore_bytes, size_t restore_count, const char *crash_dir, int chain_previous);

/* Installs the handler for SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE, remembering the
   handlers it replaces. Returns 0 or an errno value. */
int tg_arm(void);

/* Puts the remembered handlers back. Safe to call when not armed. */
void tg_disarm(void);

/* 1 while armed. */
int tg_is_armed(void);

/* Formats the crash file name for `seconds` since 1970 and `pid` into `out` (size `capacity`),
   exactly as the handler does: `crash-20261130T123456Z-4242.log`. Returns its length, or -1 if it
   does not fit. Exposed so tests can check the formatter the handler uses. */
int tg_format_crash_name(long long seconds, long pid, char *out, size_t capacity);

/* Ctrl-C as a request, not a death: from the return of `tg_interrupts_trap` on, SIGINT only
   increments a counter (installed with sigaction, so synchronously: no window in which an early
   ctrl-c is lost or kills the process). `tg_interrupts_seen` reads it; `tg_interrupts_release`
   puts the previous action back. Returns 0, or -1 with errno. */
int tg_interrupts_trap(void);
void tg_interrupts_release(void);
int tg_interrupts_seen(void);

#endif
