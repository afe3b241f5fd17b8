import Foundation
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

@Suite struct ServerLifecycleTests {
    @Test func reportsTheRealPortAndBaseURL() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: "x"))
        #expect(server.port > 0)
        #expect(server.baseURL == "http://127.0.0.1:\(server.port)/api")
        await server.stop()
        await server.stop()  // idempotent
    }

    @Test func aTakenPortIsAnErrorNotAHang() async throws {
        let first = try await SandboxServer.start(SandboxOptions(port: 0))
        await #expect(throws: SandboxError.self) {
            let second = try await SandboxServer.start(SandboxOptions(port: first.port))
            await second.stop()
        }
        await first.stop()
    }

    @Test func invalidOptionsAreRejected() async throws {
        await #expect(throws: SandboxError.self) { _ = try await SandboxServer.start(SandboxOptions(errorRate: 3)) }
    }

    @Test(.timeLimit(.minutes(1)))
    func stopReturnsWhileAClientStillHoldsAKeepAliveConnection() async throws {
        let sandbox = try await TestSandbox.start()
        let r = try await sandbox.request("GET", "/api/v1/integrations")
        #expect(r.status == 200)
        await sandbox.server.stop()  // the HTTP client's pooled connection is still open
        await #expect(throws: (any Error).self) { _ = try await sandbox.request("GET", "/api/v1/integrations") }
        await sandbox.stop()
    }

    @Test func manySandboxesRunSideBySideWithSeparateState() async throws {
        let a = try await TestSandbox.start(), b = try await TestSandbox.start()
        let id = a.server.seededConnectionIDs[0]
        #expect(try await a.request("DELETE", "/api/v1/integrations/connections/\(id)").status == 204)
        let inB = try await b.request("GET", "/api/v1/integrations/connections/\(id)")
        #expect(inB.status == 200)
        #expect(a.port != b.port)
        await a.stop()
        await b.stop()
    }

    @Test func logFileGetsRequestLinesButNeverTheToken() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("liza-sandbox-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await withSandbox({ $0.logFile = path; $0.token = "secret-token-123" }) { s in
            let r = try await s.request("GET", "/api/v1/integrations/connections")
            #expect(r.status == 200)
        }
        let log = try String(contentsOfFile: path, encoding: .utf8)
        #expect(log.contains("GET /api/v1/integrations/connections → 200"))
        #expect(!log.contains("secret-token-123"))
    }

    @Test func unwritableLogFileIsAnError() async throws {
        await #expect(throws: SandboxError.self) {
            _ = try await SandboxServer.start(SandboxOptions(logFile: "/nonexistent-dir/x/sandbox.log"))
        }
    }

    @Test func inProcessAuthorizeControlFinalizesAConnection() async throws {
        try await withSandbox { s in
            let c = try await s.request("POST", "/api/v1/integrations/connect", body: #"{"integration_type":"greenhouse","categories":["ats"]}"#)
            let id = try #require(try c.json["connection_id"]?.stringValue)
            await s.authorize(connectionID: id)
            let done = try await s.request("POST", "/api/v1/integrations/callback", body: #"{"connection_id":"\#(id)"}"#)
            #expect(done.status == 200)
            #expect(try done.json["status"]?.stringValue == "active")
        }
    }
}
