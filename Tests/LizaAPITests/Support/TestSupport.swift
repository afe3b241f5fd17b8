import LizaAPI
import Synchronization

/// Collects values from any task (e.g. `ClientEvent`s from the observer).
final class Recorder<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])

    func record(_ value: Value) { values.withLock { $0.append(value) } }
    var all: [Value] { values.withLock { $0 } }
}

enum TestClient {
    static let token = "liza_mcp_secret_token_123"
    static let baseURL = "https://api.example.test/api"
    /// `baseURL` parsed, as a client takes it.
    static var base: BaseURL { get throws(LizaError) { try BaseURL(baseURL) } }

    /// A client over `transport` with no retry delays worth waiting for; `baseURL` is parsed here
    /// (a bad one throws the `.configuration` error settings would).
    static func make(_ transport: any HTTPTransport, baseURL: String = baseURL, policy: RetryPolicy = .fastTests,
                     events: Recorder<ClientEvent>? = nil) throws(LizaError) -> LizaClient {
        LizaClient(baseURL: try BaseURL(baseURL), token: token, transport: transport, retryPolicy: policy,
                   observer: events.map { recorder in { @Sendable event in recorder.record(event) } })
    }
}

extension RetryPolicy {
    /// Three retries with tiny backoff so tests stay fast.
    static let fastTests = RetryPolicy(maxRetries: 3, baseDelay: 0.001, maxDelay: 0.002, maxRetryAfter: 60)
}

/// Polls `condition` until it holds or `timeout` seconds pass (never a fixed sleep).
func eventually(timeout: Double = 10, _ condition: @Sendable () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .seconds(timeout)
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}

/// Runs `body` and returns its `LizaError`, or nil when it succeeded.
func liza<T>(_ body: () async throws(LizaError) -> T) async -> LizaError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}
