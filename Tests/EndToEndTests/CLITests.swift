import Foundation
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing

/// The real `liza` binary against an in-process sandbox, as a script would use it.
@Suite(.timeLimit(.minutes(5)))
struct CLITests {
    static let token = "cli-test-token-9x7q"

    /// Starts a sandbox and a runner pointed at it, runs `body`, stops the sandbox.
    func withSandbox(records: Int = 250, _ body: (SandboxServer, CLIRunner) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 11, recordsPerObject: records))
        do {
            let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
            try await body(server, runner)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The id of the first connection to `integration` in `liza connections` output.
    func connectionID(_ runner: CLIRunner, integration: String) async throws -> String {
        let result = try await runner.run(["connections"])
        try #require(result.exitCode == 0, "\(result.stderr)")
        let row = try #require(result.lines.map { $0.components(separatedBy: "\t") }.first { $0.count > 1 && $0[1] == integration })
        return row[0]
    }

    /// Subcommand flags must win over the environment and reach the subcommand (a root-level
    /// `--base-url` once swallowed them, sending requests to the default API instead).
    @Test func subcommandFlagsChooseBaseURLTokenAndProfile() async throws {
        try await withSandbox { server, _ in
            let bare = try CLIRunner(baseURL: nil, token: nil)
            let byFlags = try await bare.run(["connections", "--base-url", server.baseURL, "--token", Self.token])
            #expect(byFlags.exitCode == 0, "\(byFlags.stderr)")
            #expect(byFlags.lines.contains { $0.contains("\thubspot\t") })

            // A profile chosen with --profile supplies the base URL from config.toml.
            let configDir = bare.root + "/config/liza"
            try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
            try "[profiles.local]\nbase_url = \"\(server.baseURL)\"\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
            let byProfile = try await bare.run(["integrations", "--profile", "local", "--token", Self.token])
            #expect(byProfile.exitCode == 0, "\(byProfile.stderr)")
            #expect(byProfile.lines.contains { $0.hasPrefix("hubspot\t") })

            // The flag beats LIZA_BASE_URL pointing at a closed port.
            let envRunner = try CLIRunner(baseURL: "http://127.0.0.1:1/api", token: Self.token)
            let flagWins = try await envRunner.run(["integrations", "--base-url", server.baseURL])
            #expect(flagWins.exitCode == 0, "\(flagWins.stderr)")
        }
    }

    @Test func integrationsAndConnections() async throws {
        try await withSandbox { _, runner in
            let integrations = try await runner.run(["integrations"])
            #expect(integrations.exitCode == 0, "\(integrations.stderr)")
            #expect(integrations.lines.contains { $0.hasPrefix("hubspot\t") })
            #expect(integrations.lines.allSatisfy { $0.components(separatedBy: "\t").count == 3 })

            let json = try await runner.run(["integrations", "--json"])
            #expect(json.exitCode == 0)
            let parsed = try JSONValue.parse(json.stdout)
            #expect((parsed.arrayValue?.count ?? 0) == integrations.lines.count)
            #expect(parsed[0]?["type"] != nil)

            let connections = try await runner.run(["connections"])
            #expect(connections.exitCode == 0)
            #expect(connections.lines.count >= 4)
            for integration in ["hubspot", "zendesk", "googlecalendar", "googledrive"] {
                #expect(connections.lines.contains { $0.components(separatedBy: "\t")[1] == integration }, "\(integration)")
            }
        }
    }

    @Test func connectApproveCallbackThenListedAndDeleted() async throws {
        try await withSandbox { _, runner in
            let connect = try await runner.run(["connect", "hubspot", "--category", "crm", "--category", "ticketing", "--external-xref", "user-1"])
            #expect(connect.exitCode == 0, "\(connect.stderr)")
            try #require(connect.lines.count == 2)
            let url = connect.lines[0], id = connect.lines[1]
            #expect(url.hasPrefix("http://127.0.0.1:"))
            #expect(url.contains(id))

            // Before approval the callback is refused by the server (400: an API error, exit 1).
            let early = try await runner.run(["callback", id])
            #expect(early.exitCode == 1, "\(early.stderr)")
            #expect(early.stderr.hasPrefix("liza: "))

            let status = try await CLISandboxHTTP.decide(url, approve: true)
            #expect((200..<400).contains(status))

            let callback = try await runner.run(["callback", id])
            #expect(callback.exitCode == 0, "\(callback.stderr)")
            #expect(callback.lines.contains("id\t\(id)"))
            #expect(callback.lines.contains("status\tactive"))

            let connections = try await runner.run(["connections"])
            #expect(connections.lines.contains { $0.hasPrefix(id + "\thubspot\t") })

            let show = try await runner.run(["connection", "show", id, "--json"])
            #expect(show.exitCode == 0)
            #expect(try JSONValue.parse(show.stdout)["id"] == .string(id))

            let delete = try await runner.run(["connection", "delete", id, "--yes"])
            #expect(delete.exitCode == 0, "\(delete.stderr)")
            let after = try await runner.run(["connection", "show", id])
            #expect(after.exitCode == 1)
            #expect(after.stderr.contains("404"))
        }
    }

    @Test func connectWaitFinalizesAfterEnter() async throws {
        try await withSandbox { _, runner in
            let result = try await runner.runAnsweringFirstLine(["connect", "zendesk", "--category", "ticketing", "--wait"]) { url in
                // The browser step, done while liza waits for Enter.
                let status = try await CLISandboxHTTP.decide(url, approve: true)
                #expect((200..<400).contains(status))
            }
            #expect(result.exitCode == 0, "\(result.stderr)")
            let id = try #require(result.lines.dropFirst().first)
            #expect(result.lines.contains("status\tactive"))
            #expect(result.lines.contains("id\t\(id)"))
        }
    }

    @Test func recordsPageQueryAndAll() async throws {
        try await withSandbox(records: 137) { _, runner in
            let id = try await connectionID(runner, integration: "hubspot")

            let page = try await runner.run(["records", id, "crm", "contact", "--limit", "5"])
            #expect(page.exitCode == 0, "\(page.stderr)")
            #expect(page.lines.count == 6) // header + 5
            let header = page.lines.first?.components(separatedBy: "\t") ?? []
            #expect(header.first == "id")
            #expect(page.lines.dropFirst().allSatisfy { $0.components(separatedBy: "\t").count == header.count })

            let first = try await runner.run(["records", id, "crm", "contact", "--limit", "1", "--json"])
            let record = try #require(try JSONValue.parse(first.stdout)[0])
            let name = try #require(record["name"]?.stringValue ?? record["first_name"]?.stringValue)
            let word = String(name.split(separator: " ").first ?? Substring(name))

            let query = try await runner.run(["records", id, "crm", "contact", "--query", word, "--json"])
            #expect(query.exitCode == 0, "\(query.stderr)")
            let matches = try JSONValue.parse(query.stdout).arrayValue ?? []
            #expect(!matches.isEmpty)
            #expect(matches.allSatisfy { $0.serialized().lowercased().contains(word.lowercased()) })

            let all = try await runner.run(["records", id, "crm", "contact", "--all", "--json"])
            #expect(all.exitCode == 0, "\(all.stderr)")
            #expect(all.lines.count == 137)
            #expect(all.lines.allSatisfy { line in (try? JSONValue.parse(line))?.objectValue != nil })
            let ids = Set(all.lines.compactMap { try? JSONValue.parse($0)["id"]?.serialized() })
            #expect(ids.count == 137)

            let capped = try await runner.run(["records", id, "crm", "contact", "--all", "--json", "--max", "30"])
            #expect(capped.exitCode == 0)
            #expect(capped.lines.count == 30)
        }
    }

    @Test func enrichmentLookupReturnsOneObject() async throws {
        try await withSandbox { _, runner in
            let connections = try await runner.run(["connections"])
            // The sandbox seeds one connection per category, enrichment included.
            let row = try #require(connections.lines.map { $0.components(separatedBy: "\t") }.first { $0.count > 2 && $0[2].contains("enrichment") })
            let result = try await runner.run(["records", row[0], "enrichment", "person", "--filter", "email=ada@example.com", "--json"])
            #expect(result.exitCode == 0, "\(result.stderr)")
            let person = try JSONValue.parse(result.stdout)
            #expect(person.objectValue != nil)
            #expect(person.serialized().contains("ada@example.com"))

            let missing = try await runner.run(["records", row[0], "enrichment", "person"])
            #expect(missing.exitCode == 2)
            #expect(missing.stderr.contains("--filter"))
        }
    }

    @Test func passthroughGetPrintsTheProvidersBody() async throws {
        try await withSandbox { _, runner in
            let id = try await connectionID(runner, integration: "hubspot")
            let result = try await runner.run(["passthrough", id, "GET", "/crm/v3/objects/contacts", "-d", #"{"limit":"3"}"#])
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect((try? JSONValue.parse(result.stdout)) != nil)

            let envelope = try await runner.run(["passthrough", id, "post", "/anything", "-d", "-", "--json"], stdin: #"{"a":1}"#)
            #expect(envelope.exitCode == 0, "\(envelope.stderr)")
            #expect(try JSONValue.parse(envelope.stdout)["status"]?.intValue == 200)
        }
    }

    @Test func usageAndValidationErrorsExit2() async throws {
        try await withSandbox { _, runner in
            let id = try await connectionID(runner, integration: "hubspot")

            let category = try await runner.run(["records", id, "crn", "contact"])
            #expect(category.exitCode == 2)
            #expect(category.stderr.contains("did you mean crm"))

            let limit = try await runner.run(["records", id, "crm", "contact", "--limit", "0"])
            #expect(limit.exitCode == 2)

            let body = try await runner.run(["passthrough", id, "POST", "/x", "-d", "{not json"])
            #expect(body.exitCode == 2)
            #expect(body.stderr.contains("not valid JSON"))

            let notObject = try await runner.run(["passthrough", id, "POST", "/x", "-d", "[1]"])
            #expect(notObject.exitCode == 2)

            let noYes = try await runner.run(["connection", "delete", id])
            #expect(noYes.exitCode == 2)
            #expect(noYes.stderr.contains("--yes"))
            #expect(try await runner.run(["connection", "show", id]).exitCode == 0) // not deleted

            let unknownOption = try await runner.run(["integrations", "--bogus"])
            #expect(unknownOption.exitCode == 2)

            let httpBase = try await runner.run(["integrations"], extraEnvironment: ["LIZA_BASE_URL": "http://api.example.com/api"])
            #expect(httpBase.exitCode == 2)
            #expect(httpBase.stderr.contains("https"))
        }
    }

    @Test func wrongTokenExits3WithoutShowingIt() async throws {
        try await withSandbox { _, runner in
            let secret = "liza_mcp_wrong_secret_zz99"
            let result = try await runner.run(["integrations"], extraEnvironment: ["LIZA_TOKEN": secret])
            #expect(result.exitCode == 3)
            #expect(result.stderr.contains("LIZA_TOKEN"))
            #expect(!result.stderr.contains("wrong_secret"))
            #expect(!result.stdout.contains("wrong_secret"))

            let none = try await runner.run(["integrations"], removing: ["LIZA_TOKEN"])
            #expect(none.exitCode == 3)
            #expect(none.stderr.contains("liza login"))
        }
    }

    @Test func unknownConnectionExits1WithTheServersMessage() async throws {
        try await withSandbox { _, runner in
            let result = try await runner.run(["connection", "show", "no-such-connection"])
            #expect(result.exitCode == 1)
            #expect(result.stderr.hasPrefix("liza: "))
            #expect(result.stderr.contains("(HTTP 404, request id sbx-"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func closedPortExits4() async throws {
        // A port bound but never listening refuses for as long as it is held (a stopped
        // server's port could be taken by a test running beside this one).
        let (fd, port) = try LoopbackSocket.refusing()
        defer { close(fd) }
        let runner = try CLIRunner(baseURL: "http://127.0.0.1:\(port)/api", token: Self.token)
        let result = try await runner.run(["integrations"])
        #expect(result.exitCode == 4, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("liza: "))
    }

    @Test func stillRateLimitedExits5() async throws {
        try await withSandbox { server, runner in
            let faults = Array(repeating: #"{"status":429,"retry_after":"0"}"#, count: 8).joined(separator: ",")
            let queued = try await CLISandboxHTTP.post(server.rootURL, "/_sandbox/faults", token: Self.token, json: #"{"queue":[\#(faults)]}"#)
            #expect((200..<300).contains(queued))
            let result = try await runner.run(["integrations"])
            #expect(result.exitCode == 5, "\(result.stderr)")
            #expect(result.stderr.contains("429"))
        }
    }

    @Test func loginStoresA0600TokenThatStatusUses() async throws {
        try await withSandbox { _, runner in
            let login = try await runner.run(["login"], stdin: Self.token + "\n", removing: ["LIZA_TOKEN"])
            #expect(login.exitCode == 0, "\(login.stderr)")
            var info = stat()
            #expect(stat(runner.credentialsFile, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o600)
            let stored = try String(contentsOfFile: runner.credentialsFile, encoding: .utf8)
            #expect(stored.contains(Self.token))
            #expect(!login.stderr.contains(Self.token))

            let status = try await runner.run(["status"], removing: ["LIZA_TOKEN"])
            #expect(status.exitCode == 0, "\(status.stderr)")
            #expect(status.stdout.contains("credentials file"))
            #expect(status.stdout.contains("API\tok ("))
            #expect(!status.stdout.contains(Self.token))

            let integrations = try await runner.run(["integrations"], removing: ["LIZA_TOKEN"])
            #expect(integrations.exitCode == 0)

            let rejected = try await runner.run(["login", "--profile", "other"], stdin: "liza_mcp_not_valid_1234\n", removing: ["LIZA_TOKEN"])
            #expect(rejected.exitCode == 3)
            #expect(!(try String(contentsOfFile: runner.credentialsFile, encoding: .utf8)).contains("not_valid"))

            let logout = try await runner.run(["logout"], removing: ["LIZA_TOKEN"])
            #expect(logout.exitCode == 0)
            #expect(!FileManager.default.fileExists(atPath: runner.credentialsFile))
        }
    }
}
