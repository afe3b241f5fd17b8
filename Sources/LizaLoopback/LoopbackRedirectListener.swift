import Foundation
import Hummingbird
import LizaAPI
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// The loopback redirect listener (RFC 8252 §7.3): a one-shot HTTP server on
/// `http://127.0.0.1:PORT/<random path>` that finishes a connect when the browser returns.
///
/// ```swift
/// let listener = try await LoopbackRedirectListener.start()
/// let response = try await client.connect(ConnectRequest(…, redirectURL: listener.redirectURL))
/// let outcome = try await listener.awaitCompletion(RedirectExpectation(connectionID: response.connectionID,
///     authorizationURL: response.url), timeout: .seconds(600)) { await client.finalize($0, connectionID: response.connectionID) }
/// ```
/// See `RedirectListening` for what it answers. Every response carries `X-Frame-Options: DENY`
/// and `Cache-Control: no-store`.
public final class LoopbackRedirectListener: RedirectListening {
    public let redirectURL: String
    /// The port bound (chosen by the kernel).
    public let port: Int
    private let coordinator: LoopbackCoordinator
    private let group: ServiceGroup
    private let runner: Task<Void, Never>
    private let closed = Mutex(false)

    private init(redirectURL: String, port: Int, coordinator: LoopbackCoordinator, group: ServiceGroup, runner: Task<Void, Never>) {
        self.redirectURL = redirectURL; self.port = port; self.coordinator = coordinator; self.group = group; self.runner = runner
    }

    /// Binds a random port on 127.0.0.1 and returns once it accepts connections.
    public static func start() async throws -> LoopbackRedirectListener {
        let path = "/liza-callback-" + randomToken()
        let coordinator = LoopbackCoordinator(path: path)
        let logger = Logger(label: "liza.loopback") { _ in SwiftLogNoOpLogHandler() }
        let (events, continuation) = AsyncStream<Int?>.makeStream()
        let app = Application(
            responder: LoopbackResponder(coordinator: coordinator),
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port) },
            logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let runner = Task {
            try? await group.run()
            continuation.yield(nil)
            continuation.finish()
        }
        for await port in events {
            guard let port else { break }
            return LoopbackRedirectListener(redirectURL: "http://127.0.0.1:\(port)\(path)", port: port,
                                            coordinator: coordinator, group: group, runner: runner)
        }
        throw LoopbackListenerError.couldNotListen
    }

    public func awaitCompletion(
        _ expected: RedirectExpectation, timeout: Duration,
        refused: @escaping @Sendable (RedirectArrival.Refusal) -> Void,
        finalize: @escaping @Sendable (RedirectArrival) async -> RedirectOutcome
    ) async throws -> RedirectOutcome? {
        let outcomes = coordinator.arm(expected, refused: refused, finalize: finalize)
        let outcome: RedirectOutcome? = await withTaskGroup(of: RedirectOutcome?.self) { group in
            group.addTask {
                for await outcome in outcomes { return outcome }
                return nil
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        await close()
        if outcome == nil, Task.isCancelled { throw CancellationError() }
        return outcome
    }

    public func close() async {
        let first = closed.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        coordinator.expire()
        await group.triggerGracefulShutdown()
        await runner.value
    }

    /// 24 random bytes as lowercase hex: the path is unguessable, like a state parameter.
    static func randomToken() -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<3).map { _ in
            let s = String(rng.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }
}

/// Why the listener could not start.
public enum LoopbackListenerError: Error, CustomStringConvertible {
    case couldNotListen
    public var description: String { "could not listen on 127.0.0.1 for the browser's return" }
}
