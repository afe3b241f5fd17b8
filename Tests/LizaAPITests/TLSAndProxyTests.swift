import Foundation
import LizaAPI
import LizaHTTP
import LizaSandbox
import LizaTesting
import Synchronization
import Testing

/// The real transport over TLS and through proxies, against a sandbox serving https on
/// loopback with certificates made at run time by `openssl`.
@Suite("TLS, custom CA and proxies", .serialized, .timeLimit(.minutes(3)))
struct TLSAndProxyTests {
    /// Runs `body` with a TLS sandbox using `certificate` (and the shared key), then stops it.
    func withTLSSandbox(_ certificates: TestCertificates, certificate: String? = nil,
                        _ body: (SandboxServer) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: "tls-token", seed: 3, recordsPerObject: 20,
                                                                  tlsCertificateFile: certificate ?? certificates.server,
                                                                  tlsKeyFile: certificates.serverKey))
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Runs `body` with a transport for `settings`, shutting its client down on every path.
    func withTransport(_ settings: TransportSettings, _ body: (AsyncHTTPClientTransport) async throws -> Void) async throws {
        let transport = try AsyncHTTPClientTransport.make(settings)
        do {
            try await body(transport)
            await transport.shutdown()
        } catch {
            await transport.shutdown()
            throw error
        }
    }

    func withCertificates(_ body: (TestCertificates) async throws -> Void) async throws {
        let certificates = try await TestCertificates.make()
        defer { certificates.remove() }
        try await body(certificates)
    }

    func httpsBase(_ server: SandboxServer) -> String { "https://localhost:\(server.port)/api" }

    /// The error of listing integrations, which must fail.
    func failure(_ client: LizaClient) async -> LizaError? {
        do {
            _ = try await client.integrations()
            return nil
        } catch {
            return error
        }
    }

    @Test func trustedThroughTheCABundleWithHTTP2() async throws {
        try await withCertificates { certs in
            try await withTLSSandbox(certs) { server in
                #expect(server.rootURL.hasPrefix("https://"))
                try await withTransport(TransportSettings(caBundle: CABundle(path: certs.ca, source: "LIZA_CA_BUNDLE"))) { (transport: AsyncHTTPClientTransport) async throws in
                    let client = LizaClient(baseURL: try BaseURL(httpsBase(server)), token: "tls-token", transport: transport)
                    #expect(try await client.integrations().count == 16)
                    // The server offers h2 through ALPN, so the client speaks HTTP/2.
                    let response = try await transport.send(HTTPRequest(
                        method: .GET, url: httpsBase(server) + "/v1/integrations", headers: ["Authorization": "Bearer tls-token"]))
                    #expect(response.status == 200)
                    #expect(response.version == "HTTP/2")
                    #expect(response.header("x-request-id")?.hasPrefix("sbx-") == true)
                }
            }
        }
    }

    @Test func untrustedExpiredAndWrongHostAreRefusedTheSameWay() async throws {
        try await withCertificates { certs in
            // No CA bundle: the system's roots do not know the test CA.
            try await withTLSSandbox(certs) { server in
                try await withTransport(TransportSettings()) { (transport: AsyncHTTPClientTransport) async throws in
                    let error = await failure(LizaClient(baseURL: try BaseURL(httpsBase(server)), token: "tls-token", transport: transport))
                    #expect(error?.kind == .network)
                    let text = error?.description ?? ""
                    #expect(text.hasPrefix("certificate for localhost is not trusted ("), "\(text)")
                    #expect(text.hasSuffix("; set LIZA_CA_BUNDLE"), "\(text)")
                }
            }
            for certificate in [certs.expired, certs.wrongHost] {
                try await withTLSSandbox(certs, certificate: certificate) { server in
                    try await withTransport(TransportSettings(caBundle: CABundle(path: certs.ca, source: "test"))) { (transport: AsyncHTTPClientTransport) async throws in
                        let error = await failure(LizaClient(baseURL: try BaseURL(httpsBase(server)), token: "tls-token", transport: transport))
                        let text = error?.description ?? ""
                        #expect(text.hasPrefix("certificate for localhost is not trusted ("), "\(certificate): \(text)")
                        #expect(text.hasSuffix("; set LIZA_CA_BUNDLE"), "\(text)")
                    }
                }
            }
        }
    }

    @Test func aBundleWithoutCertificatesIsAConfigurationError() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("liza-empty-\(UUID().uuidString).pem").path
        try Data("not a certificate\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: LizaError.self) { try AsyncHTTPClientTransport.configuration(for: TransportSettings(caBundle: CABundle(path: path, source: "LIZA_CA_BUNDLE"))) }
    }

    @Test func httpsGoesThroughACONNECTTunnel() async throws {
        try await withCertificates { certs in
            try await withTLSSandbox(certs) { server in
                let proxy = try TestConnectProxy()
                defer { proxy.stop() }
                let settings = TransportSettings(proxy: try ProxyServer(parsing: proxy.url()), caBundle: CABundle(path: certs.ca, source: "test"))
                try await withTransport(settings) { (transport: AsyncHTTPClientTransport) async throws in
                    let client = LizaClient(baseURL: try BaseURL(httpsBase(server)), token: "tls-token", transport: transport)
                    #expect(try await client.integrations().count == 16)
                    #expect(try await client.connections().count == 12)
                }
                // One tunnel, reused for both requests.
                #expect(proxy.tunnels == ["localhost:\(server.port)"])
                #expect(proxy.otherRequests == 0)
            }
        }
    }

    @Test func plainHTTPToLoopbackGoesThroughTheProxyToo() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: "t", seed: 3, recordsPerObject: 5))
        let proxy = try TestConnectProxy()
        defer { proxy.stop() }
        do {
            try await withTransport(TransportSettings(proxy: try ProxyServer(parsing: proxy.url()))) { (transport: AsyncHTTPClientTransport) async throws in
                let client = LizaClient(baseURL: try BaseURL(server.baseURL), token: "t", transport: transport)
                #expect(try await client.integrations().count == 16)
            }
            #expect(proxy.tunnels.count + proxy.otherRequests >= 1)
            #expect(proxy.tunnels == ["127.0.0.1:\(server.port)"])
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func proxyCredentialsAreSentAsBasicAndNeverShown() async throws {
        try await withCertificates { certs in
            try await withTLSSandbox(certs) { server in
                let proxy = try TestConnectProxy(credentials: "ann:s3cr3t-pw")
                defer { proxy.stop() }
                let bundle = CABundle(path: certs.ca, source: "test")
                try await withTransport(TransportSettings(proxy: try ProxyServer(parsing: proxy.url(credentials: "ann:s3cr3t-pw")), caBundle: bundle)) { (transport: AsyncHTTPClientTransport) async throws in
                    let client = LizaClient(baseURL: try BaseURL(httpsBase(server)), token: "tls-token", transport: transport)
                    #expect(try await client.integrations().count == 16)
                }
                #expect(proxy.authorizations.last == "Basic " + Data("ann:s3cr3t-pw".utf8).base64EncodedString())
                #expect(proxy.tunnels.count == 1)

                // Without credentials: a 407, reported without any secret.
                try await withTransport(TransportSettings(proxy: try ProxyServer(parsing: proxy.url()), caBundle: bundle)) { (transport: AsyncHTTPClientTransport) async throws in
                    let error = await failure(LizaClient(baseURL: try BaseURL(httpsBase(server)), token: "tls-token", transport: transport))
                    #expect(error?.kind == .network)
                    #expect(error?.description.contains("407") == true, "\(String(describing: error))")
                    #expect(error?.description.contains("s3cr3t") == false)
                }
                #expect(proxy.refusedCount == 1)
            }
        }
    }

    @Test func debugLogRedactsAndNamesTheRequestID() async throws {
        try await withCertificates { certs in
            try await withTLSSandbox(certs) { server in
                let lines = Mutex<[String]>([])
                try await withTransport(TransportSettings(caBundle: CABundle(path: certs.ca, source: "test"))) { (transport: AsyncHTTPClientTransport) async throws in
                    let logged = DebugLoggingTransport(base: transport, secrets: ["tls-token"]) { line in lines.withLock { $0.append(line) } }
                    let client = LizaClient(baseURL: try BaseURL(httpsBase(server)), token: "tls-token", transport: logged)
                    _ = try await client.integrations()
                }
                let log = lines.withLock { $0.joined() }
                #expect(log.contains("> GET https://localhost:\(server.port)/api/v1/integrations"))
                #expect(log.contains(">   authorization: Bearer ***"))
                #expect(log.contains(">   user-agent: \(LizaClient.defaultUserAgent)"))
                #expect(log.contains("< 200 HTTP/2 GET https://localhost:\(server.port)/api/v1/integrations in "))
                #expect(log.contains(", request id sbx-"))
                #expect(!log.contains("tls-token"))
            }
        }
    }
}
