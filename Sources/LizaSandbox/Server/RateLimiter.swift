/// A sliding one-minute window of admitted requests per token.
struct RateLimiter {
    let limit: Int
    private var windows: [String: [ContinuousClock.Instant]] = [:]

    init(limit: Int) { self.limit = limit }

    /// Nil when the request is admitted (and counted), otherwise the whole seconds until a slot
    /// frees up (at least 1), for `Retry-After`.
    mutating func admit(token: String, now: ContinuousClock.Instant) -> Int? {
        guard limit > 0 else { return nil }
        let windowStart = now - .seconds(60)
        var times = windows[token, default: []]
        if let firstKept = times.firstIndex(where: { $0 > windowStart }) {
            times.removeFirst(firstKept)
        } else {
            times.removeAll()
        }
        guard times.count < limit else {
            windows[token] = times
            let wait = times[0] + .seconds(60) - now
            let secs = wait.components.seconds + (wait.components.attoseconds > 0 ? 1 : 0)
            return Int(max(1, secs))
        }
        times.append(now)
        windows[token] = times
        return nil
    }

    mutating func reset() { windows = [:] }
}
