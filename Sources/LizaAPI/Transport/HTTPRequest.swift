/// A request as the transport sends it.
public struct HTTPRequest: Hashable, Sendable {
    public var method: String
    /// Absolute URL, already percent-encoded.
    public var url: String
    public var headers: [String: String]
    public var body: [UInt8]?
    /// Seconds before the request is abandoned with `TransportError.timeout`.
    public var timeout: Double

    public init(method: String, url: String, headers: [String: String] = [:], body: [UInt8]? = nil, timeout: Double = 30) {
        self.method = method; self.url = url; self.headers = headers; self.body = body; self.timeout = timeout
    }
}
