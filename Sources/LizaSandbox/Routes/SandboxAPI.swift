import Foundation
import LizaAPI
import OrderedJSON

/// The sandbox's request handling, free of any HTTP library: a `ParsedRequest` in, a `Reply`
/// out. `SandboxResponder` adapts it to Hummingbird.
struct SandboxAPI: Sendable {
    let state: SandboxState
    let options: SandboxOptions
    let space: RecordSpace
    let log: SandboxLog

    init(options: SandboxOptions, log: SandboxLog) {
        self.options = options
        self.log = log
        state = SandboxState(options: options)
        space = RecordSpace(options: options)
    }

    /// Answers one request. `origin` is `http://127.0.0.1:PORT` of the listening socket.
    func handle(_ req: ParsedRequest, origin: String) async -> Reply {
        // Before anything else (controls and the authorize page too): see `LoopbackHost`.
        if let host = req.header("host"), !LoopbackHost.isLoopback(host) {
            return .error(421, "this sandbox answers only requests addressed to a loopback host (127.0.0.1, [::1] or localhost)")
        }
        let s = req.segments
        if s == ["openapi.json"] || s == ["api", "openapi.json"] {
            guard req.method == "GET" || req.method == "HEAD" else { return methodNotAllowed(req, allowed: ["GET", "HEAD"]) }
            return .json(OpenAPIDocument.make(serverURL: origin + "/api", envelope: options.envelope,
                                              exampleConnectionID: ConnectionRecord.seeded(seed: options.seed, referenceTime: options.referenceTime).first?.id))
        }
        if s.first == "authorize" { return await authorize(req, origin: origin) }
        if s.first == "_sandbox" { return await controls(req) }
        if s.first == "v1" || (s.first == "api" && s.dropFirst().first == "v1") { return await api(req, origin: origin) }
        if s.isEmpty, req.method == "GET" {
            return .json(JSONBuild.object([("name", JSONBuild.string("liza sandbox")), ("base_url", JSONBuild.string(origin + "/api")),
                              ("openapi", JSONBuild.string(origin + "/openapi.json")), ("docs", JSONBuild.string("https://docs.liza.app/en/dev/public-api/integrations"))]))
        }
        return .error(404, "no route for \(req.method) \(req.path) — the API lives under /api/v1/integrations")
    }

    // MARK: The API pipeline

    /// Every request under /api/v1 or /v1: logged, delayed, possibly faulted, authenticated,
    /// rate limited, then routed.
    private func api(_ req: ParsedRequest, origin: String) async -> Reply {
        let (index, queued) = await state.receive(SandboxRequestRecord(method: req.method, path: req.path, query: req.rawQuery))
        var rng = SeededRandom(options.seed, 0xFA_17, index)
        let delay = options.latencyMilliseconds + (options.latencyJitterMilliseconds > 0 ? rng.int(0...options.latencyJitterMilliseconds) : 0)
        if delay > 0 { try? await Task.sleep(for: .milliseconds(delay)) }
        if let queued { return Self.apply(queued) }
        if let failure = authenticate(req) { return failure }
        if let wait = await state.admit(token: options.token) {
            return .error(429, "rate limit of \(options.rateLimitPerMinute) requests per minute exceeded — retry in \(wait) s",
                          headers: [("Retry-After", String(wait))])
        }
        if options.dropRate > 0, rng.chance(options.dropRate) { return .dropped }
        if options.errorRate > 0, rng.chance(options.errorRate) {
            let status = [500, 502, 503][rng.below(3)]
            return status == 502 ? Reply.proxyPage(502) : .error(status, status == 503 ? "service temporarily unavailable" : "internal error (injected by --error-rate)")
        }
        let rest = Array(req.segments.drop(while: { $0 != "v1" }).dropFirst())
        guard rest.first == "integrations" else {
            return .error(404, "no route for \(req.method) \(req.path) — endpoints start with /v1/integrations")
        }
        do {
            return try await route(req, Array(rest.dropFirst()), origin: origin)
        } catch {
            return error.reply
        }
    }

