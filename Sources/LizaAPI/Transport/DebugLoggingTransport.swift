/// A transport that describes every exchange of its base transport (`--verbose`,
/// `LIZA_DEBUG=1`): method, URL, request headers, then status, protocol, duration, request id
/// and response headers, or the failure.
///
/// Secrets never reach the log: `Authorization`, `Proxy-Authorization`, `Cookie` and
/// `Set-Cookie` values are replaced by `***` (keeping the scheme word, `Bearer ***`), and
/// `secrets` (the token) are cut out of every other header and of the URL. Lines go to `sink`
/// (stderr for the CLI; the TUI's stderr is `tui.log`). Bodies are not logged.
public struct DebugLoggingTransport: HTTPTransport {
    public let base: any HTTPTransport
    public let secrets: [String]
    public let sink: @Sendable (String) -> Void

    public init(base: any HTTPTransport, secrets: [String], sink: @escaping @Sendable (String) -> Void) {
        self.base = base
        self.secrets = secrets.filter { !$0.isEmpty }
        self.sink = sink
    }

    /// Header names whose values are never shown.
    static let secretHeaders: Set<String> = ["authorization", "proxy-authorization", "cookie", "set-cookie"]

    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        var lines = ["> \(request.method) \(redact(request.url))"]
        for (name, value) in request.headers.sorted(by: { $0.key.lowercased() < $1.key.lowercased() }) {
            lines.append(">   \(name.lowercased()): \(shown(name: name, value: value))")
        }
        if let body = request.body { lines.append(">   (body: \(body.count) bytes)") }
        sink(lines.joined(separator: "\n") + "\n")
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let response = try await base.send(request)
            let ms = Self.milliseconds(clock.now - start)
            var out = ["< \(response.status) \(response.version ?? "HTTP") \(request.method) \(redact(request.url)) in \(ms) ms"
                + (LizaError.requestID(of: response, redacting: secrets.first ?? "").map { ", request id \($0)" } ?? "")]
            for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
                out.append("<   \(name): \(shown(name: name, value: value))")
            }
            out.append("<   (body: \(response.body.count) bytes)")
            sink(out.joined(separator: "\n") + "\n")
            return response
        } catch {
            let ms = Self.milliseconds(clock.now - start)
            sink("< failed \(request.method) \(redact(request.url)) after \(ms) ms: \(MessageSanitizer.sanitize(String(describing: error), redacting: secrets, maxLength: 200))\n")
            throw error
        }
    }

    /// The value as logged: `***` for secret headers (after the scheme word), else without secrets.
    func shown(name: String, value: String) -> String {
        if Self.secretHeaders.contains(name.lowercased()) {
            if let space = value.firstIndex(of: " "), !value[..<space].isEmpty { return "\(value[..<space]) ***" }
            return "***"
        }
        return redact(value)
    }

    /// `text` with every secret replaced by `***`, control characters made visible.
    func redact(_ text: String) -> String {
        MessageSanitizer.sanitize(text, redacting: secrets, maxLength: 2000)
    }

    static func milliseconds(_ d: Duration) -> Int {
        let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return ms.isFinite ? Int(ms.rounded()) : 0
    }
}
