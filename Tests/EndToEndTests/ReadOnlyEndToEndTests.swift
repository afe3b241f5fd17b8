import Foundation
import LizaSandbox
import Testing
import TUIKitTesting

/// Read-only mode end to end: every write path of the CLI and the TUI is refused, and the
/// sandbox's `/_sandbox/stats` shows that nothing but reads reached it.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct ReadOnlyEndToEndTests {
    static let token = "read-only-test-token-4k2m"
    static let patience: Duration = .seconds(60)

    func withSandbox(_ body: (SandboxServer) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 5, recordsPerObject: 20))
        do { try await body(server) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The requests other than GET the sandbox received (every write is a POST or a DELETE).
    func writes(_ server: SandboxServer) async throws -> [String] {
        try await CLISandboxHTTP.receivedRequests(server.rootURL, token: Self.token)
            .filter { $0.method != "GET" }.map { "\($0.method) \($0.path)" }
    }

    static func writeConfig(root: String, baseURL: String) throws {
        let dir = root + "/config/liza"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "[profiles.work]\nbase_url = \"\(baseURL)\"\nread_only = true\n".write(toFile: dir + "/config.toml", atomically: true, encoding: .utf8)
    }

    @Test func everyCLIWriteIsRefusedWithExit2() async throws {
        try await withSandbox { server in
            let runner = try CLIRunner(baseURL: nil, token: Self.token)
            try Self.writeConfig(root: runner.root, baseURL: server.baseURL)
            let id = try #require(server.seededConnectionIDs.first)
            let writes: [[String]] = [
                ["connect", "hubspot", "--category", "crm", "--no-wait"],
                ["connect", "--relink", id, "--no-wait"],
                ["callback", id],
                ["connection", "delete", id, "--yes"],
                ["passthrough", id, "POST", "/crm/v3/objects/contacts", "-d", "{}"],
                ["passthrough", id, "PUT", "/x", "-d", "{}"],
                ["passthrough", id, "PATCH", "/x", "-d", "{}"],
                ["passthrough", id, "DELETE", "/x"],
            ]
            // The profile's read_only, then --read-only, then LIZA_READ_ONLY: each names itself.
            for args in writes {
                let result = try await runner.run(args + ["--profile", "work"])
                #expect(result.exitCode == 2, "\(args): \(result.stderr)")
                #expect(result.stderr.hasPrefix("liza: profile 'work' is read-only: not sending "), "\(args): \(result.stderr)")
            }
            let flagged = try await runner.run(["connection", "delete", id, "--yes", "--read-only", "--base-url", server.baseURL])
            #expect(flagged.exitCode == 2)
            #expect(flagged.stderr.hasPrefix("liza: read-only (--read-only): not sending DELETE connection"), "\(flagged.stderr)")
            let byEnvironment = try await runner.run(["callback", id, "--base-url", server.baseURL], extraEnvironment: ["LIZA_READ_ONLY": "1"])
            #expect(byEnvironment.exitCode == 2)
            #expect(byEnvironment.stderr.hasPrefix("liza: read-only (LIZA_READ_ONLY=1): not sending POST /callback"), "\(byEnvironment.stderr)")
            #expect(try await self.writes(server) == [])

            // Reads still work, and status says why writes are off.
            let list = try await runner.run(["connections", "--profile", "work"])
            #expect(list.exitCode == 0, "\(list.stderr)")
            let status = try await runner.run(["status", "--profile", "work"])
            #expect(status.stdout.contains("Read-only") && status.stdout.contains("profile 'work' is read-only"), "\(status.stdout)")
            #expect(try await self.writes(server) == [])
        }
    }

    @Test func everyTUIWriteKeyIsOffAndNothingIsSent() async throws {
        try await withSandbox { server in
            let home = try TUIEndToEndTests.home()
            defer { try? FileManager.default.removeItem(at: home) }
            try Self.writeConfig(root: home.path, baseURL: server.baseURL)
            var environment = TUIEndToEndTests.environment(home)
            environment["LIZA_TOKEN"] = Self.token
            environment["LIZA_PROFILE"] = "work"
            let id = try #require(server.seededConnectionIDs.first)
            let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary()], environment: environment, width: 120, height: 40)
            defer { tmux.kill() }
            let patience = Self.patience
            try await tmux.waitUntil("the panes loaded, READ-ONLY in the header", timeout: patience) { s in
                s.split(separator: "\n").first?.contains("READ-ONLY") == true && s.contains("HubSpot") && s.contains("hubspot")
                    && s.contains("connect (read-only)")
            }
            /// Presses `key`, waits for the refusal of `what`, dismisses it.
            func refused(_ what: String, after keys: [String]) async throws {
                for key in keys { try tmux.sendKeys(key) }
                try await tmux.waitFor("profile 'work' is read-only: \(what) is off", timeout: patience)
                try tmux.sendKeys("Escape")
                try await tmux.waitUntil("the error dismissed", timeout: patience) { !$0.contains("is off") }
            }
            try await refused("connect", after: ["c"])
            try tmux.sendKeys("2")
            try await tmux.waitFor("delete (read-only)", timeout: patience)
            try await refused("delete", after: ["d"])
            try await refused("finalize", after: ["f"])
            try await refused("connect a new integration", after: ["c"])

            // Help names the reason.
            try tmux.sendKeys("?")
            try await tmux.waitFor("keys marked (read-only) are off", timeout: patience)
            try tmux.sendKeys("Escape")
            try await tmux.waitUntil("help closed", timeout: patience) { !$0.contains("keys marked") }

            // Passthrough: POST is refused, in the hint and on ctrl-s.
            try tmux.sendKeys("p")
            try await tmux.waitFor("ctrl-s send", timeout: patience)
            try tmux.sendKeys("BTab")
            try tmux.sendLiteral("p")
            try await tmux.waitFor("send (read-only)", timeout: patience)
            try tmux.sendKeys("C-s")
            try await tmux.waitFor("profile 'work' is read-only: send is off", timeout: patience)
            try tmux.sendKeys("Escape")
            try await tmux.waitUntil("the form closed", timeout: patience) { !$0.contains("send (read-only)") }

            // The palette opens the forms; their submit keys are off too.
            try tmux.sendKeys(":")
            try tmux.sendLiteral("connect hubspot")
            try tmux.sendKeys("Enter")
            try await tmux.waitFor("Connect an integration", timeout: patience)
            try tmux.sendKeys("Enter")
            try await tmux.waitFor("profile 'work' is read-only: connect is off", timeout: patience)
            try tmux.sendKeys("Escape")
            try await tmux.waitUntil("the form closed", timeout: patience) { !$0.contains("Connect an integration") }
            try tmux.sendKeys(":")
            try tmux.sendLiteral("callback \(id)")
            try tmux.sendKeys("Enter")
            try await tmux.waitFor("finalize (read-only)", timeout: patience)
            try tmux.sendKeys("Enter")
            try await tmux.waitFor("profile 'work' is read-only: finalize is off", timeout: patience)
            try tmux.sendKeys("Escape")
            try await tmux.waitUntil("the form closed", timeout: patience) { !$0.contains("finalize (read-only)") }

            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit(timeout: patience) == 0)
            #expect(try await self.writes(server) == [])
            #expect(try await CLISandboxHTTP.receivedRequests(server.rootURL, token: Self.token).count >= 2, "the lists were loaded")
        }
    }

    /// `:profile NAME` (with completion) re-reads the settings: the header names the profile and
    /// read-only follows it; the lists reload from the new profile's API.
    @Test func profileSwitchFollowsReadOnly() async throws {
        try await withSandbox { server in
            let home = try TUIEndToEndTests.home()
            defer { try? FileManager.default.removeItem(at: home) }
            let dir = home.path + "/config/liza"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try "[profiles.lab]\nbase_url = \"\(server.baseURL)\"\n[profiles.work]\nbase_url = \"\(server.baseURL)\"\nread_only = true\n"
                .write(toFile: dir + "/config.toml", atomically: true, encoding: .utf8)
            var environment = TUIEndToEndTests.environment(home)
            environment["LIZA_TOKEN"] = Self.token
            environment["LIZA_PROFILE"] = "lab"
            let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary()], environment: environment, width: 120, height: 40)
            defer { tmux.kill() }
            let patience = Self.patience
            try await tmux.waitUntil("profile lab, writable", timeout: patience) { s in
                let header = s.split(separator: "\n").first ?? ""
                return header.contains("profile lab") && !header.contains("READ-ONLY") && s.contains("hubspot")
            }
            let before = await server.receivedRequests().count
            try tmux.sendKeys(":")
            try tmux.sendLiteral("profile w")
            try tmux.sendKeys("Tab")
            try await tmux.waitFor("profile work", timeout: patience)
            try tmux.sendKeys("Enter")
            try await tmux.waitUntil("profile work, read-only, reloaded", timeout: patience) { s in
                let header = s.split(separator: "\n").first ?? ""
                return header.contains("profile work") && header.contains("READ-ONLY") && s.contains("hubspot")
                    && s.contains("connect (read-only)")
            }
            #expect(await server.receivedRequests().count > before, "the lists were loaded again")
            try tmux.sendKeys("c")
            try await tmux.waitFor("profile 'work' is read-only: connect is off", timeout: patience)
            try tmux.sendKeys("Escape")
            try await tmux.waitUntil("dismissed", timeout: patience) { !$0.contains("is off") }
            try tmux.sendKeys(":")
            try tmux.sendLiteral("profile nosuch")
            try tmux.sendKeys("Enter")
            try await tmux.waitFor("(keeping work)", timeout: patience)
            try tmux.sendKeys("Escape")
            try await tmux.waitUntil("dismissed", timeout: patience) { !$0.contains("keeping work") }
            try tmux.sendKeys("q")
            #expect(try await tmux.waitForExit(timeout: patience) == 0)
            #expect(try await self.writes(server) == [])
        }
    }
}
