/// What one probe of an object type found.
public enum ProbeOutcome: Hashable, Sendable {
    case ok
    /// An HTTP error status (401, 403, 404, 429 after retries, 5xx, other 4xx).
    case status(Int)
    case timeout
    /// Could not reach the API at all (connection refused, dropped, TLS …).
    case network
    /// The response could not be read.
    case unreadable

    public var passed: Bool { self == .ok }

    /// The grid's cell: `ok`, `401`, `403`, `404`, `429`, `5xx`, `timeout`, `network`, `bad body`.
    public var label: String {
        switch self {
        case .ok: return "ok"
        case .status(let code) where (500...599).contains(code): return "5xx"
        case .status(let code): return String(code)
        case .timeout: return "timeout"
        case .network: return "network"
        case .unreadable: return "bad body"
        }
    }

    /// One line saying what to do about it; nil when it passed.
    public var hint: String? {
        switch self {
        case .ok: return nil
        case .status(401): return "the provider's authorization was revoked — relink"
        case .status(403): return "the connection lacks the scope or permission for this object — relink with the scope"
        case .status(404): return "the provider does not offer this object type (or the connection is gone)"
        case .status(429): return "rate limited even after retrying — try again in a minute"
        case .status(let code) where (500...599).contains(code): return "the API or the provider failed (HTTP \(code)) — retry later"
        case .status(let code): return "the API refused the request (HTTP \(code))"
        case .timeout: return "no answer in time — the provider may be slow or down"
        case .network: return "could not reach the API — check the network and the base URL"
        case .unreadable: return "the answer could not be read"
        }
    }

    /// The outcome a client error stands for.
    public init(_ error: LizaError) {
        switch error.kind {
        case .timeout: self = .timeout
        case .network, .cancelled: self = .network
        case .decoding: self = .unreadable
        case .rateLimited: self = .status(error.status ?? 429)
        default:
            if let status = error.status { self = .status(status) } else { self = .network }
        }
    }
}
