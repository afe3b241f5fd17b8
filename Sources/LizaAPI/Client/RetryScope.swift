/// Which failures of a request may be answered by sending it again.
///
/// A retry is only safe when the first attempt certainly did nothing, or doing it twice is
/// harmless. That depends on the request, not just its HTTP method: the API's own POST and
/// DELETE may be repeated after a 429 (Liza turned them away without acting), but a passthrough
/// POST may not, because a 429 or 5xx there may be the provider's own answer after it acted.
public struct RetryScope: Hashable, Sendable {
    /// A 429 is waited out and retried.
    public var onRateLimit: Bool
    /// A 5xx is retried (else it is the answer).
    public var onServerError: Bool
    /// A dropped connection, a timeout or a silent server is retried.
    public var onLostConnection: Bool

    /// The API's reads: retried on 429, 5xx, dropped connections and timeouts.
    public static let idempotent = RetryScope(onRateLimit: true, onServerError: true, onLostConnection: true)
    /// The API's own writes: retried only on a 429.
    public static let refusedOnly = RetryScope(onRateLimit: true, onServerError: false, onLostConnection: false)
    /// A passthrough GET: repeated after a 429 or a lost connection; a 5xx is the provider's
    /// answer and is shown as it is.
    public static let passthroughRead = RetryScope(onRateLimit: true, onServerError: false, onLostConnection: true)
    /// Sent exactly once (a passthrough that is not a GET).
    public static let never = RetryScope(onRateLimit: false, onServerError: false, onLostConnection: false)
}
