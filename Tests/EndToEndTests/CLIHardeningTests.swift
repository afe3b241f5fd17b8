import Foundation
import LizaSandbox
import TUIKitTesting
import Testing

/// The real binary against a hostile server (issue 7): time limits, absurd numbers, the token
/// echoed back, controls in JSON, plain http to a name that only looks local.
@Suite(.timeLimit(.minutes(5)))
struct CLIHardeningTests {
    static let token = "liza_mcp_e2e_secret_4242"

    static func answer(_ status: String, contentType: String, body: String) -> String {
        "HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
    }

    /// Headers and the start of a body, then silence.
    static let stall = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[{\"id\":"

    func withSandbox(_ body: (SandboxServer, CLIRunner) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 11, recordsPerObject: 250))
        do {
            try await body(server, try CLIRunner(baseURL: server.baseURL, token: Self.token))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    // MARK: Timeouts

    @Test func aStalledBodyEndsAtTheTimeoutWithOneLine() async throws {
        let server = try ScriptedHTTPServer(reply: Self.stall, stall: true)
        defer { server.stop() }
        let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
        let expected = "liza: no complete answer from 127.0.0.1:\(server.port) within 2 s\n"

        // --timeout, LIZA_TIMEOUT and a profile's timeout; each must end well within limit + 5 s.
        let byFlag = try await runner.run(["connections", "--timeout", "2"], timeout: 7)
        #expect(byFlag.exitCode == 4)
        #expect(byFlag.stderr == expected)
        let byEnvironment = try await runner.run(["integrations", "--json"], extraEnvironment: ["LIZA_TIMEOUT": "2"], timeout: 7)
        #expect(byEnvironment.exitCode == 4)
        #expect(byEnvironment.stderr == expected)
        try FileManager.default.createDirectory(atPath: runner.root + "/config/liza", withIntermediateDirectories: true)
        try "[profiles.default]\ntimeout = 2\n".write(toFile: runner.root + "/config/liza/config.toml", atomically: true, encoding: .utf8)
        let byProfile = try await runner.run(["records", "c1", "crm", "contact", "--all"], timeout: 7)
        #expect(byProfile.exitCode == 4)
        #expect(byProfile.stderr == expected)
    }

    @Test func statusReportsAndUsesItsRealLimit() async throws {
        let server = try ScriptedHTTPServer(reply: Self.stall, stall: true)
        defer { server.stop() }
        let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
        let status = try await runner.run(["status", "--timeout", "2"], timeout: 7)
        #expect(status.exitCode == 4)
        #expect(status.stdout.contains("Timeout\t2 s per call (from --timeout)"), "\(status.stdout)")
        #expect(status.stdout.contains("API\terror: no complete answer from 127.0.0.1:\(server.port) within 2 s"), "\(status.stdout)")
        let json = try await runner.run(["status", "--json"], extraEnvironment: ["LIZA_TIMEOUT": "1"], timeout: 6)
        #expect(json.exitCode == 4)
        #expect(json.stdout.contains(#""timeout_seconds":1,"timeout_source":"LIZA_TIMEOUT""#), "\(json.stdout)")
    }

    @Test func aTimeoutOutOfRangeIsAUsageError() async throws {
        let runner = try CLIRunner(baseURL: "http://127.0.0.1:1/api", token: Self.token)
        for arguments in [["connections", "--timeout", "0"], ["status", "--timeout", "3601"], ["tui", "--timeout", "0"],
                          ["integrations", "--timeout", "99999999999999999999999"]] {
            let result = try await runner.run(arguments)
            #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("--timeout") || result.stderr.contains("timeout"), "\(result.stderr)")
        }
        let env = try await runner.run(["connections"], extraEnvironment: ["LIZA_TIMEOUT": "soon"])
        #expect(env.exitCode == 2)
        #expect(env.stderr == "liza: LIZA_TIMEOUT must be a whole number of seconds from 1 to 3600 (got 'soon')\n")
    }

    /// The TUI takes the same limit: against a stalled server it stays alive and says so.
    @Test func theTUIGetsTheSameLimit() async throws {
        let server = try ScriptedHTTPServer(reply: Self.stall, stall: true)
        defer { server.stop() }
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = TUIEndToEndTests.environment(home)
        environment["LIZA_BASE_URL"] = server.baseURL
        environment["LIZA_TOKEN"] = Self.token
        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary(), "--timeout", "2"], environment: environment,
                                   width: 200, height: 40)
        defer { tmux.kill() }
        let screen = try await tmux.waitFor("no complete answer from 127.0.0.1:\(server.port) within 2 s", timeout: TUIEndToEndTests.patience)
        #expect(!screen.contains(Self.token))
        try tmux.sendKeys("C-c")
        #expect(try await tmux.waitForExit(timeout: TUIEndToEndTests.patience) == 0)
    }

    // MARK: Numbers

    @Test func anAbsurdRetryAfterDateIsARateLimitErrorNotACrash() async throws {
        try await withSandbox { server, runner in
            let fault = #"{"queue":[{"status":429,"retry_after":"Wed, 21 Oct 300000000000 07:28:00 GMT"}]}"#
            let queued = try await CLISandboxHTTP.post(server.rootURL, "/_sandbox/faults", token: Self.token, json: fault)
            #expect((200..<300).contains(queued))
            let result = try await runner.run(["connections"], timeout: 30)
            #expect(result.exitCode == 5, "\(result.stderr)")
            #expect(result.stderr.contains("asks to wait a day or more"), "\(result.stderr)")
        }
    }

