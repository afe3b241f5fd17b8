import LizaAPI
import Synchronization

/// An in-process `HTTPTransport` for tests: records every request and answers from a script
/// (one step per request, in order) or from a responder closure. Tracks how many requests are
/// in flight at once.
final class StubTransport: HTTPTransport {
    enum Step: Sendable {
        case respond(HTTPResponse)
        case fail(TransportError)
        /// Never answers until the calling task is cancelled (then throws `.cancelled`).
        case hang
    }

    typealias Responder = @Sendable (HTTPRequest, Int) async throws(TransportError) -> HTTPResponse

    private struct State {
        var requests: [HTTPRequest] = []
        var inFlight = 0
        var maxInFlight = 0
        var script: [Step]
    }

    private let state: Mutex<State>
    private let responder: Responder?

    /// Answers the requests with `steps` in order; a request beyond the script fails the test
    /// with a 599 so that it shows up in assertions.
    init(_ steps: [Step]) {
        state = Mutex(State(script: steps))
        responder = nil
    }

    /// Answers every request with `responder(request, index)`.
    init(responder: @escaping Responder) {
        state = Mutex(State(script: []))
        self.responder = responder
    }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }
    var requestCount: Int { state.withLock { $0.requests.count } }
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }
    var inFlightCount: Int { state.withLock { $0.inFlight } }
    var lastRequest: HTTPRequest? { requests.last }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let (index, step) = state.withLock { s -> (Int, Step?) in
            s.requests.append(request)
            s.inFlight += 1
            s.maxInFlight = max(s.maxInFlight, s.inFlight)
            let step: Step? = s.script.isEmpty ? nil : s.script.removeFirst()
            return (s.requests.count - 1, step)
        }
        defer { state.withLock { $0.inFlight -= 1 } }
        if let responder {
            return try await responder(request, index)
        }
        switch step {
        case .respond(let response)?:
            return response
        case .fail(let error)?:
            throw error
        case .hang?:
            await StubTransport.waitForCancellation()
            throw .cancelled
        case nil:
            return HTTPResponse(status: 599, body: Array("unscripted request \(request.method) \(request.url)".utf8))
        }
    }

    /// Suspends until the current task is cancelled.
    static func waitForCancellation() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}

extension HTTPResponse {
    /// A JSON response.
    static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
        var all = headers
        all["content-type"] = all["content-type"] ?? "application/json"
        return HTTPResponse(status: status, headers: all, body: Array(text.utf8))
    }

    /// A response with a body of `text` and an optional content type.
    static func text(_ text: String, status: Int, contentType: String? = "text/plain", headers: [String: String] = [:]) -> HTTPResponse {
        var all = headers
        if let contentType { all["content-type"] = contentType }
        return HTTPResponse(status: status, headers: all, body: Array(text.utf8))
    }
}

extension HTTPRequest {
    /// The body as text, for assertions.
    var bodyText: String? { body.map { String(decoding: $0, as: UTF8.self) } }
}
