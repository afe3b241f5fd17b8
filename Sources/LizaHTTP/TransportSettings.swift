import LizaAPI

/// How the real transport reaches the API: through which proxy, trusting which extra roots.
public struct TransportSettings: Hashable, Sendable {
    /// The proxy, or nil to connect directly.
    public var proxy: ProxyServer?
    /// A PEM file of roots trusted in addition to the system's, or nil.
    public var caBundle: CABundle?
    /// Seconds a connection attempt (TCP, proxy CONNECT, TLS handshake) may take.
    public var connectTimeout: Double

    public init(proxy: ProxyServer? = nil, caBundle: CABundle? = nil, connectTimeout: Double = 10) {
        self.proxy = proxy
        self.caBundle = caBundle
        self.connectTimeout = connectTimeout
    }

    /// The proxy and CA bundle the resolved settings chose.
    public init(_ settings: ResolvedSettings) {
        self.init(proxy: settings.proxy.proxy, caBundle: settings.caBundle)
    }
}
