import LizaAPI

/// A transport that gives every request a shorter timeout (for `liza status`'s quick check).
struct TimeoutTransport: HTTPTransport {
    let base: any HTTPTransport
    let timeout: Double

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        var request = request
        request.timeout = min(request.timeout, timeout)
        return try await base.send(request)
    }
}
