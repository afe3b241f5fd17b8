import AsyncHTTPClient
import Foundation
import LizaAPI
import LizaLoopback
import LizaTesting
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

/// The loopback listener against a real sandbox: the test is the browser (AsyncHTTPClient on
/// 127.0.0.1, redirects not followed, so each hop is checked).
@Suite(.timeLimit(.minutes(3)))
struct LoopbackRedirectListenerTests {
    static let browser = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5), read: .seconds(60))))

    struct Page { let status: Int; let headers: [String: String]; let body: String }

    static func get(_ url: String, host: String? = nil, method: NIOHTTP1.HTTPMethod = .GET, form: String? = nil) async throws -> Page {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let host { request.headers.replaceOrAdd(name: "Host", value: host) }
        if let form {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: form))
        }
        let response = try await browser.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for (name, value) in response.headers { headers[name.lowercased()] = value }
        return Page(status: Int(response.status.code), headers: headers, body: String(buffer: body))
    }

    /// A sandbox, a client, a listener and a pending connection whose redirect is the listener.
    static func pending(_ body: (TestSandbox, LizaClient, LoopbackRedirectListener, ConnectResponse) async throws -> Void) async throws {
        let sandbox = try await TestSandbox.start()
        let listener = try await LoopbackRedirectListener.start()
        do {
            let client = try sandbox.server.makeClient()
            #expect(listener.redirectURL.hasPrefix("http://127.0.0.1:\(listener.port)/liza-callback-"))
            let response = try await client.connect(ConnectRequest(integrationType: "hubspot", categories: [.crm], redirectURL: listener.redirectURL))
            try await body(sandbox, client, listener, response)
        } catch {
            await listener.close()
            await sandbox.stop()
            throw error
        }
        await listener.close()
        await sandbox.stop()
    }

    /// Starts waiting in the background, as the CLI does while the user is in the browser.
    static func waiting(_ listener: LoopbackRedirectListener, _ client: LizaClient, _ response: ConnectResponse,
                        timeout: Duration = .seconds(60)) -> Task<RedirectOutcome?, any Error> {
        let expected = RedirectExpectation(connectionID: response.connectionID, authorizationURL: response.url)
        return Task {
            try await listener.awaitCompletion(expected, timeout: timeout) { await client.finalize($0, connectionID: response.connectionID) }
        }
    }

    /// Approves on the authorize page and returns the 303's Location (the listener's URL).
    static func approve(_ response: ConnectResponse, decision: String = "approve") async throws -> String {
        let consent = try await get(response.url)
        #expect(consent.status == 200)
        let decided = try await get(response.url, method: .POST, form: "decision=\(decision)")
        #expect(decided.status == 303)
        return try #require(decided.headers["location"])
    }

    @Test func approvalFinalizesAndAnswersOnePage() async throws {
        try await Self.pending { _, client, listener, response in
            let wait = Self.waiting(listener, client, response)
            let location = try await Self.approve(response)
            #expect(location.hasPrefix(listener.redirectURL + "?"))
            let page = try await Self.get(location)
            #expect(page.status == 200)
            #expect(page.body.contains("you can close this tab"))
            #expect(page.headers["x-frame-options"] == "DENY")
            let outcome = try await wait.value
            guard case .connected(let result) = outcome else {
                Issue.record("expected connected, got \(String(describing: outcome))")
                return
            }
            #expect(result.connection?.id == response.connectionID)
            #expect(result.connection?.isPending == false)
            #expect(try await client.connection(id: response.connectionID).status == "active")
            // One completion only: the listener is closed afterwards.
            await #expect(throws: (any Error).self) { _ = try await Self.get(location) }
        }
    }

    @Test func denialIsReportedAndNotFinalized() async throws {
        try await Self.pending { _, client, listener, response in
            let wait = Self.waiting(listener, client, response)
            let location = try await Self.approve(response, decision: "deny")
            let page = try await Self.get(location)
            #expect(page.status == 200)
            #expect(page.body.contains("denied"))
            guard case .denied(let error) = try await wait.value else {
                Issue.record("expected denied")
                return
            }
            #expect(error == "access_denied")
            #expect(try await client.connection(id: response.connectionID).isPending)
        }
    }

    @Test func wrongStateWrongIdForeignHostAndWrongPathAreRefusedAndItKeepsWaiting() async throws {
        try await Self.pending { _, client, listener, response in
            let wait = Self.waiting(listener, client, response)
            let state = try #require(URLQuery.value("state", in: response.url))
            let base = listener.redirectURL
            // A non-loopback Host (DNS rebinding): 421.
            #expect(try await Self.get(base + "?state=\(state)", host: "evil.example:\(listener.port)").status == 421)
            // Off the random path: 404.
            #expect(try await Self.get("http://127.0.0.1:\(listener.port)/?state=\(state)").status == 404)
            // A wrong state or another connection's id: 400, and still waiting.
            let wrongState = try await Self.get(base + "?id=\(response.connectionID)&state=forged")
            #expect(wrongState.status == 400)
            #expect(wrongState.body.contains("state"))
            #expect(try await Self.get(base + "?id=someone-else&state=\(state)").status == 400)
            // A POST is not a browser's return.
            #expect(try await Self.get(base, method: .POST, form: "x=1").status == 405)
            // The real return still completes.
            let location = try await Self.approve(response)
            #expect(try await Self.get(location, host: "localhost:\(listener.port)").status == 200)
            guard case .connected = try await wait.value else {
                Issue.record("expected connected")
                return
            }
        }
    }

    /// The waiting side hears about each refused return (the TUI shows it), and keeps waiting.
    @Test func refusedReturnsAreReportedToTheWaiter() async throws {
        try await Self.pending { _, client, listener, response in
            let reasons = Mutex<[String]>([])
            let expected = RedirectExpectation(connectionID: response.connectionID, authorizationURL: response.url)
            let wait = Task {
                try await listener.awaitCompletion(expected, timeout: .seconds(60),
                                                   refused: { refusal in reasons.withLock { $0.append(refusal.reason) } },
                                                   finalize: { await client.finalize($0, connectionID: response.connectionID) })
            }
            // Armed once the listener answers 400 rather than 503 ("not ready").
            var forged = try await Self.get(listener.redirectURL + "?state=forged")
            let clock = ContinuousClock(), deadline = clock.now + .seconds(30)
            while forged.status == 503, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
                forged = try await Self.get(listener.redirectURL + "?state=forged")
            }
            #expect(forged.status == 400)
            // The 400 is answered after the waiter was told.
            #expect(reasons.withLock { $0 } == ["the state does not match this connection's authorization request"])
            let location = try await Self.approve(response)
            #expect(try await Self.get(location).status == 200)
            guard case .connected = try await wait.value else {
                Issue.record("expected connected")
                return
            }
            #expect(reasons.withLock { $0.count } == 1)
        }
    }

    @Test func timeoutLeavesThePendingConnection() async throws {
        try await Self.pending { _, client, listener, response in
            let outcome = try await Self.waiting(listener, client, response, timeout: .milliseconds(200)).value
            #expect(outcome == nil)
            #expect(try await client.connection(id: response.connectionID).isPending)
        }
    }

    @Test func cancellationThrowsAndCloses() async throws {
        try await Self.pending { _, client, listener, response in
            let wait = Self.waiting(listener, client, response)
            wait.cancel()
            await #expect(throws: CancellationError.self) { _ = try await wait.value }
        }
    }
}
