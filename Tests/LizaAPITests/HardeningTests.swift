import Foundation
import Testing
import LizaAPI
import OrderedJSON

/// Numbers, headers and bodies from a hostile server or a careless user: never a trap, never
/// the token, never an endless loop (issue 7, items 1, 4, 8, 9, 11, 13).
@Suite("Hardening")
struct HardeningTests {
    // MARK: Retry-After (item 1)

    @Test("Absurd, negative and garbage Retry-After values never trap", arguments: [
        "Wed, 21 Oct 300000000000 07:28:00 GMT",
        "Wed, 21 Oct 99999999999999999999999999 07:28:00 GMT",
        "Wed, 99999999999999999999 Oct 2026 07:28:00 GMT",
        "Wed, 21 Oct 2026 99999999999999999999:00:00 GMT",
        "99999999999999999999999999999", "-5", "1.5", "1e9", "Thu, 01 Jan 1970 00:00:00 GMT", "💥", "",
    ])
    func retryAfterNeverTraps(header: String) {
        let seconds = RetryAfter.seconds(from: header, now: 1_800_000_000)
        if let seconds { #expect(seconds >= 0 && seconds <= RetryAfter.maximum) }
    }

    @Test func retryAfterCapsHugeValues() {
        #expect(RetryAfter.seconds(from: "Wed, 21 Oct 300000000000 07:28:00 GMT", now: 1_800_000_000) == RetryAfter.maximum)
        #expect(RetryAfter.seconds(from: "99999999999999999999999999999", now: 0) == RetryAfter.maximum)
        #expect(RetryAfter.seconds(from: "86401", now: 0) == RetryAfter.maximum)
        #expect(RetryAfter.seconds(from: "-5", now: 0) == nil)
        #expect(RetryAfter.seconds(from: "1e9", now: 0) == nil)
        #expect(RetryAfter.httpDate("Wed, 21 Oct 300000000000 07:28:00 GMT") == .infinity)
    }

    /// The header that crashed every subcommand: now a rate-limit error at once, no sleep.
    @Test func absurdRetryAfterDateGivesUpWithARateLimitError() async {
        let stub = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": "Wed, 21 Oct 300000000000 07:28:00 GMT"]))])
        let events = Recorder<ClientEvent>()
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, events: events).integrations() }
        #expect(stub.requestCount == 1)
        #expect(events.all.isEmpty)
        #expect(error?.kind == .rateLimited)
        #expect(error?.message == "rate limited by the API; it asks to wait a day or more, longer than liza waits (60 s)")
    }

    /// A Retry-After the policy would honour but the call's time limit cannot: give up now.
    @Test func retryAfterBeyondTheTimeLeftGivesUp() async throws {
        let stub = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": "5"]))])
        let client = LizaClient(baseURL: try TestClient.base, token: TestClient.token, transport: stub, retryPolicy: .fastTests,
                                userAgent: "t", timeout: 2)
        let error = await liza { () async throws(LizaError) in try await client.integrations() }
        #expect(stub.requestCount == 1)
        #expect(error?.kind == .rateLimited)
        #expect(error?.message == "rate limited by the API; it asks to wait 5 s, more than is left of the 2 s timeout")
    }

    @Test func garbageRetryAfterFallsBackToBackoff() async throws {
        let stub = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": "soon-ish"])), .respond(.json("[]"))])
        let events = Recorder<ClientEvent>()
        _ = try await TestClient.make(stub, events: events).integrations()
        #expect(stub.requestCount == 2)
        guard case .rateLimited(let seconds, 1)? = events.all.first else {
            Issue.record("expected a rate-limit wait, got \(events.all)")
            return
        }
        #expect(seconds <= RetryPolicy.fastTests.maxDelay)
    }

    // MARK: User numbers (item 4)

    @Test func hugeOffsetIsAValidationError() async {
        let stub = StubTransport([])
        let query = RecordQuery(connectionID: "c1", category: .crm, objectType: "contact", offset: Int.max)
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub).records(query) }
        #expect(error?.kind == .validation)
        #expect(error?.field == .offset)
        #expect(error?.message == "offset must be at most 1000000000 (got 9223372036854775807)")
        #expect(stub.requestCount == 0)
    }

    @Test func hugeMaxRecordsMeansAll() async throws {
        let stub = pagingStub(total: 25)
        let query = RecordQuery(connectionID: "c1", category: .crm, objectType: "contact", limit: 10)
        var fetched: [Int] = []
        for try await page in try TestClient.make(stub).fetchAll(query, maxRecords: Int.max) { fetched += indices([page]) }
        #expect(fetched == Array(0..<25))
        var sequential: [Int] = []
        for try await page in try TestClient.make(stub).pages(for: query, maxRecords: Int.max) { sequential += indices([page]) }
        #expect(sequential == Array(0..<25))
    }

    // MARK: Paging that never ends (item 13)

    static func offsetIgnoringStub() -> StubTransport {
        StubTransport { _, _ throws(TransportError) in
            .json(#"{"items":["# + (0..<10).map { #"{"i":\#($0)}"# }.joined(separator: ",") + #"],"has_more":true}"#)
        }
    }

    @Test func fetchAllFailsWhenTheServerRepeatsAPage() async {
        let stub = Self.offsetIgnoringStub()
        let query = RecordQuery(connectionID: "c1", category: .crm, objectType: "contact", limit: 10)
        var seen = 0
        do {
            for try await page in try TestClient.make(stub).fetchAll(query) { seen += page.records.count }
            Issue.record("expected an error")
        } catch {
            #expect((error as? LizaError)?.kind == .decoding)
            #expect((error as? LizaError)?.message == "the server sent the same page again at offset 10 (it seems to ignore offset); stopped after 10 records")
        }
        #expect(seen == 10)
    }

    @Test func pagesFailWhenTheServerRepeatsAPage() async {
        let stub = Self.offsetIgnoringStub()
        let query = RecordQuery(connectionID: "c1", category: .crm, objectType: "contact", limit: 10)
        var seen = 0
        do {
            for try await page in try TestClient.make(stub).pages(for: query) { seen += page.records.count }
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("the server sent the same page again at offset 10"))
        }
        #expect(seen == 10)
        #expect(stub.requestCount == 2)
    }

    /// New records on every page and `has_more` forever: bounded by a page limit
    /// (`RecordPaging.maxPages`, lowered here to keep the test short).
    @Test func endlessPagingStopsAtThePageLimit() async {
        let stub = StubTransport { request, _ throws(TransportError) in
            let offset = Int(queryParameters(request.url)["offset"] ?? "") ?? 0
            return .json(#"{"items":[{"i":\#(offset)}],"has_more":true}"#)
        }
        let query = RecordQuery(connectionID: "c1", category: .crm, objectType: "contact", limit: 1)
        let result = await RecordPaging.fetchPages(query, concurrency: 8, maxRecords: nil, pageLimit: 40,
                                                   fetch: { q throws(LizaError) in try await TestClient.make(stub).records(q) },
                                                   yield: { _ in })
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(error.message == "stopped after 40 pages (40 records): the server keeps saying there is more")
        #expect(stub.requestCount == 40)
    }

    // MARK: The token in answers (item 8)

    static let secret = TestClient.token

    @Test func anHTMLErrorPageIsRedactedBeforeItIsCut() {
        // No title or h1: the excerpt is the page's first 200 characters, and the token starts
        // at character 183, so cutting first would print its first 17 characters.
        let filler = String(repeating: "x", count: 160)
        let html = "<html><body><p>\(filler) Authorization: Bearer \(Self.secret) was rejected</p></body></html>"
        let error = LizaError(response: .text(html, status: 502, contentType: "text/html"), redacting: Self.secret)
        #expect(!error.message.contains("liza_mcp"))
        #expect(!error.message.contains(String(Self.secret.prefix(6))))
        #expect(error.message.contains("Authorization: Bearer *** was"))
    }

    @Test func aPassthroughAnswerThatEchoesTheTokenIsRedacted() async throws {
        let echo = #"{"headers":{"authorization":"Bearer \#(Self.secret)"},"note":"token \#(Self.secret)"}"#
        let stub = StubTransport([.respond(.json(echo, headers: ["x-echo": "Bearer \(Self.secret)"]))])
        let response = try await TestClient.make(stub).passthrough(connectionID: "c1", PassthroughRequest(method: .GET, path: "/echo"))
        let text = String(decoding: response.bytes, as: UTF8.self)
        #expect(!text.contains(Self.secret))
        #expect(text == #"{"headers":{"authorization":"Bearer ***"},"note":"token ***"}"#)
        guard case .json(let value) = response.body else {
            Issue.record("expected JSON")
            return
        }
        #expect(value["note"]?.stringValue == "token ***")
    }

    @Test func recordsThatEchoTheTokenAreRedacted() async throws {
        let stub = StubTransport([.respond(.json(#"[{"id":"1","name":"\#(Self.secret)"}]"#))])
        let page = try await TestClient.make(stub).records(RecordQuery(connectionID: "c1", category: .crm, objectType: "contact"))
        #expect(page.records.first?["name"]?.stringValue == "***")
    }

    @Test func byteRedactionReplacesEveryOccurrence() {
        let secret = "abcdefgh12"
        func redact(_ s: String) -> String { String(decoding: Redaction.redact(Array(s.utf8), secret: secret), as: UTF8.self) }
        #expect(redact("abcdefgh12") == "***")
        #expect(redact("xabcdefgh12abcdefgh12y") == "x******y")
        #expect(redact("abcdefgh1") == "abcdefgh1")
        #expect(redact("") == "")
        // Too short to be a real token: data is left alone.
        #expect(Redaction.redact(Array("demo demo".utf8), secret: "demo") == Array("demo demo".utf8))
    }

    // MARK: Plain http only to literal loopback (item 9)

    @Test func onlyLiteralLoopbackMayUsePlainHTTP() throws {
        for ok in ["http://localhost:8080/api", "http://127.0.0.1/api", "http://127.9.9.9:1", "http://[::1]:9/api", "http://LOCALHOST"] {
            #expect(throws: Never.self) { try BaseURL(ok) }
        }
        for bad in ["http://anything.localhost/api", "http://localhost.example/api", "http://a.b.localhost:8787", "http://localhost./api",
                    "http://127.0.0.1.nip.io/api", "http://[::ffff:10.0.0.1]/api"] {
            #expect(throws: LizaError.self, "\(bad)") { try BaseURL(bad) }
        }
        #expect(!BaseURL.isLoopbackHost("evil.localhost"))
    }

    // MARK: Passthrough writes are sent once (item 11)

    @Test("A passthrough write is never repeated", arguments: [HTTPMethod.POST, .PUT, .PATCH, .DELETE])
    func passthroughWritesAreNotRetried(method: HTTPMethod) async throws {
        // A 429 (perhaps the provider's, after it acted): not retried, reported.
        let limited = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": "0"])), .respond(.json("{}"))])
        let error = await liza { () async throws(LizaError) in
            try await TestClient.make(limited).passthrough(connectionID: "c1", PassthroughRequest(method: method, path: "/x"))
        }
        #expect(error?.kind == .rateLimited)
        #expect(limited.requestCount == 1)

        // A 5xx is the provider's answer: returned as is, not retried.
        let failing = StubTransport([.respond(HTTPResponse(status: 503)), .respond(.json("{}"))])
        let response = try await TestClient.make(failing).passthrough(connectionID: "c1", PassthroughRequest(method: method, path: "/x"))
        #expect(response.status == 503)
        #expect(failing.requestCount == 1)

        // A dropped connection or a timeout: the outcome is unknown, so it is not repeated.
        for failure in [TransportError.connectionDropped, .timeout, .idle] {
            let dropped = StubTransport([.fail(failure), .respond(.json("{}"))])
            let error = await liza { () async throws(LizaError) in
                try await TestClient.make(dropped).passthrough(connectionID: "c1", PassthroughRequest(method: method, path: "/x"))
            }
            #expect(error?.kind == (failure == .connectionDropped ? .network : .timeout))
            #expect(dropped.requestCount == 1)
        }
    }

    @Test func aPassthroughGetIsRetried() async throws {
        let stub = StubTransport([
            .respond(HTTPResponse(status: 429, headers: ["retry-after": "0"])), .fail(.connectionDropped),
            .respond(HTTPResponse(status: 502)), .respond(.json("{}")),
        ])
        // The 429 and the dropped connection are retried; the 502 is the provider's answer.
        let response = try await TestClient.make(stub).passthrough(connectionID: "c1", PassthroughRequest(method: .GET, path: "/x"))
        #expect(response.status == 502)
        #expect(stub.requestCount == 3)
        #expect(stub.requests.allSatisfy { $0.method == .POST })
    }
}
