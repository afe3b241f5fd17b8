import CTerminalGuard

/// Turns Ctrl-C into cancellation of one piece of work instead of killing the process, so the
/// command can say what state it left things in (a pending connection) before exiting 130.
///
/// Armed synchronously when created (a `sigaction` handler that only counts, in
/// CTerminalGuard): whatever the command prints after that — "waiting for the browser…" — may be
/// answered with ctrl-c at once. (A Dispatch signal source registers asynchronously, and an
/// interrupt in between was lost under load.)
final class InterruptTrap: Sendable {
    init() { _ = tg_interrupts_trap() }

    /// Puts the previous SIGINT action back.
    func release() { tg_interrupts_release() }

    /// Whether ctrl-c was pressed since the trap was armed.
    var interrupted: Bool { tg_interrupts_seen() > 0 }

    /// Runs `body` in a task that ctrl-c cancels; returns its result and whether ctrl-c came.
    func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> (T, interrupted: Bool) {
        let task = Task { try await body() }
        // The handler can only set a counter; this watcher turns it into cancellation.
        let watcher = Task { [self] in
            while !Task.isCancelled {
                if interrupted {
                    task.cancel()
                    return
                }
                try? await Task.sleep(for: .milliseconds(50))
            }
        }
        defer { watcher.cancel() }
        let value = try await task.value
        return (value, interrupted)
    }
}
