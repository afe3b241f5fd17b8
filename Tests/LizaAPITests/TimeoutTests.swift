import Foundation
import Testing
import LizaAPI
import LizaHTTP

/// The timeout model (issue 7, item 2): a call's limit covers connect, head and body, retries
/// and waits; silence is cut short by the idle limit. Against a raw loopback socket that sends
/// its headers and then stalls or drips.
@Suite("Timeouts", .timeLimit(.minutes(2)))
struct TimeoutTests {
    let transport = AsyncHTTPClientTransport.shared

    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, TransportError> {
        do {
            return .success(try await transport.send(request))
        } catch {
            return .failure(error)
        }
    }

    static let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\"i\":1}"

    /// Serves one connection: reads the request, sends `head`, then runs `then` (which stalls or drips).
    static func serve(_ server: RawSocketServer, then: @escaping @Sendable (Int32) async -> Void = { _ in }) -> Task<Void, Never> {
        Task {
            guard let fd = await server.accept() else { return }
            _ = await RawSocketServer.readRequest(fd)
            await RawSocketServer.write(fd, head)
            await then(fd)
            // Kept open until the client gives up: closing it would end the exchange early.
            try? await Task.sleep(for: .seconds(20))
            RawSocketServer.close(fd)
        }
    }

    @Test func aBodyThatStallsAfterTheHeadersTimesOut() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let serving = Self.serve(server)
        defer { serving.cancel() }
        let start = ContinuousClock.now
        let result = await send(HTTPRequest(method: .GET, url: server.baseURL + "/stall", timeout: 1))
        #expect(result == .failure(.timeout), "\(result)")
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func aBodyThatDripsTimesOutAtTheTotalLimit() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        // A byte every 100 ms for 8 s: never complete. The idle limit is longer than the total
        // one so that a stalled scheduler on a loaded machine cannot make silence fire first;
        // if the total limit did not cover the body, this would end only at the idle limit
        // after the drip stops (≈ 11 s) and report `.idle`.
        let serving = Self.serve(server) { fd in
            for _ in 0..<80 {
                try? await Task.sleep(for: .milliseconds(100))
                await RawSocketServer.write(fd, " ")
            }
        }
        defer { serving.cancel() }
        let start = ContinuousClock.now
        let result = await send(HTTPRequest(method: .GET, url: server.baseURL + "/drip", timeout: 1.5, idleTimeout: 3))
        #expect(result == .failure(.timeout), "\(result)")
        #expect(ContinuousClock.now - start < .seconds(8))
    }

    @Test func aSilentBodyHitsTheIdleLimit() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let serving = Self.serve(server)
        defer { serving.cancel() }
        let result = await send(HTTPRequest(method: .GET, url: server.baseURL + "/silent", timeout: 30, idleTimeout: 0.5))
        #expect(result == .failure(.idle), "\(result)")
    }

    @Test func aCompleteAnswerWithinTheLimitsIsReturned() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let serving = Task {
            guard let fd = await server.accept() else { return }
            _ = await RawSocketServer.readRequest(fd)
            await RawSocketServer.write(fd, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\n")
            for byte in ["[", "1", "]", "\n"] {
                try? await Task.sleep(for: .milliseconds(50))
                await RawSocketServer.write(fd, byte)
            }
            RawSocketServer.close(fd)
        }
        defer { serving.cancel() }
        let response = try await send(HTTPRequest(method: .GET, url: server.baseURL + "/ok", timeout: 30, idleTimeout: 10)).get()
        #expect(response.body == Array("[1]\n".utf8))
    }

    /// Through the client: one line naming the host and the limit, and no retry after the
    /// limit is spent (a GET would otherwise be retried three more times).
    @Test func theClientReportsTheLimitAndDoesNotRetryPastIt() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let serving = Self.serve(server)
        defer { serving.cancel() }
        let client = LizaClient(baseURL: try BaseURL(server.baseURL + "/api"), token: "liza_mcp_timeout_test", transport: transport,
                                userAgent: "t", timeout: 1)
        let error = await liza { () async throws(LizaError) in try await client.integrations() }
        #expect(error?.kind == .timeout)
        #expect(error?.message == "no complete answer from 127.0.0.1:\(server.port) within 1 s")
    }

    /// Every attempt gets what is left of the call's limit, and the idle limit within it.
    @Test func attemptsShareTheCallsLimit() async throws {
        let stub = StubTransport { request, index throws(TransportError) in
            if index == 0 {
                try? await Task.sleep(for: .milliseconds(300))
                throw .idle
            }
            return .json("[]")
        }
        let client = LizaClient(baseURL: try TestClient.base, token: TestClient.token, transport: stub, retryPolicy: .fastTests,
                                userAgent: "t", timeout: 20, idleTimeout: 15)
        _ = try await client.integrations()
        let requests = stub.requests
        #expect(requests.count == 2)
        #expect(requests[0].timeout <= 20 && requests[0].timeout > 19)
        #expect(requests[0].idleTimeout == 15)
        #expect(requests[1].timeout < 19.8)
    }

    @Test func theIdleLimitIsCappedByTheTimeLeft() async throws {
        let stub = StubTransport([.respond(.json("[]"))])
        let client = LizaClient(baseURL: try TestClient.base, token: TestClient.token, transport: stub, userAgent: "t", timeout: 5)
        _ = try await client.integrations()
        let idle = try #require(stub.requests.first?.idleTimeout)
        #expect(idle <= 5 && idle > 4)
    }

    @Test func anIdleTimeoutIsReportedAsSilence() async throws {
        let stub = StubTransport([.fail(.idle)])
        let client = LizaClient(baseURL: try TestClient.base, token: TestClient.token, transport: stub, retryPolicy: .none,
                                userAgent: "t", timeout: 30)
        let error = await liza { () async throws(LizaError) in try await client.integrations() }
        #expect(error?.kind == .timeout)
        #expect(error?.message == "no complete answer from api.example.test: it sent nothing for 15 s")
    }

    // MARK: Settings

    func resolve(flag: Int? = nil, env: String? = nil, config: String? = nil) throws(LizaError) -> ResolvedSettings {
        let root = FileManager.default.temporaryDirectory.path + "/liza-timeout-" + UUID().uuidString
        var environment = ["HOME": root, "XDG_CONFIG_HOME": root + "/config", "XDG_STATE_HOME": root + "/state", "LIZA_TOKEN": "t"]
        if let env { environment["LIZA_TIMEOUT"] = env }
        if let config {
            try? FileManager.default.createDirectory(atPath: root + "/config/liza", withIntermediateDirectories: true)
            try? config.write(toFile: root + "/config/liza/config.toml", atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: root) }
        return try SettingsResolver.resolve(flags: SettingsFlags(timeout: flag), environment: environment)
    }

    @Test func theTimeoutComesFromTheFlagTheEnvironmentOrTheProfile() throws {
        #expect(try resolve().timeout == 30)
        #expect(try resolve().timeoutSource == .builtIn)
        #expect(try resolve(config: "[profiles.default]\ntimeout = 45\n").timeout == 45)
        #expect(try resolve(env: "12", config: "[profiles.default]\ntimeout = 45\n").timeout == 12)
        let flag = try resolve(flag: 7, env: "12", config: "[profiles.default]\ntimeout = 45\n")
        #expect(flag.timeout == 7)
        #expect(flag.timeoutSource == .flag("--timeout"))
    }

    @Test func anOutOfRangeTimeoutIsAConfigurationError() {
        func message(_ body: () throws(LizaError) -> ResolvedSettings) -> String? {
            do { _ = try body(); return nil } catch { return error.kind == .configuration ? error.message : "wrong kind \(error.kind)" }
        }
        #expect(message { () throws(LizaError) in try resolve(flag: 0) } == "--timeout must be a whole number of seconds from 1 to 3600 (got 0)")
        #expect(message { () throws(LizaError) in try resolve(flag: Int.max) }?.hasPrefix("--timeout must be") == true)
        #expect(message { () throws(LizaError) in try resolve(env: "abc") } == "LIZA_TIMEOUT must be a whole number of seconds from 1 to 3600 (got 'abc')")
        #expect(message { () throws(LizaError) in try resolve(env: "99999999999999999999999") }?.hasPrefix("LIZA_TIMEOUT must be") == true)
        #expect(message { () throws(LizaError) in try resolve(env: "-5") }?.hasPrefix("LIZA_TIMEOUT must be") == true)
        let config = message { () throws(LizaError) in try resolve(config: "[profiles.default]\ntimeout = 7200\n") }
        #expect(config?.hasSuffix(":2: timeout in [profiles.default] must be a whole number of seconds from 1 to 3600 (got 7200)") == true, "\(config ?? "nil")")
    }

    @Test func aTimeoutOfTheWrongTypeInConfigIsAWarning() throws {
        let settings = try resolve(config: "[profiles.default]\ntimeout = \"soon\"\n")
        #expect(settings.timeout == 30)
        #expect(settings.warnings.contains { $0.hasSuffix("timeout in [profiles.default] must be a whole number of seconds, not a string; ignored") })
    }
}
