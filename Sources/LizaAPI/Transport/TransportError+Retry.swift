extension TransportError {
    /// Worth retrying for an idempotent request: the server may simply have been slow or the
    /// connection unlucky. Connect failures (refused, DNS, TLS) are not retried: they rarely
    /// heal within a backoff and the user should hear about them at once.
    public var isRetryable: Bool {
        switch self {
        case .timeout, .idle, .connectionDropped: return true
        case .connectionFailed, .cancelled, .other: return false
        }
    }

    /// A few words for "retrying because …".
    public var shortReason: String {
        switch self {
        case .timeout: return "timed out"
        case .idle: return "the server went silent"
        case .connectionFailed: return "could not connect"
        case .connectionDropped: return "connection dropped"
        case .cancelled: return "cancelled"
        case .other: return "network error"
        }
    }
}
