/*
 * See CTerminalGuard.h. Every function the handler calls is on POSIX's list of async-signal-safe
 * functions (write, open, close, read, lseek, fchmod, dup2, tcsetattr, sigaction, sigprocmask,
 * raise, getpid, clock_gettime); the rest is arithmetic on memory set up by tg_prepare.
 */
#include "CTerminalGuard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define TG_SIGNAL_COUNT 6
#define TG_RESTORE_MAX 256
#define TG_DIR_MAX 3072
#define TG_PATH_MAX 4096
#define TG_TAIL_MAX 4096

static const int tg_signals[TG_SIGNAL_COUNT] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };

/* Written by tg_prepare before tg_arm installs the handler, read-only afterwards. */
static int tg_tty_fd = -1;
static int tg_have_termios = 0;
static struct termios tg_termios;
static char tg_restore[TG_RESTORE_MAX];
static size_t tg_restore_count = 0;
static char tg_dir[TG_DIR_MAX];
static int tg_have_dir = 0;
static int tg_chain = 0;
static struct sigaction tg_previous[TG_SIGNAL_COUNT];
static volatile sig_atomic_t tg_armed = 0;

/* Taken (atomically: lock-free atomics are signal-safe) by the first thread to enter the handler;
   any later fatal signal (another thread, or a fault inside the handler) goes straight to the
   default action. */
static int tg_entered = 0;

/* The handler's scratch buffers: static, so the handler needs no stack for them (it may be
   running on a small alternate signal stack). Only the thread that won `tg_entered` uses them. */
static char tg_path[TG_PATH_MAX];
static char tg_line[512];
static char tg_tail[TG_TAIL_MAX];

static void tg_write_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t n = write(fd, bytes, count);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += n;
        count -= (size_t)n;
    }
}

/* Appends `text` at `*at` in `buffer` of `capacity`; returns 0, or -1 when it does not fit. */
static int tg_append(char *buffer, size_t capacity, size_t *at, const char *text) {
    size_t n = strlen(text);
    if (*at + n >= capacity) return -1;
    memcpy(buffer + *at, text, n);
    *at += n;
    buffer[*at] = '\0';
    return 0;
}

/* Appends `value` in decimal, zero-padded to `width` digits. */
static int tg_append_number(char *buffer, size_t capacity, size_t *at, long long value, int width) {
    char digits[24];
    int count = 0;
    unsigned long long v;
    if (value < 0) {
        if (tg_append(buffer, capacity, at, "-") != 0) return -1;
        v = (unsigned long long)(-(value + 1)) + 1;
    } else {
        v = (unsigned long long)value;
    }
    do {
        digits[count++] = (char)('0' + (int)(v % 10));
        v /= 10;
    } while (v > 0 && count < (int)sizeof digits);
    while (count < width && count < (int)sizeof digits) digits[count++] = '0';
    if (*at + (size_t)count >= capacity) return -1;
    while (count > 0) buffer[(*at)++] = digits[--count];
    buffer[*at] = '\0';
    return 0;
}

/* Civil date from days since 1970-01-01 (Howard Hinnant's algorithm; gmtime is not signal-safe). */
static void tg_civil(long long days, long long *year, int *month, int *day) {
    long long z = days + 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    *day = (int)(doy - (153 * mp + 2) / 5 + 1);
    *month = (int)(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

/* `20261130T123456Z`, or with `separators` `2026-11-30T12:34:56Z`. */
static int tg_append_time(char *buffer, size_t capacity, size_t *at, long long seconds, int separators) {
    long long days = seconds / 86400, rest = seconds % 86400, year;
    int month, day;
    const char *dash = separators ? "-" : "", *colon = separators ? ":" : "";
    if (rest < 0) { rest += 86400; days -= 1; }
    tg_civil(days, &year, &month, &day);
    return tg_append_number(buffer, capacity, at, year, 4) | tg_append(buffer, capacity, at, dash)
        | tg_append_number(buffer, capacity, at, month, 2) | tg_append(buffer, capacity, at, dash)
        | tg_append_number(buffer, capacity, at, day, 2) | tg_append(buffer, capacity, at, "T")
        | tg_append_number(buffer, capacity, at, rest / 3600, 2) | tg_append(buffer, capacity, at, colon)
        | tg_append_number(buffer, capacity, at, rest % 3600 / 60, 2) | tg_append(buffer, capacity, at, colon)
        | tg_append_number(buffer, capacity, at, rest % 60, 2) | tg_append(buffer, capacity, at, "Z");
}

int tg_format_crash_name(long long seconds, long pid, char *out, size_t capacity) {
    size_t at = 0;
    if (capacity == 0) return -1;
    out[0] = '\0';
    if (tg_append(out, capacity, &at, "crash-") != 0 || tg_append_time(out, capacity, &at, seconds, 0) != 0
        || tg_append(out, capacity, &at, "-") != 0 || tg_append_number(out, capacity, &at, pid, 1) != 0
        || tg_append(out, capacity, &at, ".log") != 0) return -1;
    return (int)at;
}

static const char *tg_signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV (segmentation fault)";
    case SIGBUS: return "SIGBUS (bus error)";
    case SIGILL: return "SIGILL (illegal instruction; a Swift runtime trap)";
    case SIGTRAP: return "SIGTRAP (trace trap; a Swift runtime trap)";
    case SIGABRT: return "SIGABRT (abort)";
    case SIGFPE: return "SIGFPE (arithmetic exception)";
    default: return "a fatal signal";
    }
}

