import Foundation
import LizaTesting
import LizaAPI
import LizaSandbox
import OrderedJSON
import Testing

/// `--curl` prints the request instead of sending it; the printed curl, run by the system's
/// `curl` with `LIZA_TOKEN` set, gets the same body as liza itself.
@Suite(.timeLimit(.minutes(5)))
struct CopyAsCurlTests {
    static let token = "curl-test-token-7h3p"

    /// Runs `command` with `/bin/sh -c` and `LIZA_TOKEN` set; returns stdout.
    static func shell(_ command: String, token: String) async throws -> (status: Int32, stdout: String) {
        try await CapturedRun.shell(command, environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LIZA_TOKEN": token])
    }

    @Test func printedCurlGetsTheSameBodyAsLiza() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 3, recordsPerObject: 30))
        do { try await compare(server) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func compare(_ server: SandboxServer) async throws {
        let runner = try CLIRunner(baseURL: server.baseURL, token: Self.token)
        let id = try #require(server.seededConnectionIDs.first)

        // Records: the page's items, as --json prints them, byte for byte.
        let args = ["records", id, "crm", "contact", "--limit", "7", "--offset", "3", "--query", "a b'c"]
        let printed = try await runner.run(args + ["--curl"])
        #expect(printed.exitCode == 0, "\(printed.stderr)")
        let curl = printed.stdout.trimmingCharacters(in: .newlines)
        #expect(curl.hasPrefix("curl -sS '\(server.baseURL)/v1/integrations/\(id)/crm/contact?"))
        #expect(curl.contains("\"Authorization: Bearer $LIZA_TOKEN\""))
        #expect(!curl.contains(Self.token), "the token itself was printed")
        let fromCurl = try await Self.shell(curl, token: Self.token)
        #expect(fromCurl.status == 0)
        let items = try ResponseEnvelope.list(JSONValue.parse(fromCurl.stdout), what: "records").items
        let json = try await runner.run(args + ["--json"])
        #expect(json.exitCode == 0, "\(json.stderr)")
        #expect(JSONValue.array(items).serialized() + "\n" == json.stdout)

        // Passthrough: the provider's bytes exactly as `liza passthrough` prints them when piped,
        // and the body of --json.
        let pass = ["passthrough", id, "GET", "/crm/v3/objects/contacts", "-d", #"{"limit":"2"}"#]
        let passCurl = try await runner.run(pass + ["--curl"])
        #expect(passCurl.exitCode == 0, "\(passCurl.stderr)")
        #expect(passCurl.stdout.contains(#"--data-raw '{"method":"GET","path":"/crm/v3/objects/contacts","data":{"limit":"2"}}'"#))
        let raw = try await runner.run(pass)
        #expect(raw.exitCode == 0, "\(raw.stderr)")
        let viaCurl = try await Self.shell(passCurl.stdout, token: Self.token)
        #expect(viaCurl.status == 0)
        #expect(!raw.stdout.isEmpty && viaCurl.stdout == raw.stdout)
        let envelope = try await runner.run(pass + ["--json"])
        #expect(try JSONValue.parse(envelope.stdout)["body"]?.serialized() == JSONValue.parse(viaCurl.stdout).serialized())

        // A write is printed, not sent (read-only or not).
        let post = try await runner.run(["passthrough", id, "POST", "/x", "-d", "{}", "--curl", "--read-only"])
        #expect(post.exitCode == 0, "\(post.stderr)")
        #expect(post.stdout.contains("-X POST"))
        #expect(await server.receivedRequests().filter { $0.method != "GET" && $0.path.hasSuffix("/passthrough") }.count == 3,
                "only the three GET passthroughs of liza (twice) and curl")
    }

    @Test func quotingSurvivesTheShell() {
        #expect(ShellQuote.quote("a b'c$HOME") == #"'a b'\''c$HOME'"#)
        #expect(ShellQuote.quote("/crm/v3") == "/crm/v3")
        #expect(ShellQuote.quote("") == "''")
        let line = LizaCommandLine.passthrough(connectionID: "c1", PassthroughRequest(method: .PATCH, path: "/a b", data: .object([("x", .string("it's"))])))
        #expect(line == #"liza passthrough c1 PATCH '/a b' -d '{"x":"it'\''s"}'"#)
    }
}
