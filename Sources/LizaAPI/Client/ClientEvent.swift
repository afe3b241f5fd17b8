/// Things the client does on its own that a UI may want to show.
public enum ClientEvent: Hashable, Sendable {
    /// A 429 arrived; the client waits `seconds` before retrying (attempt is 1-based).
    case rateLimited(seconds: Double, attempt: Int)
    /// A GET failed with a 5xx / network error / timeout; retrying after `seconds`.
    case retrying(seconds: Double, attempt: Int, reason: String)
}
