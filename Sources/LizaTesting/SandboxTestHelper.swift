// `TestSandbox` lives in a Sandbox*.swift file because that is the sandbox helper's share of
// LizaTesting.
import AsyncHTTPClient
import LizaSandbox
import NIOCore
import NIOHTTP1

/// A sandbox for one test: started on a free loopback port with a test token, plus raw HTTP
/// helpers (redirects are *not* followed, so tests see 303s) and the in-process controls.
///
/// ```swift
/// let sandbox = try await TestSandbox.start { $0.envelope = .items }
/// let r = try await sandbox.request("GET", "/api/v1/integrations")
/// await sandbox.stop()   // also on the error path: stop() shuts down the server and client
/// ```
public final class TestSandbox: Sendable {
    public let server: SandboxServer

    /// One client for every test sandbox, never shut down (like `HTTPClient.shared`, but without
    /// following redirects, so tests see the authorize page's 303). A client per sandbox had to
    /// be shut down on every path, and one left to deinit after a thrown error aborts the
    /// whole test process.
    private static let client = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5), read: .seconds(60))))
    private var client: HTTPClient { Self.client }

    /// The token every request must carry.
    public var token: String { server.options.token }
    /// `http://127.0.0.1:PORT/api`.
    public var baseURL: String { server.baseURL }
    /// `http://127.0.0.1:PORT`.
    public var rootURL: String { server.rootURL }
    public var port: Int { server.port }

    private init(server: SandboxServer) {
        self.server = server
    }

    /// Starts a sandbox on port 0 with token `test-token` and seed 7; `configure` may change
    /// any option (the port stays 0 unless set).
    public static func start(_ configure: (inout SandboxOptions) -> Void = { _ in }) async throws -> TestSandbox {
        var options = SandboxOptions(port: 0, token: "test-token", seed: 7)
        configure(&options)
        return TestSandbox(server: try await SandboxServer.start(options))
    }

    /// Stops the server.
    public func stop() async {
        await server.stop()
    }

    /// `rootURL + path` (path starts with `/`).
    public func url(_ path: String) -> String { rootURL + path }

    /// Which Authorization header a raw request carries.
    public enum Auth: Sendable {
        /// `Bearer <the sandbox's token>`.
        case sandboxToken
        /// No Authorization header.
        case none
        /// `Bearer <this token>`.
        case bearer(String)
    }

    /// Sends a raw request to `path` (e.g. `/api/v1/integrations?x=1`, or an absolute URL),
    /// with the sandbox's bearer token unless `auth` says otherwise.
    public func request(_ method: String, _ path: String, body: String? = nil, contentType: String = "application/json",
                        headers: [String: String] = [:], auth: Auth = .sandboxToken) async throws -> SandboxHTTPResponse {
        var request = HTTPClientRequest(url: path.hasPrefix("http") ? path : url(path))
        request.method = HTTPMethod(rawValue: method)
        let bearer: String? = switch auth {
        case .sandboxToken: token
        case .none: nil
        case .bearer(let t): t
        }
        if let bearer { request.headers.add(name: "Authorization", value: "Bearer \(bearer)") }
        if let body {
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(ByteBuffer(string: body))
        }
        for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
        let response = try await client.execute(request, timeout: .seconds(60))
        let buffer = try await response.body.collect(upTo: 64 * 1024 * 1024)
        var fields: [String: String] = [:]
        for (name, value) in response.headers { fields[name.lowercased()] = value }
        return SandboxHTTPResponse(status: Int(response.status.code), headers: fields, body: Array(buffer.readableBytesView))
    }

    // MARK: In-process controls

    /// Makes the next API requests fail, one fault each.
    public func queueFaults(_ faults: [SandboxFault]) async { await server.queueFaults(faults) }
    /// Every API request received so far.
    public func receivedRequests() async -> [SandboxRequestRecord] { await server.receivedRequests() }
    /// Clears faults, the request log and the rate-limit window.
    public func reset() async { await server.reset() }
    /// Approves (or denies) a pending connection as the browser would.
    public func authorize(connectionID: String, approve: Bool = true) async { await server.authorize(connectionID: connectionID, approve: approve) }
}