static int tg_index(int sig) {
    for (int i = 0; i < TG_SIGNAL_COUNT; ++i) if (tg_signals[i] == sig) return i;
    return -1;
}

static void tg_default_and_raise(int sig, siginfo_t *info) {
    struct sigaction dfl;
    sigset_t unblock;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    /* A fault raised by the CPU (si_code > 0) happens again when the handler returns, now with
       the default action, so the core dump shows the faulting instruction. A signal sent by
       kill/raise/abort would not come back: send it again, unblocked. */
    if (info == NULL || info->si_code <= 0) {
        sigemptyset(&unblock);
        sigaddset(&unblock, sig);
        sigprocmask(SIG_UNBLOCK, &unblock, NULL);
        raise(sig);
    }
}

/* Copies the last TG_TAIL_MAX bytes of what fd 2 holds (the TUI points stderr at a log file; the
   Swift runtime's "Fatal error: …" line lands there just before the trap) into `out`. */
static void tg_copy_stderr_tail(int out) {
    struct stat info;
    off_t end;
    int in;
    if (fstat(STDERR_FILENO, &info) != 0 || !S_ISREG(info.st_mode)) return;
    in = open("/proc/self/fd/2", O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (in < 0) return;
    end = lseek(in, 0, SEEK_END);
    if (end > 0) {
        off_t start = end > TG_TAIL_MAX ? end - TG_TAIL_MAX : 0;
        if (lseek(in, start, SEEK_SET) == start) {
            ssize_t n = read(in, tg_tail, sizeof tg_tail);
            if (n > 0) {
                tg_write_all(out, "Last lines written to stderr (tui.log):\n", 40);
                tg_write_all(out, tg_tail, (size_t)n);
                if (tg_tail[n - 1] != '\n') tg_write_all(out, "\n", 1);
                tg_write_all(out, "\n", 1);
            }
        }
    }
    close(in);
}

static void tg_write_report_header(int fd, int sig, long long seconds) {
    size_t at = 0;
    tg_line[0] = '\0';
    tg_append(tg_line, sizeof tg_line, &at, "liza crashed: ");
    tg_append(tg_line, sizeof tg_line, &at, tg_signal_name(sig));
    tg_append(tg_line, sizeof tg_line, &at, ", pid ");
    tg_append_number(tg_line, sizeof tg_line, &at, (long long)getpid(), 1);
    tg_append(tg_line, sizeof tg_line, &at, ", at ");
    tg_append_time(tg_line, sizeof tg_line, &at, seconds, 1);
    tg_append(tg_line, sizeof tg_line, &at, ".\nThe terminal was restored. A backtrace from the Swift runtime follows when it is available.\n\n");
    tg_write_all(fd, tg_line, at);
}

/* Opens a new crash report in the crash folder (else /dev/null) and points stdout and stderr at
   it: from here on nothing anyone writes to them reaches the screen — not a frame the terminal
   thread is still painting, not the Swift backtracer's report. */
static void tg_redirect_output(int sig) {
    struct timespec now;
    size_t at = 0;
    int fd = -1;
    if (tg_have_dir) {
        if (clock_gettime(CLOCK_REALTIME, &now) != 0) now.tv_sec = 0;
        tg_path[0] = '\0';
        if (tg_append(tg_path, sizeof tg_path, &at, tg_dir) == 0 && tg_append(tg_path, sizeof tg_path, &at, "/") == 0
            && tg_format_crash_name((long long)now.tv_sec, (long)getpid(), tg_path + at, sizeof tg_path - at) >= 0) {
            fd = open(tg_path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY, 0600);
        }
        if (fd >= 0) {
            fchmod(fd, 0600);
            tg_write_report_header(fd, sig, (long long)now.tv_sec);
            tg_copy_stderr_tail(fd);
        }
    }
    if (fd < 0) fd = open("/dev/null", O_WRONLY | O_NOCTTY);
    if (fd < 0) return;
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDERR_FILENO);
    if (fd != STDOUT_FILENO && fd != STDERR_FILENO) close(fd);
}

