/// A one-shot local listener for the browser's return after authorizing (RFC 8252 §7.3
/// loopback redirect). LizaAPI has no networking library, so the listener itself lives in
/// `LizaLoopback` (Hummingbird); the CLI and the TUI's shell hand it to code written against
/// this protocol.
///
/// Use: create one (its `redirectURL` goes into the connect request as `redirect_url`), then
/// `awaitCompletion` with the connect response's id/state. The listener answers 421 to any
/// non-loopback `Host`, 404 off its random path, 400 to a return whose `id`/`state` do not
/// match (and keeps waiting), and exactly one completion: it runs `finalize` and shows the
/// browser a small page saying how it went. It stops serving after that completion, after
/// `timeout`, or when the waiting task is cancelled.
public protocol RedirectListening: Sendable {
    /// `http://127.0.0.1:PORT/<random path>`: the address to send as `redirect_url`.
    var redirectURL: String { get }

    /// Serves until one completion matching `expected` arrives, runs `finalize` for it and
    /// returns what `finalize` returned; nil when `timeout` passes first (the pending
    /// connection is left as it is). Throws `CancellationError` when cancelled.
    ///
    /// `refused` is told about each return that was turned away (another connection's `id`, a
    /// wrong `state`), so a waiting screen can say so; the listener keeps waiting after it.
    func awaitCompletion(
        _ expected: RedirectExpectation, timeout: Duration,
        refused: @escaping @Sendable (RedirectArrival.Refusal) -> Void,
        finalize: @escaping @Sendable (RedirectArrival) async -> RedirectOutcome
    ) async throws -> RedirectOutcome?

    /// Stops listening (idempotent; also done by `awaitCompletion` when it returns).
    func close() async
}

extension RedirectListening {
    /// `awaitCompletion` for callers that need not hear about refused returns (the CLI: the
    /// browser's page says it).
    public func awaitCompletion(
        _ expected: RedirectExpectation, timeout: Duration,
        finalize: @escaping @Sendable (RedirectArrival) async -> RedirectOutcome
    ) async throws -> RedirectOutcome? {
        try await awaitCompletion(expected, timeout: timeout, refused: { _ in }, finalize: finalize)
    }
}

/// How a completion ended, for the browser's page and for the caller.
public enum RedirectOutcome: Sendable {
    /// Finalized: the connection as `/callback` returned it.
    case connected(CallbackResult)
    /// The provider (or the user) refused: the redirect carried `error`.
    case denied(error: String)
    /// The browser came back approved but finalizing failed.
    case failed(LizaError)

    /// The browser page's title and text (plain text; the listener escapes it).
    public var page: (title: String, text: String) {
        switch self {
        case .connected: return ("Connected", "Connected — you can close this tab and return to your terminal.")
        case .denied(let error): return ("Denied", "Access was denied (\(error)). You can close this tab.")
        case .failed(let error): return ("Not connected", "Finalizing failed: \(error.description). See your terminal.")
        }
    }
}

extension LizaClient {
    /// The standard `finalize` for `RedirectListening.awaitCompletion`: `/callback` when the
    /// browser came back approved, nothing when it carried an error.
    public func finalize(_ arrival: RedirectArrival, connectionID: String) async -> RedirectOutcome {
        await RedirectOutcome.finalizing(arrival) { () async throws(LizaError) in try await callback(connectionID: connectionID) }
    }
}

extension RedirectOutcome {
    /// What an arrival comes to: `callback` (POST /callback) when the browser came back
    /// approved, nothing when it carried an error. Over any caller of /callback (the TUI goes
    /// through its service seam).
    public static func finalizing(_ arrival: RedirectArrival,
                                  callback: () async throws(LizaError) -> CallbackResult) async -> RedirectOutcome {
        switch arrival {
        case .denied(let error):
            return .denied(error: error)
        case .approved:
            do {
                return .connected(try await callback())
            } catch {
                return .failed(error)
            }
        }
    }
}

/// Starts a listener. The shell (`liza`) passes `LoopbackRedirectListener.start` to code that
/// only knows LizaAPI, such as the TUI's connect effect.
public typealias RedirectListenerStarter = @Sendable () async throws -> any RedirectListening
