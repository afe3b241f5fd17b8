import Glibc

/// A self-pipe that wakes the terminal thread out of `poll()`: `present`, `copyToClipboard` and
/// `shutdown` write one byte; the thread drains it. Both ends are non-blocking, so a full pipe
/// (a wake already pending) never blocks a caller.
final class WakePipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws(CursesTerminalError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw .system(call: "pipe", errno: errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    /// Wakes the thread. Async-signal-safe (only `write`).
    func poke() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe after a wake.
    func drain() {
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &scratch, scratch.count) > 0 {}
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }
}