    @Test func hugeMaxAndOffsetDoNotCrash() async throws {
        try await withSandbox { _, runner in
            let connections = try await runner.run(["connections"])
            let id = try #require(connections.lines.map { $0.components(separatedBy: "\t") }.first { $0.count > 1 && $0[1] == "hubspot" }?[0])
            let all = try await runner.run(["records", id, "crm", "contact", "--max", "9223372036854775807", "--json"])
            #expect(all.exitCode == 0, "\(all.stderr)")
            #expect(all.lines.count == 250)
            let offset = try await runner.run(["records", id, "crm", "contact", "--offset", "9223372036854775807"])
            #expect(offset.exitCode == 2)
            #expect(offset.stderr.contains("--offset must be between 0 and 1000000000"), "\(offset.stderr)")
        }
    }

    // MARK: Retries

    @Test func aPassthroughPostIsNotRepeatedAfterA429() async throws {
        try await withSandbox { server, runner in
            let connections = try await runner.run(["connections"])
            let id = try #require(connections.lines.map { $0.components(separatedBy: "\t") }.first { $0.count > 1 && $0[1] == "hubspot" }?[0])
            let fault = #"{"queue":[{"status":429,"retry_after":"0"}]}"#
            _ = try await CLISandboxHTTP.post(server.rootURL, "/_sandbox/faults", token: Self.token, json: fault)
            let post = try await runner.run(["passthrough", id, "POST", "/crm/v3/objects/notes", "-d", "{}"])
            #expect(post.exitCode == 5, "a retried POST would have succeeded: \(post.stderr)")
            _ = try await CLISandboxHTTP.post(server.rootURL, "/_sandbox/faults", token: Self.token, json: fault)
            let get = try await runner.run(["passthrough", id, "GET", "/crm/v3/objects/contacts"])
            #expect(get.exitCode == 0, "a GET is retried: \(get.stderr)")
        }
    }

    // MARK: The token echoed back

    @Test func anEchoedTokenIsNeverPrinted() async throws {
        let echo = Self.answer("200 OK", contentType: "application/json",
                               body: #"[{"id":"c1","integration_type":"hubspot","categories":["crm"],"auth":"Bearer \#(Self.token)"}]"#)
        let echoing = try ScriptedHTTPServer(reply: echo, stall: false)
        defer { echoing.stop() }
        let runner = try CLIRunner(baseURL: echoing.baseURL, token: Self.token)
        for arguments in [["connections", "--json"], ["connections"], ["passthrough", "c1", "GET", "/x"], ["passthrough", "c1", "GET", "/x", "--json"]] {
            let result = try await runner.run(arguments)
            #expect(!result.stdout.contains(Self.token) && !result.stderr.contains(Self.token), "\(arguments)")
            #expect(!result.stdout.contains("liza_mcp"), "\(arguments): \(result.stdout)")
        }
        let json = try await runner.run(["connections", "--json"])
        #expect(json.stdout.contains(#""auth":"Bearer ***""#), "\(json.stdout)")

        // An HTML error page without a title: the excerpt is cut at 200 characters, right
        // inside the token; redacting after the cut would print its first characters.
        let page = "<html><body><p>" + String(repeating: "x", count: 160) + " Authorization: Bearer \(Self.token) refused</p></body></html>"
        let html = try ScriptedHTTPServer(reply: Self.answer("502 Bad Gateway", contentType: "text/html", body: page), stall: false)
        defer { html.stop() }
        let error = try await CLIRunner(baseURL: html.baseURL, token: Self.token).run(["connections", "--timeout", "5"])
        #expect(error.exitCode == 1 || error.exitCode == 4, "\(error.stderr)")
        #expect(!error.stderr.contains("liza_mcp"), "\(error.stderr)")
    }

    // MARK: Controls in JSON and tables

    @Test func jsonAndTablesCarryNoRawControlOrFormatCharacters() async throws {
        let hostile = "a\u{9B}31m\u{202E}b\u{200B}c\u{7F}d\u{FEFF}e\u{061C}f\u{2066}g"
        let body = #"[{"id":"c1","integration_type":"\#(hostile)","categories":["crm"]}]"#
        let server = try ScriptedHTTPServer(reply: Self.answer("200 OK", contentType: "application/json", body: body), stall: false)
        defer { server.stop() }
        let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
        for arguments in [["connections", "--json"], ["connections"], ["passthrough", "c1", "GET", "/x", "--json"], ["connection", "show", "c1"]] {
            let result = try await runner.run(arguments)
            let unsafe = result.stdout.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) || $0.properties.generalCategory == .format
            }
            #expect(unsafe.isEmpty, "\(arguments): \(unsafe.map { String($0.value, radix: 16) })")
        }
        let json = try await runner.run(["connections", "--json"])
        #expect(json.stdout.contains(#"a\u009b31m\u202eb\u200bc\u007fd\ufeffe\u061cf\u2066g"#), "\(json.stdout)")
    }

    // MARK: Plain http

    @Test func plainHTTPToANameUnderLocalhostIsRefused() async throws {
        let runner = try CLIRunner(baseURL: "http://anything.localhost:8787/api", token: Self.token)
        let result = try await runner.run(["integrations"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("must use https: plain http:// to anything.localhost would send the token unencrypted"), "\(result.stderr)")
        #expect(result.lines.isEmpty)
    }
}
