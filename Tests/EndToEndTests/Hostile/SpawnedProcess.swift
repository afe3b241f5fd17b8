import Foundation
import TUIKitTesting
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with its stdout and stderr each on a pipe or on a pseudo-terminal, and kills
/// it (SIGKILL) at a hard deadline, so a hang fails the test instead of hanging it.
///
/// A pseudo-terminal makes liza print what it prints for a person (aligned tables, pretty
/// JSON); a pipe what it prints for scripts (tab-separated rows, compact JSON). The terminal is
/// raw (no `\n` → `\r\n` translation), 120×40, so the bytes read are exactly the bytes written.
/// Every descriptor is close-on-exec, so processes spawned concurrently never inherit each
/// other's pipes.
enum SpawnedProcess {
    enum Stream: Sendable { case pipe, terminal }

    struct Outcome: Sendable {
        /// The exit status when the program exited.
        var exitCode: Int32?
        /// The signal that ended it (SIGKILL when the deadline did).
        var signal: Int32?
        var killedAtDeadline: Bool
        var seconds: Double
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs on a thread of its own (the wait blocks), resuming the caller when done.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], stdout: Stream,
                    stderr: Stream, hardLimit: Double) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result {
                    try runBlocking(executable, arguments, environment: environment, stdout: stdout, stderr: stderr, hardLimit: hardLimit)
                })
            }
            thread.start()
        }
    }

    /// (parent's read end, child's write end).
    private static func makeStream(_ kind: Stream) throws -> (Int32, Int32) {
        switch kind {
        case .pipe:
            var fds: [Int32] = [0, 0]
            guard PseudoTerminal.pipe2(&fds, O_CLOEXEC) == 0 else { throw SpawnError(description: "pipe2: \(errno)") }
            return (fds[0], fds[1])
        case .terminal:
            let (master, slave) = try PseudoTerminal.open()
            var modes = termios()
            tcgetattr(slave, &modes)
            cfmakeraw(&modes)
            tcsetattr(slave, TCSANOW, &modes)
            var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
            return (master, slave)
        }
    }

    static func runBlocking(_ executable: String, _ arguments: [String], environment: [String: String], stdout: Stream,
                            stderr: Stream, hardLimit: Double) throws -> Outcome {
        let (outRead, outWrite) = try makeStream(stdout)
        let (errRead, errWrite) = try makeStream(stderr)
        let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer {
            close(outRead)
            close(errRead)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, devNull, 0)
        posix_spawn_file_actions_adddup2(&actions, outWrite, 1)
        posix_spawn_file_actions_adddup2(&actions, errWrite, 2)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let start = Date()
        let spawned = ChildSpawn.withCleanSignals { attributes in posix_spawn(&pid, executable, &actions, &attributes, argv, envp) }
        // The child has its copies; the parent must not hold the write ends open.
        close(outWrite)
        close(errWrite)
        close(devNull)
        guard spawned == 0 else { throw SpawnError(description: "posix_spawn \(executable): \(spawned)") }

        for fd in [outRead, errRead] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        var out: [UInt8] = []
        var err: [UInt8] = []
        var isOpen = [true, true]
        var status: Int32 = 0
        var exited = false
        var killed = false
        let deadline = start.addingTimeInterval(hardLimit)

        func drain() {
            for (i, fd) in [outRead, errRead].enumerated() where isOpen[i] {
                var chunk = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if n > 0 {
                        if i == 0 { out += chunk.prefix(n) } else { err += chunk.prefix(n) }
                        continue
                    }
                    // 0: end of a pipe; EIO: a terminal whose other side is closed.
                    if n == 0 || (errno != EAGAIN && errno != EINTR) { isOpen[i] = false }
                    break
                }
            }
        }

        while true {
            var fds = [pollfd(fd: isOpen[0] ? outRead : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: isOpen[1] ? errRead : -1, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 2, 50)
            drain()
            if waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                drain()
                break
            }
            if Date() > deadline {
                kill(pid, SIGKILL)
                killed = true
                waitpid(pid, &status, 0)
                drain()
                break
            }
        }
        _ = exited
        let signal = status & 0x7F
        return Outcome(exitCode: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
                       killedAtDeadline: killed, seconds: Date().timeIntervalSince(start), stdout: out, stderr: err)
    }
}
