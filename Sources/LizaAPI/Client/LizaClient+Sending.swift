import Foundation
import OrderedJSON

/// Building requests, sending them with retries, and reading JSON bodies.
extension LizaClient {
    /// Sends `method` to `/v1/integrations/<segments…>` and returns the final response (any
    /// status) with the duration of the final attempt.
    ///
    /// Retries:
    /// - 429 is retried for every method, POST and DELETE included: a 429 means the server
    ///   turned the request away without acting on it, so sending it again cannot do anything
    ///   twice. The wait is `Retry-After` (or exponential backoff when absent), reported through
    ///   `observer` before sleeping; a wait longer than `retryPolicy.maxRetryAfter` fails at
    ///   once with `.rateLimited` so the user is told instead of left waiting.
    /// - 5xx, dropped connections and timeouts are retried for GET only, with full-jitter
    ///   exponential backoff: a POST or DELETE may already have taken effect.
    func perform(_ method: String, _ segments: [String], query: [(name: String, value: String)] = [],
                 body: JSONValue? = nil) async throws(LizaError) -> (response: HTTPResponse, duration: Duration) {
        let request = try makeRequest(method, segments, query: query, body: body)
        let idempotent = method == "GET"
        let clock = ContinuousClock()
        var attempt = 0
        while true {
            if Task.isCancelled { throw LizaError.cancelledByCaller }
            let start = clock.now
            let outcome: Result<HTTPResponse, TransportError>
            do {
                outcome = .success(try await transport.send(request))
            } catch {
                outcome = .failure(error)
            }
            let duration = clock.now - start
            switch outcome {
            case .failure(let failure):
                if failure == .cancelled || Task.isCancelled { throw LizaError.cancelledByCaller }
                guard idempotent, failure.isRetryable, attempt < retryPolicy.maxRetries else {
                    throw LizaError(transport: failure, host: hostDescription, timeout: timeout)
                }
                let delay = retryPolicy.backoff(attempt: attempt)
                observer?(.retrying(seconds: delay, attempt: attempt + 1, reason: failure.shortReason))
                try await Self.pause(delay)
            case .success(let response):
                if response.status == 429 {
                    let requested = RetryAfter.seconds(from: response.header("retry-after"), now: Date().timeIntervalSince1970)
                    let wait = requested ?? retryPolicy.backoff(attempt: attempt)
                    guard attempt < retryPolicy.maxRetries, wait <= retryPolicy.maxRetryAfter else {
                        var error = LizaError(response: response, redacting: token)
                        error.retryAfter = wait
                        throw error
                    }
                    observer?(.rateLimited(seconds: wait, attempt: attempt + 1))
                    try await Self.pause(wait)
                } else if (500...599).contains(response.status), idempotent, attempt < retryPolicy.maxRetries {
                    let delay = retryPolicy.backoff(attempt: attempt)
                    observer?(.retrying(seconds: delay, attempt: attempt + 1, reason: "HTTP \(response.status)"))
                    try await Self.pause(delay)
                } else {
                    return (response, duration)
                }
            }
            attempt += 1
        }
    }

    /// GET and decode a JSON body (error statuses become `LizaError`s).
    func getJSON(_ segments: [String], query: [(name: String, value: String)] = []) async throws(LizaError) -> JSONValue {
        let response = try await perform("GET", segments, query: query)
        return try decodeJSONBody(of: response.response)
    }

    /// The JSON of a 2xx body; an error status becomes its `LizaError`; unparseable JSON in a
    /// 2xx is a `.decoding` error saying where it broke.
    func decodeJSONBody(of response: HTTPResponse) throws(LizaError) -> JSONValue {
        try requireSuccess(response)
        do {
            return try JSONValue.parse(bytes: response.body)
        } catch {
            let contentType = response.header("content-type")
            let what: String
            if response.body.isEmpty {
                what = "the server sent an empty response where JSON was expected"
            } else if contentType?.lowercased().contains("html") == true,
                      let headline = ServerMessage.extract(from: response.body, contentType: contentType, redacting: [token]) {
                what = "the server sent an HTML page instead of JSON: \(headline)"
            } else {
                what = "the server's response is not valid JSON (\(error.description))"
            }
            throw LizaError(kind: .decoding, status: response.status, message: what)
        }
    }

    /// Throws the `LizaError` of a non-2xx response.
    func requireSuccess(_ response: HTTPResponse) throws(LizaError) {
        guard (200..<300).contains(response.status) else {
            throw LizaError(response: response, redacting: token)
        }
    }

    /// The request for an endpoint: URL from the checked base URL plus encoded segments,
    /// the bearer token, JSON headers and body.
    func makeRequest(_ method: String, _ segments: [String], query: [(name: String, value: String)],
                     body: JSONValue?) throws(LizaError) -> HTTPRequest {
        let base = try BaseURL(baseURL)
        guard !token.isEmpty else {
            throw LizaError(kind: .configuration, message: "no API token is configured")
        }
        // A CR or LF in the token would let it inject headers.
        guard !token.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw LizaError(kind: .configuration, message: "the API token contains control characters (check for a stray newline)")
        }
        var headers = [
            "Authorization": "Bearer \(token)",
            "Accept": "application/json",
            "User-Agent": userAgent,
        ]
        var bytes: [UInt8]?
        if let body {
            headers["Content-Type"] = "application/json"
            bytes = Array(body.serialized().utf8)
        }
        return HTTPRequest(
            method: method,
            url: base.url(segments: ["v1", "integrations"] + segments, query: query),
            headers: headers,
            body: bytes,
            timeout: timeout
        )
    }

    /// `host:port` of the base URL for network error messages.
    var hostDescription: String {
        guard let base = try? BaseURL(baseURL) else { return baseURL }
        return base.host + (base.port.map { ":\($0)" } ?? "")
    }

    /// Sleeps for a retry; cancellation of the calling task ends the wait with `.cancelled`.
    static func pause(_ seconds: Double) async throws(LizaError) {
        do {
            if seconds > 0 {
                try await Task.sleep(for: .seconds(seconds))
            } else {
                try Task.checkCancellation()
            }
        } catch {
            throw LizaError.cancelledByCaller
        }
    }
}

extension LizaClient: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `LizaClient(https://api.eu.liza.app/api)` — the token is never shown.
    public var description: String { "LizaClient(\(baseURL))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror {
        Mirror(self, children: ["baseURL": baseURL, "retryPolicy": retryPolicy, "userAgent": userAgent, "timeout": timeout])
    }
}
