import LizaAPI
import LizaHTTP
import LizaSandbox

extension SandboxServer {
    /// A `LizaClient` for this sandbox over the real AsyncHTTPClient transport (loopback HTTP),
    /// with the sandbox's token unless `token` is given (e.g. a wrong one, to test 401s).
    public func makeClient(token: String? = nil, retryPolicy: RetryPolicy = .default, timeout: Double = 30,
                           observer: (@Sendable (ClientEvent) -> Void)? = nil) throws(LizaError) -> LizaClient {
        LizaClient(baseURL: try BaseURL(baseURL), token: token ?? options.token, transport: AsyncHTTPClientTransport.shared,
                   retryPolicy: retryPolicy, userAgent: LizaClient.defaultUserAgent, timeout: timeout, observer: observer)
    }
}