    private func route(_ req: ParsedRequest, _ p: [String], origin: String) async throws(APIError) -> Reply {
        switch (p.count, p.first) {
        case (0, _):
            try allow(req, "GET")
            return listIntegrations()
        case (1, "connections"):
            try allow(req, "GET")
            return await listConnections()
        case (1, "connect"):
            try allow(req, "POST")
            return try await connect(req, origin: origin)
        case (1, "callback"):
            try allow(req, "POST")
            return try await callback(req)
        case (2, "connections"):
            try allow(req, "GET", "DELETE")
            return req.method == "DELETE" ? try await deleteConnection(p[1]) : try await getConnection(p[1])
        case (2, _) where p[1] == "passthrough":
            try allow(req, "POST")
            return try await passthrough(req, connectionID: p[0])
        case (3, _):
            try allow(req, "GET")
            return try await records(req, connectionID: p[0], category: p[1], object: p[2])
        default:
            throw .notFound("no route for \(req.method) \(req.path) — see /openapi.json for the eight endpoints")
        }
    }

    // MARK: Helpers

    /// Nil when the bearer token is right, otherwise the 401.
    func authenticate(_ req: ParsedRequest) -> Reply? {
        let challenge = [("WWW-Authenticate", "Bearer realm=\"liza\"")]
        guard let header = req.header("authorization"), !header.isEmpty else {
            return .error(401, "missing bearer token — send Authorization: Bearer <token>", headers: challenge)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            return .error(401, "the Authorization header must use the Bearer scheme", headers: challenge)
        }
        // Compare without early exit, and never echo the token back.
        let given = Array(parts[1].trimmingCharacters(in: .whitespaces).utf8), want = Array(options.token.utf8)
        var diff = given.count ^ want.count
        for k in 0..<min(given.count, want.count) { diff |= Int(given[k] ^ want[k]) }
        return diff == 0 ? nil : .error(401, "invalid bearer token", headers: challenge)
    }

    /// Throws the 405 unless `req.method` is one of `methods`. HEAD goes wherever GET does (as
    /// RFC 9110 §9.3.2 and the web frameworks real APIs run on have it); the GET handler
    /// answers and `SandboxResponder` drops the body.
    private func allow(_ req: ParsedRequest, _ methods: String...) throws(APIError) {
        let allowed = methods.contains("GET") ? methods + ["HEAD"] : methods
        guard allowed.contains(req.method) else {
            // RFC 9110 §15.5.6: a 405 must list the methods the resource supports.
            throw APIError(status: 405, message: "\(req.method) is not allowed on \(req.path); use \(methods.joined(separator: " or "))",
                           headers: [("Allow", allowed.joined(separator: ", "))])
        }
    }

    func methodNotAllowed(_ req: ParsedRequest, allowed: [String]) -> Reply {
        .error(405, "\(req.method) is not allowed on \(req.path); use \(allowed.joined(separator: " or "))",
               headers: [("Allow", allowed.joined(separator: ", "))])
    }

    static func apply(_ fault: SandboxFault) -> Reply {
        switch fault {
        case .drop:
            return .dropped
        case .malformed:
            return Reply(status: 200, headers: [("Content-Type", "application/json; charset=utf-8")],
                         body: Array("[{\"id\":\"ct-1001\",\"name\":\"Ada Lovelace\",\"emails\":[{\"email\":\"ada@".utf8))
        case let .status(code, html, retryAfter):
            let headers = retryAfter.map { [("Retry-After", $0)] } ?? []
            if html { var r = Reply.proxyPage(code); r.headers += headers; return r }
            return .error(code, "injected fault (\(code) \(Reply.reason(code)))", headers: headers)
        }
    }

    /// The request body as a JSON object.
    func jsonObject(_ req: ParsedRequest) throws(APIError) -> JSONValue {
        guard !req.body.isEmpty else { throw .badRequest("the request body must be a JSON object") }
        let value: JSONValue
        do { value = try JSONValue.parse(bytes: req.body, maxDepth: 256) } catch { throw .badRequest("the request body is not valid JSON: \(error.description)") }
        guard case .object = value else { throw .badRequest("the request body must be a JSON object") }
        return value
    }

    /// Lists wrapped as `--envelope` says.
    func envelope(_ items: [JSONValue], total: Int, limit: Int, offset: Int) -> JSONValue {
        switch options.envelope {
        case .bare:
            return .array(items)
        case .data:
            return JSONBuild.object([("data", .array(items)), ("pagination", JSONBuild.object([("total", JSONBuild.int(total)), ("limit", JSONBuild.int(limit)), ("offset", JSONBuild.int(offset))]))])
        case .items:
            return JSONBuild.object([("items", .array(items)), ("total", JSONBuild.int(total)), ("limit", JSONBuild.int(limit)), ("offset", JSONBuild.int(offset)),
                        ("has_more", JSONBuild.bool(offset + items.count < total))])
        }
    }
}
