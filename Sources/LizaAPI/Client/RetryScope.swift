/// Which failures of a request may be answered by sending it again.
///
/// A retry is only safe when the first attempt certainly did nothing, or doing it twice is
/// harmless. That depends on the request, not just its HTTP method: the API's own POST and
/// DELETE may be repeated after a 429 (Liza turned them away without acting), but a passthrough
/// POST may not, because a 429 or 5xx there may be the provider's own answer after it acted.
public enum RetryScope: Hashable, Sendable {
    /// Reads: retried on 429, 5xx, dropped connections and timeouts.
    case idempotent
    /// The API's own writes: retried only on a 429.
    case refusedOnly
    /// Sent exactly once (a passthrough that is not a GET).
    case never

    /// Whether a 429 is retried.
    var retriesRateLimit: Bool { self != .never }
    /// Whether 5xx answers, dropped connections and timeouts are retried.
    var retriesFailures: Bool { self == .idempotent }
}
