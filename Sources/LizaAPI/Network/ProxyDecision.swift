/// Whether requests go through a proxy, which one, and why (for `liza status`).
public struct ProxyDecision: Hashable, Sendable, CustomStringConvertible {
    /// The proxy to use, or nil to connect directly.
    public var proxy: ProxyServer?
    /// Why: `HTTPS_PROXY`, `NO_PROXY entry 'localhost'`, `no proxy variable is set`, …
    public var reason: String

    public init(proxy: ProxyServer?, reason: String) {
        self.proxy = proxy
        self.reason = reason
    }

    /// Direct, for the in-process sandbox of `liza --demo`.
    public static let inProcessSandbox = ProxyDecision(proxy: nil, reason: "the in-process sandbox is never proxied")

    /// `http://proxy.corp:3128 (from HTTPS_PROXY)` or `none (NO_PROXY entry 'localhost')`;
    /// never the proxy's credentials.
    public var description: String {
        if let proxy { return "\(proxy.redacted) (from \(reason))" }
        return "none (\(reason))"
    }
}
