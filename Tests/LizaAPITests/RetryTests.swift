import Foundation
import Testing
import LizaAPI

@Suite("Retries and rate limiting")
struct RetryTests {
    static let ok = HTTPResponse.json("[]")

    @Test func rateLimitWithRetryAfterSecondsIsWaitedForAndObserved() async throws {
        let stub = StubTransport([.respond(.json(#"{"message":"slow down"}"#, status: 429, headers: ["retry-after": "0"])), .respond(Self.ok)])
        let events = Recorder<ClientEvent>()
        _ = try await TestClient.make(stub, events: events).integrations()
        #expect(stub.requestCount == 2)
        #expect(events.all == [.rateLimited(seconds: 0, attempt: 1)])
    }

    @Test func rateLimitWithHTTPDate() async throws {
        let past = "Wed, 21 Oct 2015 07:28:00 GMT"
        let stub = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": past])), .respond(Self.ok)])
        let events = Recorder<ClientEvent>()
        _ = try await TestClient.make(stub, events: events).connections()
        #expect(stub.requestCount == 2)
        #expect(events.all == [.rateLimited(seconds: 0, attempt: 1)])
    }

    @Test func rateLimitRetriedForTheAPIsOwnPostAndDelete() async throws {
        let limited = HTTPResponse(status: 429, headers: ["retry-after": "0"])
        let stub = StubTransport([
            .respond(limited), .respond(.json(#"{"url":"https://a.example","connection_id":"p"}"#)),
            .respond(limited), .respond(HTTPResponse(status: 204)),
        ])
        let events = Recorder<ClientEvent>()
        let client = try TestClient.make(stub, events: events)
        _ = try await client.connect(ConnectRequest(integrationType: "hubspot", categories: [.crm]))
        try await client.deleteConnection(id: "c1")
        #expect(stub.requests.map(\.method) == [.POST, .POST, .DELETE, .DELETE])
        #expect(events.all.count == 2)
    }

    @Test func rateLimitWithoutRetryAfterBacksOff() async throws {
        let stub = StubTransport([.respond(HTTPResponse(status: 429)), .respond(HTTPResponse(status: 429)), .respond(Self.ok)])
        let events = Recorder<ClientEvent>()
        _ = try await TestClient.make(stub, events: events).integrations()
        #expect(stub.requestCount == 3)
        let waits = events.all.compactMap { event -> Double? in
            if case .rateLimited(let seconds, _) = event { return seconds } else { return nil }
        }
        #expect(waits.count == 2)
        #expect(waits.allSatisfy { $0 >= 0 && $0 <= RetryPolicy.fastTests.maxDelay })
    }

    @Test func rateLimitStillAfterMaxRetries() async {
        let limited = HTTPResponse.json(#"{"message":"Too many requests"}"#, status: 429, headers: ["retry-after": "0"])
        let stub = StubTransport(Array(repeating: .respond(limited), count: 4))
        let events = Recorder<ClientEvent>()
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, events: events).integrations() }
        #expect(stub.requestCount == 4)
        #expect(events.all.map { if case .rateLimited(_, let attempt) = $0 { attempt } else { 0 } } == [1, 2, 3])
        #expect(error?.kind == .rateLimited)
        #expect(error?.status == 429)
        #expect(error?.retryAfter == 0)
        #expect(error?.message == "rate limited by the API")
    }

    @Test func retryAfterLongerThanPolicyFailsAtOnce() async {
        let stub = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": "120"]))])
        let events = Recorder<ClientEvent>()
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, events: events).integrations() }
        #expect(stub.requestCount == 1)
        #expect(events.all.isEmpty)
        #expect(error?.kind == .rateLimited)
        #expect(error?.retryAfter == 120)
    }

    @Test func serverErrorRetriedOnGetOnly() async throws {
        let stub = StubTransport([.respond(HTTPResponse(status: 500)), .respond(HTTPResponse(status: 503)), .respond(Self.ok)])
        let events = Recorder<ClientEvent>()
        _ = try await TestClient.make(stub, events: events).connections()
        #expect(stub.requestCount == 3)
        let reasons = events.all.compactMap { event -> String? in
            if case .retrying(let seconds, _, let reason) = event, seconds >= 0, seconds <= 0.002 { return reason } else { return nil }
        }
        #expect(reasons == ["HTTP 500", "HTTP 503"])

        let post = StubTransport([.respond(.json(#"{"message":"boom"}"#, status: 500)), .respond(Self.ok)])
        let postError = await liza { () async throws(LizaError) in
            try await TestClient.make(post).connect(ConnectRequest(integrationType: "hubspot", categories: [.crm]))
        }
        #expect(post.requestCount == 1)
        #expect(postError?.kind == .server)
        #expect(postError?.message == "boom")

        let delete = StubTransport([.respond(HTTPResponse(status: 502)), .respond(Self.ok)])
        let deleteError = await liza { () async throws(LizaError) in try await TestClient.make(delete).deleteConnection(id: "c1") }
        #expect(delete.requestCount == 1)
        #expect(deleteError?.kind == .server)

        let passthrough = StubTransport([.respond(HTTPResponse(status: 500)), .respond(Self.ok)])
        let response = try await TestClient.make(passthrough).passthrough(connectionID: "c1", PassthroughRequest(method: .GET, path: "/x"))
        #expect(passthrough.requestCount == 1)
        #expect(response.status == 500)
    }

    @Test func serverErrorAfterMaxRetries() async {
        let stub = StubTransport(Array(repeating: .respond(HTTPResponse(status: 503)), count: 4))
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub).integrations() }
        #expect(stub.requestCount == 4)
        #expect(error?.kind == .server)
        #expect(error?.status == 503)
    }

    @Test func droppedConnectionAndTimeoutRetriedOnGet() async throws {
        let stub = StubTransport([.fail(.connectionDropped), .fail(.timeout), .respond(Self.ok)])
        let events = Recorder<ClientEvent>()
        _ = try await TestClient.make(stub, events: events).integrations()
        #expect(stub.requestCount == 3)
        let reasons = events.all.compactMap { if case .retrying(_, _, let reason) = $0 { reason } else { nil } }
        #expect(reasons == ["connection dropped", "timed out"])

        let post = StubTransport([.fail(.connectionDropped), .respond(Self.ok)])
        let error = await liza { () async throws(LizaError) in try await TestClient.make(post).callback(connectionID: "c1") }
        #expect(post.requestCount == 1)
        #expect(error?.kind == .network)

        let refused = StubTransport([.fail(.connectionFailed("connection refused")), .respond(Self.ok)])
        let refusedError = await liza { () async throws(LizaError) in try await TestClient.make(refused).integrations() }
        #expect(refused.requestCount == 1)
        #expect(refusedError?.kind == .network)
    }

    @Test func noRetriesWithPolicyNone() async {
        let stub = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": "0"])), .respond(Self.ok)])
        let error = await liza { () async throws(LizaError) in try await TestClient.make(stub, policy: .none).integrations() }
        #expect(stub.requestCount == 1)
        #expect(error?.kind == .rateLimited)
    }

    @Test func backoffIsFullJitterWithinBounds() {
        let policy = RetryPolicy(maxRetries: 5, baseDelay: 0.5, maxDelay: 4, maxRetryAfter: 60)
        for attempt in 0..<8 {
            let ceiling = min(4, 0.5 * Double(1 << attempt))
            for _ in 0..<50 {
                let delay = policy.backoff(attempt: attempt)
                #expect(delay >= 0 && delay <= ceiling)
            }
        }
        #expect(RetryPolicy(maxRetries: 1, baseDelay: 0, maxDelay: 0, maxRetryAfter: 0).backoff(attempt: 3) == 0)
    }

    @Test("Retry-After parsing", arguments: [
        ("120", 120.0), ("0", 0), (" 5 ", 5), ("Sun, 06 Nov 1994 08:49:37 GMT", 0),
    ])
    func retryAfterValues(header: String, seconds: Double) {
        #expect(RetryAfter.seconds(from: header, now: Date().timeIntervalSince1970) == seconds)
    }

    @Test func retryAfterDates() {
        let epoch = 784_111_777.0 // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfter.httpDate("Sun, 06 Nov 1994 08:49:37 GMT") == epoch)
        #expect(RetryAfter.httpDate("Sunday, 06-Nov-94 08:49:37 GMT") == epoch)
        #expect(RetryAfter.httpDate("Sun Nov  6 08:49:37 1994") == epoch)
        #expect(RetryAfter.seconds(from: "Sun, 06 Nov 1994 08:50:07 GMT", now: epoch) == 30)
        #expect(RetryAfter.seconds(from: "soon", now: epoch) == nil)
        #expect(RetryAfter.seconds(from: "-5", now: epoch) == nil)
        #expect(RetryAfter.seconds(from: nil, now: epoch) == nil)
        #expect(RetryAfter.httpDate("Sun, 32 Nov 1994 08:49:37 GMT") == nil)
    }
}
