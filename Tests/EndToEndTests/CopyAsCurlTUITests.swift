import Foundation
import LizaTesting
import LizaAPI
import LizaSandbox
import OrderedJSON
import Testing
import TUIKitTesting

/// Copy as curl / as a liza command from the TUI: the text arrives in tmux's paste buffer via
/// OSC 52, and running it gets what liza got.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct CopyAsCurlTUITests {
    static let token = "copy-tui-token-5r8w"
    static let patience: Duration = .seconds(60)

    /// Waits until tmux's newest paste buffer starts with `prefix` and differs from `previous`.
    static func buffer(_ tmux: TmuxSession, startingWith prefix: String, not previous: String) async throws -> String {
        let screen = try await tmux.waitUntil("a paste buffer starting with \(prefix)", timeout: patience) { _ in
            let text = (try? tmux.run(["show-buffer"])) ?? ""
            return text.hasPrefix(prefix) && text != previous
        }
        _ = screen
        return try tmux.run(["show-buffer"])
    }

    @Test func copiedCommandsRunAndMatch() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 9, recordsPerObject: 40))
        do { try await run(server) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func run(_ server: SandboxServer) async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = TUIEndToEndTests.environment(home)
        environment["LIZA_TOKEN"] = Self.token
        environment["LIZA_BASE_URL"] = server.baseURL
        let binary = try TUIEndToEndTests.lizaBinary()
        let tmux = try TmuxSession(command: [binary], environment: environment, width: 120, height: 40,
                                   before: "tmux set-option -g set-clipboard on")
        defer { tmux.kill() }
        let patience = Self.patience
        try await tmux.waitUntil("the lists loaded", timeout: patience) { $0.contains("HubSpot") && $0.contains("hubspot") }
        try tmux.sendKeys("2")
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("records loaded", timeout: patience) { $0.contains("crm/contact") && $0.contains("@") && ($0.contains("loaded") || $0.contains("L syncs all") || $0.contains("synced")) }
        try tmux.sendKeys("3")
        try tmux.sendLiteral("Y")
        let command = try await Self.buffer(tmux, startingWith: "liza records ", not: "")
        try tmux.sendLiteral("y")
        let curl = try await Self.buffer(tmux, startingWith: "curl -sS ", not: command)
        #expect(!curl.contains(Self.token) && curl.contains("$LIZA_TOKEN"))

        // The curl's page is what the copied liza command prints with --json.
        let env = ["LIZA_TOKEN": Self.token, "LIZA_BASE_URL": server.baseURL, "HOME": home.path,
                   "XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state"]
        let viaCurl = try await CopyAsCurlTests.shell(curl, token: Self.token)
        let items = try ResponseEnvelope.list(JSONValue.parse(viaCurl.stdout), what: "records").items
        #expect(!items.isEmpty)
        let viaLiza = try await Self.shell(ShellQuote.quote(binary) + command.dropFirst("liza".count) + " --json", environment: env)
        #expect(viaLiza.status == 0)
        #expect(JSONValue.array(items).serialized() + "\n" == viaLiza.stdout)

        // The passthrough form's request: curl and the liza command get the same bytes.
        try tmux.sendKeys("p")
        try await tmux.waitFor("ctrl-s send", timeout: patience)
        try tmux.sendKeys("C-t")
        let passCommand = try await Self.buffer(tmux, startingWith: "liza passthrough ", not: curl)
        try tmux.sendKeys("C-y")
        let passCurl = try await Self.buffer(tmux, startingWith: "curl -sS -X POST ", not: passCommand)
        #expect(passCurl.contains("/passthrough -H") && !passCurl.contains(Self.token))
        let bodyByCurl = try await CopyAsCurlTests.shell(passCurl, token: Self.token)
        let bodyByLiza = try await Self.shell(ShellQuote.quote(binary) + passCommand.dropFirst("liza".count), environment: env)
        #expect(bodyByLiza.status == 0)
        #expect(!bodyByCurl.stdout.isEmpty && bodyByCurl.stdout == bodyByLiza.stdout)
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the form closed", timeout: patience) { !$0.contains("ctrl-s send") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    static func shell(_ command: String, environment: [String: String]) async throws -> (status: Int32, stdout: String) {
        try await CapturedRun.shell(command, environment: environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]) { $1 })
    }
}
