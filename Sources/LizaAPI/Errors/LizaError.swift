/// Everything that can go wrong talking to the API, in terms a user can act on.
///
/// `message` is the server's own message when it sent one (from `message`, `error`,
/// `error.message`, or a short sanitized excerpt of a non-JSON body), never the token.
public struct LizaError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// 401: missing or invalid token.
        case auth
        /// 403: the token may not do this.
        case forbidden
        /// 400, or rejected before sending by the client's own validation.
        case validation
        case notFound
        /// 429 still after the retries allowed.
        case rateLimited
        /// 5xx.
        case server
        /// Could not connect, connection dropped, TLS, DNS.
        case network
        case timeout
        /// The response could not be understood.
        case decoding
        /// The caller cancelled the request.
        case cancelled
        /// Configuration problem (no token, bad base URL, credentials file mode).
        case configuration
    }

    public var kind: Kind
    /// The HTTP status when there was a response.
    public var status: Int?
    public var message: String
    /// For validation errors: which input was wrong (e.g. `categories`, `limit`).
    public var field: Field?
    /// For rate limiting: how long the server asked us to wait, in seconds.
    public var retryAfter: Double?
    /// The server's id for the request (`x-request-id`, `request-id` or `cf-ray`), so a user can
    /// quote it to support.
    public var requestID: String?

    public init(kind: Kind, status: Int? = nil, message: String, field: Field? = nil, retryAfter: Double? = nil,
                requestID: String? = nil) {
        self.kind = kind; self.status = status; self.message = message; self.field = field; self.retryAfter = retryAfter
        self.requestID = requestID
    }

    /// The message, then the status and the request id when there are: `not found (HTTP 404,
    /// request id req_1f2e)`.
    public var description: String { message + suffix }

    /// ` (HTTP 404, request id req_1f2e)`, ` (HTTP 404)` or empty.
    public var suffix: String {
        let parts = [status.map { "HTTP \($0)" }, requestID.map { "request id \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}
