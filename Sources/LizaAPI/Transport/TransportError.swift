/// Failures below HTTP: the client maps them to `LizaError` kinds `network`, `timeout`, `cancelled`.
public enum TransportError: Error, Hashable, Sendable {
    /// The exchange did not complete within `HTTPRequest.timeout`.
    case timeout
    /// No byte of the response arrived for `HTTPRequest.idleTimeout`.
    case idle
    /// Could not connect (refused, DNS, TLS).
    case connectionFailed(String)
    /// The connection closed before a full response arrived.
    case connectionDropped
    case cancelled
    case other(String)
}
