import LizaAPI
import Synchronization
import Testing

@Suite("Request log (--verbose)")
struct DebugLoggingTransportTests {
    @Test func secretsNeverReachTheLog() async throws {
        let token = "liza_mcp_SECRET_1234"
        var answer = HTTPResponse(status: 401, headers: ["request-id": "r-77", "set-cookie": "session=abc", "x-echo": "Bearer \(token)"])
        answer.version = "HTTP/1.1"
        let stub = StubTransport([.respond(answer), .fail(.connectionFailed("refused for \(token)"))])
        let lines = Mutex<[String]>([])
        let logged = DebugLoggingTransport(base: stub, secrets: [token]) { line in lines.withLock { $0.append(line) } }
        let request = HTTPRequest(method: .POST, url: "https://api.example.test/api/v1/integrations/connect",
                                  headers: ["Authorization": "Bearer \(token)", "Cookie": "a=b", "Accept": "application/json"],
                                  body: Array("{}".utf8))
        let response = try await logged.send(request)
        #expect(response.status == 401)
        await #expect(throws: TransportError.self) { try await logged.send(request) }

        let log = lines.withLock { $0.joined() }
        #expect(!log.contains(token))
        #expect(log.contains("> POST https://api.example.test/api/v1/integrations/connect\n"))
        #expect(log.contains(">   authorization: Bearer ***\n"))
        #expect(log.contains(">   cookie: ***\n"))
        #expect(log.contains(">   accept: application/json\n"))
        #expect(log.contains(">   (body: 2 bytes)"))
        #expect(log.contains("< 401 HTTP/1.1 POST https://api.example.test/api/v1/integrations/connect in "))
        #expect(log.contains(", request id r-77\n"))
        #expect(log.contains("<   set-cookie: ***\n"))
        #expect(log.contains("<   x-echo: Bearer ***\n"))
        #expect(log.contains("< failed POST https://api.example.test/api/v1/integrations/connect after "))
    }
}
