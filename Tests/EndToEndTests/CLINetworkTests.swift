import Foundation
import LizaSandbox
import LizaTesting
import Testing

/// The `liza` binary over https (certificates made by `openssl` at run time), through a CONNECT
/// proxy, with the request log, all on loopback.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct CLINetworkTests {
    static let token = "cli-net-token-4k2m"

    func withTLSSandbox(_ body: (SandboxServer, TestCertificates) async throws -> Void) async throws {
        let certificates = try await TestCertificates.make()
        defer { certificates.remove() }
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 5, recordsPerObject: 20,
                                                                  tlsCertificateFile: certificates.server,
                                                                  tlsKeyFile: certificates.serverKey))
        do {
            try await body(server, certificates)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func untrustedExitsFourThenEachWayOfTrustingWorks() async throws {
        try await withTLSSandbox { server, certs in
            let runner = try CLIRunner(baseURL: "https://localhost:\(server.port)/api", token: Self.token)
            let untrusted = try await runner.run(["integrations"], removing: ["SSL_CERT_FILE", "LIZA_CA_BUNDLE"])
            #expect(untrusted.exitCode == 4)
            #expect(untrusted.stderr.hasPrefix("liza: certificate for localhost is not trusted ("), "\(untrusted.stderr)")
            #expect(untrusted.stderr.hasSuffix("; set LIZA_CA_BUNDLE\n"), "\(untrusted.stderr)")

            for variable in ["LIZA_CA_BUNDLE", "SSL_CERT_FILE"] {
                let trusted = try await runner.run(["integrations"], extraEnvironment: [variable: certs.ca])
                #expect(trusted.exitCode == 0, "\(variable): \(trusted.stderr)")
                #expect(trusted.lines.count == 16)
            }

            // A profile's ca_bundle, shown by `liza status`.
            let configDir = runner.root + "/config/liza"
            try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
            try "[profiles.corp]\nca_bundle = \"\(certs.ca)\"\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
            let status = try await runner.run(["status", "--profile", "corp"])
            #expect(status.exitCode == 0, "\(status.stderr)")
            #expect(status.stdout.contains("CA bundle") && status.stdout.contains("(from ca_bundle in [profiles.corp])"), "\(status.stdout)")
            #expect(status.stdout.contains("ok (16 integrations"))
        }
    }

    @Test func statusShowsTheProxyAndWhyButNeverItsPassword() async throws {
        try await withTLSSandbox { server, certs in
            let proxy = try TestConnectProxy(credentials: "ann:pw-9f8e7d")
            defer { proxy.stop() }
            let runner = try CLIRunner(baseURL: "https://localhost:\(server.port)/api", token: Self.token)
            let env = ["HTTPS_PROXY": proxy.url(credentials: "ann:pw-9f8e7d"), "LIZA_CA_BUNDLE": certs.ca]
            let status = try await runner.run(["status"], extraEnvironment: env)
            #expect(status.exitCode == 0, "\(status.stderr)")
            #expect(status.stdout.contains("http://***@127.0.0.1:\(proxy.port) (from HTTPS_PROXY)"), "\(status.stdout)")
            #expect(!status.stdout.contains("pw-9f8e7d") && !status.stderr.contains("pw-9f8e7d"))
            #expect(proxy.tunnels == ["localhost:\(server.port)"])

            let records = try await runner.run(["connections", "--verbose"], extraEnvironment: env)
            #expect(records.exitCode == 0, "\(records.stderr)")
            #expect(proxy.tunnels.count == 2)
            #expect(!records.stderr.contains("pw-9f8e7d"))

            let bypassed = try await runner.run(["status", "--json"], extraEnvironment: env.merging(["NO_PROXY": "example.org,localhost"]) { $1 })
            #expect(bypassed.stdout.contains(#""proxy_reason":"NO_PROXY entry 'localhost' matches localhost""#), "\(bypassed.stdout)")
            #expect(proxy.tunnels.count == 2)

            // A proxy that wants credentials it did not get: a network error (exit 4).
            let refused = try await runner.run(["integrations"], extraEnvironment: ["HTTPS_PROXY": proxy.url(), "LIZA_CA_BUNDLE": certs.ca])
            #expect(refused.exitCode == 4, "\(refused.stderr)")
            #expect(refused.stderr.contains("407"))
        }
    }

    @Test func verboseLogsRequestsWithoutTheTokenAndErrorsEndWithTheRequestID() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 5, recordsPerObject: 20))
        do {
            let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
            for (arguments, env) in [(["integrations", "--verbose"], [String: String]()), (["integrations"], ["LIZA_DEBUG": "1"])] {
                let result = try await runner.run(arguments, extraEnvironment: env)
                #expect(result.exitCode == 0)
                #expect(result.stderr.contains("> GET \(server.baseURL)/v1/integrations"), "\(result.stderr)")
                #expect(result.stderr.contains(">   authorization: Bearer ***"))
                #expect(result.stderr.contains(">   user-agent: liza/"))
                #expect(result.stderr.contains("< 200 HTTP/1.1 GET \(server.baseURL)/v1/integrations in "))
                #expect(result.stderr.contains(", request id sbx-"))
                #expect(!result.stderr.contains(Self.token))
                #expect(result.lines.count == 16)
            }
            let quiet = try await runner.run(["integrations"], extraEnvironment: ["LIZA_DEBUG": "0"])
            #expect(quiet.stderr.isEmpty)

            let missing = try await runner.run(["connection", "show", "no-such-connection"])
            #expect(missing.exitCode == 1)
            #expect(missing.stderr.wholeMatch(of: /liza: .+ \(HTTP 404, request id sbx-[0-9a-f]+\)\n/) != nil, "\(missing.stderr)")

            let badToken = try await runner.run(["integrations"], extraEnvironment: ["LIZA_TOKEN": "wrong-token-123456"])
            #expect(badToken.exitCode == 3)
            #expect(badToken.stderr.wholeMatch(of: /liza: .+came from LIZA_TOKEN \(request id sbx-[0-9a-f]+\)\n/) != nil, "\(badToken.stderr)")
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
