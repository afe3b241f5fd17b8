import Testing
import LizaAPI

@Suite("Cancellation")
struct CancellationTests {
    @Test func cancellingTheTaskAbortsTheRequest() async throws {
        let stub = StubTransport([.hang])
        let client = try TestClient.make(stub)
        let task = Task { () async throws(LizaError) -> [Integration] in try await client.integrations() }
        #expect(await eventually { stub.requestCount == 1 })
        task.cancel()
        let result = await task.result
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect((error as? LizaError)?.kind == .cancelled)
        #expect(stub.requestCount == 1)
    }

    @Test func cancellingDuringARateLimitWaitStopsWaiting() async throws {
        let stub = StubTransport([.respond(HTTPResponse(status: 429, headers: ["retry-after": "30"]))])
        let events = Recorder<ClientEvent>()
        // A limit long enough for the 30 s wait to be attempted at all.
        let client = LizaClient(baseURL: try TestClient.base, token: TestClient.token, transport: stub, retryPolicy: .fastTests,
                                userAgent: "t", timeout: 120, observer: { events.record($0) })
        let task = Task { () async throws(LizaError) -> [Connection] in try await client.connections() }
        #expect(await eventually { events.all == [.rateLimited(seconds: 30, attempt: 1)] })
        task.cancel()
        guard case .failure(let error) = await task.result else {
            Issue.record("expected a failure")
            return
        }
        #expect((error as? LizaError)?.kind == .cancelled)
        #expect(stub.requestCount == 1)
    }

    @Test func cancellingDuringBackoffStopsWaiting() async throws {
        let stub = StubTransport([.respond(HTTPResponse(status: 500))])
        let events = Recorder<ClientEvent>()
        let slow = RetryPolicy(maxRetries: 3, baseDelay: 30, maxDelay: 30, maxRetryAfter: 60)
        let client = try TestClient.make(stub, policy: slow, events: events)
        let task = Task { () async throws(LizaError) -> [Connection] in try await client.connections() }
        #expect(await eventually { events.all.count >= 1 })
        task.cancel()
        guard case .failure(let error) = await task.result else {
            Issue.record("expected a failure")
            return
        }
        #expect((error as? LizaError)?.kind == .cancelled)
    }

    @Test func alreadyCancelledTaskSendsNothing() async throws {
        let stub = StubTransport([.respond(.json("[]"))])
        let client = try TestClient.make(stub)
        let task = Task { () async throws(LizaError) -> [Integration] in
            await StubTransport.waitForCancellation()
            return try await client.integrations()
        }
        task.cancel()
        guard case .failure(let error) = await task.result else {
            Issue.record("expected a failure")
            return
        }
        #expect((error as? LizaError)?.kind == .cancelled)
        #expect(stub.requestCount == 0)
    }
}
