import Foundation
import LizaSandbox
import OrderedJSON
import Testing

/// `--jq EXPR` runs every JSON output through the system's jq.
@Suite(.timeLimit(.minutes(5)))
struct JQTests {
    static let token = "jq-test-token-2d6v"

    @Test func filtersWholeDocumentsAndStreamsAndSaysWhatWentWrong() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 4, recordsPerObject: 25))
        do { try await check(server) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func check(_ server: SandboxServer) async throws {
        let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
        // A whole document (--jq implies --json).
        let ids = try await runner.run(["connections", "--jq", ".[].id"])
        #expect(ids.exitCode == 0, "\(ids.stderr)")
        let json = try await runner.run(["connections", "--json"])
        let expected = (try JSONValue.parse(json.stdout).arrayValue ?? []).compactMap { $0["id"]?.serialized() }
        #expect(ids.lines == expected && !expected.isEmpty)
        // NDJSON pages as they arrive: jq reads a stream of values.
        let id = try #require(server.seededConnectionIDs.first)
        let all = try await runner.run(["records", id, "crm", "contact", "--all", "--jq", "select(.id != null) | .id"])
        #expect(all.exitCode == 0, "\(all.stderr)")
        #expect(all.lines.count == 25)
        // The objects catalog (its own --json) too.
        let objects = try await runner.run(["objects", "crm", "--jq", "length"])
        #expect(Int(objects.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0)

        // jq's own errors are shown; a bad expression is a usage error.
        let bad = try await runner.run(["connections", "--jq", ".[ "])
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("jq: error") && bad.stderr.contains("liza: jq failed (exit 3)"), "\(bad.stderr)")
        let runtime = try await runner.run(["connections", "--jq", ".[0] | keys | .[0] | tonumber"])
        #expect(runtime.exitCode == 1, "\(runtime.stderr)")
        #expect(runtime.stderr.contains("jq: error"), "\(runtime.stderr)")

        // No jq: the install hint, exit 2, nothing sent.
        let before = await server.receivedRequests().count
        let missing = try await runner.run(["connections", "--jq", "."], extraEnvironment: ["PATH": "/nonexistent"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("apt-get install jq"), "\(missing.stderr)")
        #expect(await server.receivedRequests().count == before)
    }
}
