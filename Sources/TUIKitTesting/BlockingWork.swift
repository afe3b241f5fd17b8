import Foundation

/// Runs blocking test work (tmux polling, `fsync`, waiting for a process) on a thread of its own.
///
/// Swift Testing runs tests on the cooperative pool, which has one thread per core (two on a
/// small CI machine). A synchronous test that polls tmux for ten seconds holds one of them the
/// whole time; two such tests starve every async test in the process (their sockets are never
/// served and they time out). Awaiting this instead frees the pool thread.
public enum BlockingWork {
    /// `work`'s result (or error), computed on a new thread.
    public static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }
}
