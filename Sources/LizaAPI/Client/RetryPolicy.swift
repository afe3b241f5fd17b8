/// How the client retries. 429s are retried for every method (the server did not act);
/// 5xx, dropped connections and timeouts only for GET.
public struct RetryPolicy: Hashable, Sendable {
    /// Retries after the first attempt.
    public var maxRetries: Int
    /// First backoff delay in seconds; doubles each retry, with jitter.
    public var baseDelay: Double
    public var maxDelay: Double
    /// The longest `Retry-After` we honour; longer waits fail with `.rateLimited`.
    public var maxRetryAfter: Double

    public init(maxRetries: Int = 3, baseDelay: Double = 0.25, maxDelay: Double = 8, maxRetryAfter: Double = 60) {
        self.maxRetries = maxRetries; self.baseDelay = baseDelay; self.maxDelay = maxDelay; self.maxRetryAfter = maxRetryAfter
    }

    public static let `default` = RetryPolicy()
    /// No retries at all (tests of single failures).
    public static let none = RetryPolicy(maxRetries: 0)
}
