extension RetryPolicy {
    /// The delay before retry number `attempt + 1`: full jitter, a random value in
    /// `0…min(maxDelay, baseDelay·2^attempt)`, so many clients that failed together do not
    /// retry together.
    public func backoff(attempt: Int) -> Double {
        let ceiling = min(maxDelay, baseDelay * Double(1 << min(max(0, attempt), 30)))
        guard ceiling > 0 else { return 0 }
        return Double.random(in: 0...ceiling)
    }
}
