import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Ctrl-C into cancellation of one piece of work instead of killing the process, so the
/// command can say what state it left things in (a pending connection) before exiting 130.
enum InterruptTrap {
    /// Runs `body` in a task that SIGINT cancels; returns its result and whether SIGINT arrived.
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> (T, interrupted: Bool) {
        let task = Task { try await body() }
        let flag = InterruptFlag()
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            flag.set()
            task.cancel()
        }
        source.resume()
        defer {
            source.cancel()
            signal(SIGINT, SIG_DFL)
        }
        let value = try await task.value
        return (value, flag.isSet)
    }
}
