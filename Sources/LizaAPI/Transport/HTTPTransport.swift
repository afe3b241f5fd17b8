/// The seam between `LizaClient` and the network. Two implementations: AsyncHTTPClient
/// (`LizaHTTP.AsyncHTTPClientTransport`) and in-process stubs in tests.
public protocol HTTPTransport: Sendable {
    /// Sends one request. Cancelling the calling task must abort it (throwing `.cancelled`).
    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}
