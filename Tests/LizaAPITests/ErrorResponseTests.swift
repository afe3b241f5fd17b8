import Testing
import LizaAPI
import OrderedJSON

@Suite("Error responses")
struct ErrorResponseTests {
    @Test("error body shapes", arguments: [
        (#"{"message":"categories must not be empty"}"#, "categories must not be empty"),
        (#"{"error":"invalid_request"}"#, "invalid_request"),
        (#"{"error":{"message":"limit too big","code":"E1"}}"#, "limit too big"),
        (#"{"statusCode":400,"error":"Bad Request","message":"limit must be between 1 and 100"}"#, "limit must be between 1 and 100"),
        (#"{"errors":[{"message":"a is wrong"},{"message":"b is wrong"}]}"#, "a is wrong; b is wrong"),
        (#"{"statusCode":400,"message":["categories must be an array","integration_type should not be empty"],"error":"Bad Request"}"#,
         "categories must be an array; integration_type should not be empty"),
        (#"{"type":"about:blank","title":"Bad Request","detail":"offset is negative"}"#, "offset is negative"),
        (#"{"error":"invalid_grant","error_description":"token expired"}"#, "invalid_grant: token expired"),
        (#""plain json string""#, "plain json string"),
        (#"{"weird":1}"#, #"{"weird":1}"#),
    ])
    func jsonBodies(body: String, message: String) {
        #expect(ServerMessage.extract(from: Array(body.utf8), contentType: "application/json") == message)
    }

    @Test func htmlAndTextBodies() {
        let page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>h1{}</style></head><body><h1>Bad Gateway</h1></body></html>"
        #expect(ServerMessage.extract(from: Array(page.utf8), contentType: "text/html") == "502 Bad Gateway")
        let h1Only = "<html><body><h1>Service &amp; API   down</h1><p>x</p></body></html>"
        #expect(ServerMessage.extract(from: Array(h1Only.utf8), contentType: nil) == "Service & API down")
        let noHeadline = "<html><body><script>var x = '<b>';</script><p>Upstream   <b>timed</b> out</p></body></html>"
        #expect(ServerMessage.extract(from: Array(noHeadline.utf8), contentType: "text/html; charset=utf-8") == "Upstream timed out")
        #expect(ServerMessage.extract(from: Array("\n\nupstream connect error\nsecond line".utf8), contentType: "text/plain") == "upstream connect error")
        #expect(ServerMessage.extract(from: [], contentType: "text/plain") == nil)
        #expect(ServerMessage.extract(from: Array("{}".utf8), contentType: "application/json") == nil)
    }

    @Test func messagesAreSanitizedShortAndRedacted() {
        let hostile = #"{"message":"bad \u001b[31mred\u001b[0m \u202eevil\u200b token liza_mcp_secret_token_123 here\n\tnext"}"#
        let message = ServerMessage.extract(from: Array(hostile.utf8), contentType: nil, redacting: [TestClient.token])
        #expect(message == "bad [31mred[0m evil token *** here next")
        let long = #"{"message":"\#(String(repeating: "é", count: 500))"}"#
        let short = ServerMessage.extract(from: Array(long.utf8), contentType: nil)
        #expect(short?.count == 200)
        #expect(short?.hasSuffix("…") == true)
        #expect(MessageSanitizer.sanitize("a\u{0}b\u{7F}c\u{9B}d") == "abcd")
    }

    @Test("status mapping", arguments: [
        (400, LizaError.Kind.validation), (401, .auth), (403, .forbidden), (404, .notFound), (409, .validation),
        (410, .notFound), (422, .validation), (429, .rateLimited), (500, .server), (502, .server), (503, .server),
        (504, .server), (302, .server), (418, .validation),
    ])
    func statusKinds(status: Int, kind: LizaError.Kind) async {
        let stub = StubTransport([.respond(.json(#"{"message":"nope"}"#, status: status))])
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, policy: .none).connections() }
        #expect(error?.kind == kind)
        #expect(error?.status == status)
    }

    @Test func messagesPerKind() async {
        func error(_ response: HTTPResponse) async -> LizaError? {
            let stub = StubTransport([.respond(response)])
            return await liza { () async throws(LizaError) in try await TestClient.make(stub, policy: .none).connection(id: "c1") }
        }
        let e400 = await error(.json(#"{"statusCode":400,"error":"Bad Request","message":"limit must be ≤ 100"}"#, status: 400))
        #expect(e400?.message == "limit must be ≤ 100")
        #expect(e400?.description == "limit must be ≤ 100 (HTTP 400)")
        let e401 = await error(.json(#"{"statusCode":401,"error":"Unauthorized","message":"Unauthorized"}"#, status: 401))
        #expect(e401?.message == "the API token was rejected (missing, invalid or expired)")
        let e401detail = await error(.json(#"{"message":"token liza_mcp_secret_token_123 revoked"}"#, status: 401))
        #expect(e401detail?.message == "the API token was rejected (missing, invalid or expired): token *** revoked")
        let e403 = await error(.json(#"{"error":"Forbidden"}"#, status: 403))
        #expect(e403?.message == "this token is not allowed to do that")
        let e404 = await error(.json(#"{"statusCode":404,"error":"Not Found","message":"Connection not found"}"#, status: 404))
        #expect(e404?.message == "Connection not found")
        let e404bare = await error(HTTPResponse(status: 404))
        #expect(e404bare?.message == "not found")
        let e502 = await error(.text("<html><head><title>502 Bad Gateway</title></head></html>", status: 502, contentType: "text/html"))
        #expect(e502?.message == "502 Bad Gateway")
        #expect(e502?.kind == .server)
        let e503 = await error(HTTPResponse(status: 503))
        #expect(e503?.message == "the API is unavailable")
        let redirect = await error(HTTPResponse(status: 301, headers: ["location": "https://elsewhere.example/api"]))
        #expect(redirect?.message == "unexpected redirect from the API (redirected to https://elsewhere.example/api)")
    }

    @Test func transportFailuresMapToKinds() async {
        let cases: [(TransportError, LizaError.Kind, String)] = [
            (.timeout, .timeout, "no complete answer from api.example.test within 30 s"),
            (.idle, .timeout, "no complete answer from api.example.test: it sent nothing for 15 s"),
            (.connectionFailed("connection refused"), .network, "could not connect to api.example.test: connection refused"),
            (.connectionDropped, .network, "the connection to api.example.test closed before a full response arrived"),
            (.other("boom"), .network, "request to api.example.test failed: boom"),
            (.cancelled, .cancelled, "cancelled"),
        ]
        for (failure, kind, message) in cases {
            let stub = StubTransport([.fail(failure)])
            let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, policy: .none).integrations() }
            #expect(error?.kind == kind)
            #expect(error?.message == message)
        }
    }

    @Test func configurationErrors() async throws {
        let stub = StubTransport([])
        for base in ["http://api.example.test/api", "ftp://x", "api.example.test", "https://user:pw@api.example.test", "https://h/api?x=1", "", "https://:80"] {
            let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, baseURL: base).integrations() }
            #expect(error?.kind == .configuration, "base URL \(base)")
        }
        let noToken = LizaClient(baseURL: try TestClient.base, token: "", transport: stub)
        #expect(await liza { () async throws(LizaError) in try await noToken.integrations() }?.kind == .configuration)
        let newline = LizaClient(baseURL: try TestClient.base, token: "abc\r\nX-Evil: 1", transport: stub)
        let injected = await liza { () async throws(LizaError) in try await newline.integrations() }
        #expect(injected?.kind == .configuration)
        #expect(injected?.message.contains("X-Evil") == false)
        #expect(stub.requestCount == 0)
    }

    @Test func httpRefusedExceptLoopback() throws {
        #expect(throws: LizaError.self) { try BaseURL("http://10.0.0.1/api") }
        #expect(throws: LizaError.self) { try BaseURL("http://127.example.com/api") }
        #expect(try BaseURL("http://localhost:8080/api").isLoopback)
        #expect(try BaseURL("http://127.1.2.3/api").isLoopback)
        #expect(try BaseURL("http://[::1]:80").isLoopback)
        #expect(try BaseURL("HTTPS://api.eu.liza.app/api/").description == "https://api.eu.liza.app/api")
        do {
            _ = try BaseURL("http://api.eu.liza.app/api")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .configuration)
            #expect(error.message.contains("use https://"))
        }
    }
}
