import Glibc
import TUIKit

/// Starts a program on the terminal and waits for it (the pager or editor of `runForeground`).
///
/// posix_spawn with the signal mask cleared and every signal's action the default: liza ignores
/// SIGINT, SIGTERM and SIGHUP while the TUI runs, and a child would inherit that (an editor deaf
/// to ctrl-c). It stays in liza's process group, the terminal's foreground one, so it may read
/// the keyboard.
enum ForegroundChild {
    static func run(_ argv: [String]) -> Result<Int32, ForegroundFailure> {
        guard let program = argv.first else { return .failure(ForegroundFailure("no program to run")) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        var pid = pid_t()
        let rc = posix_spawnp(&pid, program, nil, &attributes, &cArgs, environ)
        guard rc == 0 else { return .failure(ForegroundFailure("\(program) could not be started (\(String(cString: strerror(rc))))")) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failure(ForegroundFailure("lost track of \(program)")) }
        }
        // WIFEXITED / WEXITSTATUS, WTERMSIG as 128 + N like a shell.
        if status & 0x7F == 0 { return .success((status >> 8) & 0xFF) }
        return .success(128 + (status & 0x7F))
    }
}
