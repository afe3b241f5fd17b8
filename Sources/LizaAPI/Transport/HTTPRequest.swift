/// A request as the transport sends it.
public struct HTTPRequest: Hashable, Sendable {
    public var method: HTTPMethod
    /// Absolute URL, already percent-encoded.
    public var url: String
    public var headers: [String: String]
    public var body: [UInt8]?
    /// Seconds for the whole exchange — connecting, the response head and the whole body —
    /// before it is abandoned with `TransportError.timeout`.
    public var timeout: Double
    /// Seconds without a single byte of the response before the exchange is abandoned with
    /// `TransportError.idle` (nil: only `timeout` applies). A server that sends its headers and
    /// then stalls, or drips a byte now and then, is caught by one limit or the other.
    public var idleTimeout: Double?

    public init(method: HTTPMethod, url: String, headers: [String: String] = [:], body: [UInt8]? = nil, timeout: Double = 30,
                idleTimeout: Double? = nil) {
        self.method = method; self.url = url; self.headers = headers; self.body = body; self.timeout = timeout
        self.idleTimeout = idleTimeout
    }
}
