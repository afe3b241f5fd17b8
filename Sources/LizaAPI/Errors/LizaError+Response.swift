import Foundation

/// Turning HTTP statuses and transport failures into `LizaError`s.
extension LizaError {
    /// The error for a non-2xx response: the kind from the status, the message from the body
    /// (sanitized, short, with `secret` redacted) or a plain default.
    public init(response: HTTPResponse, redacting secret: String) {
        let status = response.status
        let serverMessage = ServerMessage.extract(from: response.body, contentType: response.header("content-type"),
                                                  redacting: [secret])
        let kind = Self.kind(forStatus: status)
        let fallback = Self.defaultMessage(for: kind, status: status)
        var message: String
        switch kind {
        case .auth, .forbidden, .rateLimited:
            // Their server messages are often just the reason phrase; keep our explanation first.
            if let serverMessage, !Self.isReasonPhrase(serverMessage, status: status) {
                message = "\(fallback): \(serverMessage)"
            } else {
                message = fallback
            }
        default:
            message = serverMessage ?? fallback
        }
        if kind == .server, (300..<400).contains(status), let location = response.header("location") {
            message += " (redirected to \(MessageSanitizer.sanitize(location, redacting: [secret], maxLength: 100)))"
        }
        var retryAfter: Double?
        if status == 429 {
            retryAfter = RetryAfter.seconds(from: response.header("retry-after"), now: Self.now())
        }
        self.init(kind: kind, status: status, message: message, retryAfter: retryAfter)
    }

    /// The error for a failure below HTTP; `timeout` is the call's limit and `idle` the
    /// silence allowed, in seconds.
    public init(transport error: TransportError, host: String, timeout: Double,
                idle: Double = Double(TimeoutSetting.idleSeconds)) {
        switch error {
        case .timeout:
            self.init(kind: .timeout, message: "no complete answer from \(host) within \(Self.seconds(timeout))")
        case .idle:
            self.init(kind: .timeout, message: "no complete answer from \(host): it sent nothing for \(Self.seconds(min(timeout, idle)))")
        case .connectionFailed(let why):
            self.init(kind: .network, message: "could not connect to \(host): \(MessageSanitizer.sanitize(why, maxLength: 120))")
        case .connectionDropped:
            self.init(kind: .network, message: "the connection to \(host) closed before a full response arrived")
        case .cancelled:
            self = .cancelledByCaller
        case .other(let why):
            self.init(kind: .network, message: "request to \(host) failed: \(MessageSanitizer.sanitize(why, maxLength: 120))")
        }
    }

    /// The caller cancelled (the task was cancelled).
    public static let cancelledByCaller = LizaError(kind: .cancelled, message: "cancelled")

    /// 400/422/… → validation, 401 → auth, 403 → forbidden, 404/410 → notFound,
    /// 408/504 → timeout-ish server errors, 429 → rateLimited, 5xx → server.
    public static func kind(forStatus status: Int) -> Kind {
        switch status {
        case 401: return .auth
        case 403: return .forbidden
        case 404, 410: return .notFound
        case 429: return .rateLimited
        case 400, 405, 409, 411, 412, 413, 414, 415, 416, 417, 422: return .validation
        case 400..<500: return .validation
        default: return .server
        }
    }

    static func defaultMessage(for kind: Kind, status: Int) -> String {
        switch kind {
        case .auth: return "the API token was rejected (missing, invalid or expired)"
        case .forbidden: return "this token is not allowed to do that"
        case .notFound: return "not found"
        case .rateLimited: return "rate limited by the API"
        case .validation: return "the API rejected the request"
        default:
            switch status {
            case 300..<400: return "unexpected redirect from the API"
            case 502: return "bad gateway: the API's proxy got no valid answer"
            case 503: return "the API is unavailable"
            case 504: return "gateway timeout: the API did not answer in time"
            default: return "the API failed"
            }
        }
    }

    private static func isReasonPhrase(_ message: String, status: Int) -> Bool {
        let m = message.lowercased().filter { $0.isLetter }
        let phrases: [Int: [String]] = [
            401: ["unauthorized", "unauthorised", "unauthenticated"],
            403: ["forbidden"],
            429: ["toomanyrequests", "ratelimited", "ratelimitexceeded"],
        ]
        return phrases[status]?.contains(m) ?? false
    }

    /// "30 s", "0.5 s"; never traps (a value out of `Int`'s range is only printed).
    static func seconds(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "\(value) s" }
        return value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    private static func now() -> Double { Date().timeIntervalSince1970 }
}