static void tg_handler(int sig, siginfo_t *info, void *context) {
    int saved_errno = errno;
    int index = tg_index(sig);
    if (index < 0 || __atomic_exchange_n(&tg_entered, 1, __ATOMIC_SEQ_CST) != 0) {
        tg_default_and_raise(sig, info);
        errno = saved_errno;
        return;
    }

    tg_redirect_output(sig);
    if (tg_tty_fd >= 0) {
        if (tg_restore_count > 0) tg_write_all(tg_tty_fd, tg_restore, tg_restore_count);
        if (tg_have_termios) tcsetattr(tg_tty_fd, TCSANOW, &tg_termios);
    }

    /* The handler that was there before (Swift's backtracer, installed at process start). It
       resets the handlers itself and returns; SIG_DFL / SIG_IGN mean there was none. */
    const struct sigaction *previous = &tg_previous[index];
    if (!tg_chain) {
        /* Not asked to: the backtracer may be set to wait for a key on the terminal. */
    } else if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction != NULL) previous->sa_sigaction(sig, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
        previous->sa_handler(sig);
    }

    tg_default_and_raise(sig, info);
    errno = saved_errno;
}

int tg_save_terminal(int tty_fd) {
    if (tg_armed) return EBUSY;
    /* A descriptor of our own: the handler points fd 1 and 2 elsewhere before it writes here. */
    if (tg_tty_fd >= 0) close(tg_tty_fd);
    tg_have_termios = 0;
    tg_tty_fd = fcntl(tty_fd, F_DUPFD_CLOEXEC, 3);
    if (tg_tty_fd < 0) return errno;
    tg_have_termios = tcgetattr(tg_tty_fd, &tg_termios) == 0;
    return 0;
}

int tg_prepare(const char *restore_bytes, size_t restore_count, const char *crash_dir, int chain_previous) {
    if (tg_armed) return EBUSY;
    if (restore_count > sizeof tg_restore) return ENAMETOOLONG;
    if (crash_dir != NULL && strlen(crash_dir) >= sizeof tg_dir) return ENAMETOOLONG;
    if (restore_count > 0) memcpy(tg_restore, restore_bytes, restore_count);
    tg_restore_count = restore_count;
    tg_chain = chain_previous != 0;
    if (crash_dir != NULL && crash_dir[0] != '\0') {
        strcpy(tg_dir, crash_dir);
        tg_have_dir = 1;
    } else {
        tg_dir[0] = '\0';
        tg_have_dir = 0;
    }
    return 0;
}

int tg_arm(void) {
    struct sigaction action;
    if (tg_armed) return 0;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = tg_handler;
    /* SA_ONSTACK: a stack overflow can still be handled on the alternate stack the Swift runtime
       set up. SA_NODEFER with every other signal blocked, as Swift's handler does, so a fault in
       the handler reaches it again and goes to the default action. */
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigfillset(&action.sa_mask);
    for (int i = 0; i < TG_SIGNAL_COUNT; ++i) sigdelset(&action.sa_mask, tg_signals[i]);
    for (int i = 0; i < TG_SIGNAL_COUNT; ++i) {
        if (sigaction(tg_signals[i], &action, &tg_previous[i]) != 0) {
            int error = errno;
            for (int j = 0; j < i; ++j) sigaction(tg_signals[j], &tg_previous[j], NULL);
            return error;
        }
    }
    tg_armed = 1;
    return 0;
}

void tg_disarm(void) {
    if (!tg_armed) return;
    for (int i = 0; i < TG_SIGNAL_COUNT; ++i) sigaction(tg_signals[i], &tg_previous[i], NULL);
    tg_armed = 0;
}

int tg_is_armed(void) { return tg_armed; }
