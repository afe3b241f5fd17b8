import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What every program a test spawns starts with: no signal blocked and every action the
/// default, as when a shell starts it.
///
/// The spawning thread is usually a Dispatch or concurrency-pool worker, which blocks signals,
/// and a child inherits its creator's mask: a tmux server that cannot receive SIGTERM ignores
/// `kill-server`, and a liza under test would ignore the signals its tests send.
public enum ChildSpawn {
    /// Calls `body` with spawn attributes that reset the child's signal mask and actions.
    public static func withCleanSignals<T>(_ body: (inout posix_spawnattr_t) throws -> T) rethrows -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return try body(&attributes)
    }
}
