import Foundation
import OrderedJSON

/// Building requests, sending them with retries, and reading JSON bodies.
extension LizaClient {
    /// Sends `method` to `/v1/integrations/<segments…>` and returns the final response (any
    /// status) with the duration of the final attempt.
    ///
    /// Time: the whole call — every attempt, retry and wait — must finish within `timeout`
    /// seconds; each attempt gets what is left (and at most `idleTimeout` seconds of silence).
    /// When the time is up the call fails with `.timeout` ("no complete answer from HOST within
    /// N s"); a retry whose wait would not fit in the time left is not attempted.
    ///
    /// Retries, as `retry` allows (see `RetryScope`):
    /// - 429: wait for `Retry-After` (or exponential backoff when it is absent or unreadable),
    ///   reported through `observer` before sleeping; a wait longer than
    ///   `retryPolicy.maxRetryAfter` or than the time left fails at once with `.rateLimited`,
    ///   so the user is told instead of left waiting.
    /// - 5xx, dropped connections and timeouts: full-jitter exponential backoff.
    func perform(_ method: HTTPMethod, _ segments: [String], query: [(name: String, value: String)] = [],
                 body: JSONValue? = nil, retry: RetryScope = .idempotent) async throws(LizaError) -> (response: HTTPResponse, duration: Duration) {
        var request = try makeRequest(method, segments, query: query, body: body)
        let clock = ContinuousClock()
        let limit = Self.clampedSeconds(timeout)
        let deadline = clock.now + .seconds(limit)
        var attempt = 0
        while true {
            if Task.isCancelled { throw LizaError.cancelledByCaller }
            let left = Self.seconds(deadline - clock.now)
            guard left > 0 else { throw timeoutError(limit) }
            request.timeout = left
            request.idleTimeout = min(left, Self.clampedSeconds(idleTimeout))
            let start = clock.now
            let outcome: Result<HTTPResponse, TransportError>
            do {
                outcome = .success(redactingToken(in: try await transport.send(request)))
            } catch {
                outcome = .failure(error)
            }
            let duration = clock.now - start
            switch outcome {
            case .failure(let failure):
                if failure == .cancelled || Task.isCancelled { throw LizaError.cancelledByCaller }
                let error = LizaError(transport: failure, host: hostDescription, timeout: limit, idle: Self.clampedSeconds(idleTimeout))
                guard retry.onLostConnection, failure.isRetryable, attempt < retryPolicy.maxRetries else { throw error }
                let delay = retryPolicy.backoff(attempt: attempt)
                // Only worth it when the wait leaves time for another attempt.
                guard delay < Self.seconds(deadline - clock.now) else { throw error }
                observer?(.retrying(seconds: delay, attempt: attempt + 1, reason: failure.shortReason))
                try await Self.pause(delay)
            case .success(let response):
                if response.status == 429 && retry.onRateLimit {
                    let requested = RetryAfter.seconds(from: response.header("retry-after"), now: Date().timeIntervalSince1970)
                    let wait = requested ?? retryPolicy.backoff(attempt: attempt)
                    let left = Self.seconds(deadline - clock.now)
                    guard attempt < retryPolicy.maxRetries, wait <= retryPolicy.maxRetryAfter, wait < left else {
                        var error = LizaError(response: response, redacting: token)
                        error.retryAfter = wait
                        if attempt < retryPolicy.maxRetries {
                            // Say why liza stopped rather than leave the user waiting for minutes.
                            let asked = "; it asks to wait \(Self.waitDescription(wait))"
                            error.message += wait > retryPolicy.maxRetryAfter
                                ? "\(asked), longer than liza waits (\(LizaError.seconds(retryPolicy.maxRetryAfter)))"
                                : "\(asked), more than is left of the \(LizaError.seconds(limit)) timeout"
                        }
                        throw error
                    }
                    observer?(.rateLimited(seconds: wait, attempt: attempt + 1))
                    try await Self.pause(wait)
                } else if (500...599).contains(response.status), retry.onServerError, attempt < retryPolicy.maxRetries {
                    let delay = retryPolicy.backoff(attempt: attempt)
                    guard delay < Self.seconds(deadline - clock.now) else { return (response, duration) }
                    observer?(.retrying(seconds: delay, attempt: attempt + 1, reason: "HTTP \(response.status)"))
                    try await Self.pause(delay)
                } else {
                    return (response, duration)
                }
            }
            attempt += 1
        }
    }

