import Testing
import LizaAPI
import LizaHTTP
import LizaTesting
import Foundation

/// The real transport against a raw loopback socket that behaves (or misbehaves) on purpose.
@Suite("AsyncHTTPClientTransport")
struct AsyncHTTPClientTransportTests {
    let transport = AsyncHTTPClientTransport.shared

    func send(_ request: HTTPRequest, with transport: AsyncHTTPClientTransport? = nil) async -> Result<HTTPResponse, TransportError> {
        do {
            return .success(try await (transport ?? self.transport).send(request))
        } catch {
            return .failure(error)
        }
    }

    @Test func sendsTheRequestAndReadsTheResponse() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let request = HTTPRequest(method: .POST, url: server.baseURL + "/api/v1/integrations/connect",
                                  headers: ["Authorization": "Bearer t", "Content-Type": "application/json"], body: Array(#"{"a":1}"#.utf8))
        async let response = send(request)
        let fd = try #require(await server.accept())
        let received = await RawSocketServer.readRequest(fd)
        await RawSocketServer.write(fd, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nX-Custom-Header: A\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        RawSocketServer.close(fd)
        let result = try await response.get()
        #expect(received.hasPrefix("POST /api/v1/integrations/connect HTTP/1.1\r\n"))
        #expect(received.lowercased().contains("authorization: bearer t\r\n"))
        #expect(received.hasSuffix("\r\n\r\n{\"a\":1}"))
        #expect(result.status == 201)
        #expect(result.headers["x-custom-header"] == "A")
        #expect(result.headers["set-cookie"] == "a=1, b=2")
        #expect(result.header("Content-Type") == "application/json")
        #expect(result.body == Array("{}".utf8))
    }

    @Test func cancellingTheTaskAbortsARequestThatIsNeverAnswered() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let request = HTTPRequest(method: .GET, url: server.baseURL + "/hang", timeout: 120)
        let transport = self.transport
        let task = Task { () async throws(TransportError) -> HTTPResponse in try await transport.send(request) }
        let fd = try #require(await server.accept())
        defer { RawSocketServer.close(fd) }
        let received = await RawSocketServer.readRequest(fd)
        #expect(received.hasPrefix("GET /hang HTTP/1.1"))
        task.cancel()
        guard case .failure(let error) = await task.result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error as? TransportError == .cancelled)
    }

    @Test func cancellationThroughTheClient() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let client = LizaClient(baseURL: try BaseURL(server.baseURL + "/api"), token: "demo", transport: transport)
        let task = Task { () async throws(LizaError) -> [Integration] in try await client.integrations() }
        let fd = try #require(await server.accept())
        defer { RawSocketServer.close(fd) }
        _ = await RawSocketServer.readRequest(fd)
        task.cancel()
        guard case .failure(let error) = await task.result else {
            Issue.record("expected a failure")
            return
        }
        #expect((error as? LizaError)?.kind == .cancelled)
    }

    @Test func timeoutWhenTheServerNeverAnswers() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        async let result = send(HTTPRequest(method: .GET, url: server.baseURL + "/slow", timeout: 1))
        let fd = try #require(await server.accept())
        defer { RawSocketServer.close(fd) }
        #expect(await result == .failure(.timeout))
    }

    @Test func connectionRefused() async throws {
        let (fd, port) = try LoopbackSocket.refusing()
        defer { close(fd) }
        let result = await send(HTTPRequest(method: .GET, url: "http://127.0.0.1:\(port)/x", timeout: 10))
        guard case .failure(.connectionFailed(let why)) = result else {
            Issue.record("expected connectionFailed, got \(result)")
            return
        }
        #expect(why == "connection refused")
    }

    @Test func droppedBeforeAnyResponse() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        async let result = send(HTTPRequest(method: .GET, url: server.baseURL + "/drop"))
        let fd = try #require(await server.accept())
        _ = await RawSocketServer.readRequest(fd)
        RawSocketServer.close(fd)
        #expect(await result == .failure(.connectionDropped))
    }

    @Test func droppedInTheMiddleOfTheBody() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        async let result = send(HTTPRequest(method: .GET, url: server.baseURL + "/partial"))
        let fd = try #require(await server.accept())
        _ = await RawSocketServer.readRequest(fd)
        await RawSocketServer.write(fd, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")
        RawSocketServer.close(fd)
        let outcome = await result
        #expect(outcome == .failure(.connectionDropped), "\(outcome)")
    }

    @Test func bodyLargerThanTheCapIsAnError() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        let small = AsyncHTTPClientTransport(client: AsyncHTTPClientTransport.shared.client, maxBodyBytes: 1024)
        async let result = send(HTTPRequest(method: .GET, url: server.baseURL + "/big"), with: small)
        let fd = try #require(await server.accept())
        _ = await RawSocketServer.readRequest(fd)
        await RawSocketServer.write(fd, "HTTP/1.1 200 OK\r\nContent-Length: 4096\r\nConnection: close\r\n\r\n" + String(repeating: "x", count: 4096))
        RawSocketServer.close(fd)
        guard case .failure(.other(let why)) = await result else {
            Issue.record("expected .other")
            return
        }
        #expect(why.contains("larger than"))
    }

    @Test func redirectsAreNotFollowed() async throws {
        let server = try RawSocketServer()
        defer { server.stop() }
        async let result = send(HTTPRequest(method: .POST, url: server.baseURL + "/authorize/1", body: Array("decision=approve".utf8)))
        let fd = try #require(await server.accept())
        _ = await RawSocketServer.readRequest(fd)
        await RawSocketServer.write(fd, "HTTP/1.1 303 See Other\r\nLocation: http://127.0.0.1:1/cb?id=1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        RawSocketServer.close(fd)
        let response = try await result.get()
        #expect(response.status == 303)
        #expect(response.headers["location"] == "http://127.0.0.1:1/cb?id=1")
    }
}