    /// The response with every echo of the token (in the body or a header) replaced by
    /// `***`, so nothing downstream — tables, `--json`, passthrough bodies, error excerpts, the
    /// TUI — can show it, whatever the server sends back.
    func redactingToken(in response: HTTPResponse) -> HTTPResponse {
        guard token.utf8.count >= Redaction.minimumBodySecretLength else { return response }
        var out = response
        out.body = Redaction.redact(response.body, secret: token)
        for (name, value) in response.headers where value.contains(token) {
            out.headers[name] = Redaction.redact(value, secrets: [token])
        }
        return out
    }

    /// "no complete answer from HOST within N s".
    func timeoutError(_ limit: Double) -> LizaError {
        LizaError(transport: .timeout, host: hostDescription, timeout: limit)
    }

    /// A configured limit made safe for `Duration` arithmetic: at least a millisecond, at most a day.
    static func clampedSeconds(_ value: Double) -> Double {
        guard value.isFinite else { return 86_400 }
        return Swift.min(86_400, Swift.max(0.001, value))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// "90 s", "5 min", "a day or more".
    static func waitDescription(_ seconds: Double) -> String {
        if seconds >= RetryAfter.maximum { return "a day or more" }
        if seconds >= 120 { return "\(Int((seconds / 60).rounded())) min" }
        return LizaError.seconds(seconds.rounded(.up))
    }

    /// GET and decode a JSON body (error statuses become `LizaError`s).
    func getJSON(_ segments: [String], query: [(name: String, value: String)] = []) async throws(LizaError) -> JSONValue {
        let response = try await perform(.GET, segments, query: query)
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

    /// The request for an endpoint: URL from the base URL plus encoded segments,
    /// the bearer token, JSON headers and body.
    func makeRequest(_ method: HTTPMethod, _ segments: [String], query: [(name: String, value: String)],
                     body: JSONValue?) throws(LizaError) -> HTTPRequest {
        guard !token.isEmpty else {
            throw LizaError(kind: .configuration, message: "no API token is configured")
        }
        // A CR or LF in the token would let it inject headers.
        guard !token.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw LizaError(kind: .configuration, message: "the API token contains control characters (check for a stray newline)")
        }
        var request = Self.unsignedRequest(baseURL, method, segments, query: query, body: body)
        request.headers["Authorization"] = "Bearer \(token)"
        request.headers["User-Agent"] = userAgent
        request.timeout = timeout
        request.idleTimeout = idleTimeout
        return request
    }

    /// The request without the token (and `User-Agent`): URL, method, JSON headers and body.
    /// What `CurlCommand` shows, and what `makeRequest` signs.
    static func unsignedRequest(_ base: BaseURL, _ method: HTTPMethod, _ segments: [String],
                                query: [(name: String, value: String)], body: JSONValue?) -> HTTPRequest {
        var headers = ["Accept": "application/json"]
        var bytes: [UInt8]?
        if let body {
            headers["Content-Type"] = "application/json"
            bytes = Array(body.serialized().utf8)
        }
        return HTTPRequest(method: method, url: base.url(segments: ["v1", "integrations"] + segments, query: query),
                           headers: headers, body: bytes)
    }

    /// `host:port` of the base URL for network error messages.
    var hostDescription: String {
        baseURL.host + (baseURL.port.map { ":\($0)" } ?? "")
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
        Mirror(self, children: ["baseURL": baseURL.description, "retryPolicy": retryPolicy, "userAgent": userAgent, "timeout": timeout,
                                "idleTimeout": idleTimeout])
    }
}
