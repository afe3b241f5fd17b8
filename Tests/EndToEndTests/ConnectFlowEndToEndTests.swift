import Foundation
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing
import TUIKitTesting

/// `liza connect` finishing by itself: the real binary in a pty (tmux) against an in-process
/// sandbox, with URLSession as the browser. Waits poll with deadlines. While the spinner runs
/// the screen never settles, so those waits take the first matching capture (`settle: .zero`)
/// and assert only on the static URL line; final assertions are on settled screens.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct ConnectFlowEndToEndTests {
    static let token = "connect-e2e-token-4k2"
    static let patience: Duration = .seconds(60)

    func withSandbox(_ body: (TestSandbox, CLIRunner) async throws -> Void) async throws {
        let sandbox = try await TestSandbox.start { $0.token = Self.token }
        do {
            try await body(sandbox, try CLIRunner(baseURL: sandbox.baseURL, token: Self.token))
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    /// `liza arguments…` in a 200×50 tmux pane with the runner's environment, not over SSH
    /// unless `ssh`.
    func terminal(_ runner: CLIRunner, _ arguments: [String], ssh: Bool = false) throws -> TmuxSession {
        var env = runner.environment
        env["SSH_CONNECTION"] = ssh ? "10.0.0.1 50000 10.0.0.2 22" : ""
        env["SSH_TTY"] = ""
        env["SSH_CLIENT"] = ""
        return try TmuxSession(command: [try CLIRunner.binary()] + arguments, environment: env, width: 200, height: 50)
    }

    func pendingURL(_ tmux: TmuxSession, prompt: String) async throws -> String {
        let screen = try await tmux.waitUntil("the URL and \(prompt)", timeout: Self.patience, settle: .zero) {
            CLIBrowser.authorizeURL(in: $0) != nil && $0.contains(prompt)
        }
        return try #require(CLIBrowser.authorizeURL(in: screen))
    }

    @Test func approvingInTheBrowserFinishesByItself() async throws {
        try await withSandbox { _, runner in
            let tmux = try terminal(runner, ["connect", "hubspot", "--category", "crm", "--external-xref", "u-7"])
            let url = try await pendingURL(tmux, prompt: "waiting for the browser")
            let connectionID = try #require(url.components(separatedBy: "/authorize/").last?.components(separatedBy: "?").first)
            let pending = try await runner.run(["connections"])
            #expect(pending.lines.contains { $0.hasPrefix(connectionID + "\thubspot\t") && $0.contains("\tpending\t") }, "\(pending.stdout)")
            // The browser approves and follows the 303 to the listener.
            let page = try await CLIBrowser.decide(url, approve: true)
            #expect(page.status == 200)
            #expect(page.body.contains("you can close this tab"))
            let screen = try await tmux.waitFor(TmuxSession.exitMarker, timeout: Self.patience)
            #expect(TmuxSession.exitStatus(in: screen) == 0, "\(screen)")
            #expect(screen.contains("Connected."))
            #expect(screen.contains(connectionID))
            let listed = try await runner.run(["connections"])
            #expect(listed.lines.contains { $0.hasPrefix(connectionID + "\thubspot\t") && $0.contains("\tactive\t") }, "\(listed.stdout)")
        }
    }

    @Test func aWrongStateIsRefusedAndLizaKeepsWaiting() async throws {
        try await withSandbox { sandbox, runner in
            let tmux = try terminal(runner, ["connect", "zendesk", "--category", "ticketing"])
            let url = try await pendingURL(tmux, prompt: "waiting for the browser")
            // Approve without following the 303, to hold the listener's address.
            let decided = try await sandbox.request("POST", url, body: "decision=approve", contentType: "application/x-www-form-urlencoded", auth: .none)
            #expect(decided.status == 303)
            let location = try #require(decided.header("location"))
            #expect(location.hasPrefix("http://127.0.0.1:"))
            let state = try #require(location.components(separatedBy: "state=").last)
            let forged = try await sandbox.request("GET", location.replacingOccurrences(of: "state=" + state, with: "state=forged"), auth: .none)
            #expect(forged.status == 400)
            #expect(String(decoding: forged.body, as: UTF8.self).contains("state does not match"))
            let stillWaiting = try await tmux.waitUntil("still waiting", timeout: Self.patience, settle: .zero) { $0.contains("waiting for the browser") }
            #expect(TmuxSession.exitStatus(in: stillWaiting) == nil)
            // The genuine return still finishes it.
            #expect(try await sandbox.request("GET", location, auth: .none).status == 200)
            let screen = try await tmux.waitFor(TmuxSession.exitMarker, timeout: Self.patience)
            #expect(TmuxSession.exitStatus(in: screen) == 0, "\(screen)")
            #expect(screen.contains("Connected."))
        }
    }

    @Test func denyingShowsDeniedAndExits1() async throws {
        try await withSandbox { _, runner in
            let tmux = try terminal(runner, ["connect", "hubspot", "--category", "crm"])
            let url = try await pendingURL(tmux, prompt: "waiting for the browser")
            let page = try await CLIBrowser.decide(url, approve: false)
            #expect(page.body.contains("denied"))
            let screen = try await tmux.waitFor(TmuxSession.exitMarker, timeout: Self.patience)
            #expect(TmuxSession.exitStatus(in: screen) == 1, "\(screen)")
            #expect(screen.contains("authorization was denied (access_denied)"))
        }
    }

    @Test func ctrlCLeavesItPending() async throws {
        try await withSandbox { sandbox, runner in
            let tmux = try terminal(runner, ["connect", "hubspot", "--category", "crm"])
            let url = try await pendingURL(tmux, prompt: "waiting for the browser")
            try tmux.sendKeys("C-c")
            let screen = try await tmux.waitFor(TmuxSession.exitMarker, timeout: Self.patience)
            #expect(TmuxSession.exitStatus(in: screen) == 130, "\(screen)")
            #expect(screen.contains("still pending"))
            #expect(screen.contains("liza callback "))
            // Finishing later works (the listener is gone, so the 303 is not followed).
            let decided = try await sandbox.request("POST", url, body: "decision=approve", contentType: "application/x-www-form-urlencoded", auth: .none)
            #expect(decided.status == 303)
            let id = try #require(url.components(separatedBy: "/authorize/").last?.components(separatedBy: "?").first)
            let callback = try await runner.run(["callback", id])
            #expect(callback.exitCode == 0, "\(callback.stderr)")
        }
    }

    @Test func overSSHItAsksForTheAddressAndRefusesAnotherConnections() async throws {
        try await withSandbox { _, runner in
            let tmux = try terminal(runner, ["connect", "hubspot", "--category", "crm"], ssh: true)
            let url = try await pendingURL(tmux, prompt: "Paste the address your browser ended on")
            let page = try await CLIBrowser.decide(url, approve: true)
            #expect(page.body.contains("authorized")) // the provider's own page: no redirect over SSH
            try tmux.sendLiteral("https://app.example/done?id=someone-else")
            try tmux.sendKeys("Enter")
            try await tmux.waitFor("refused: this address belongs to another connection", timeout: Self.patience)
            try tmux.sendKeys("Enter")
            let screen = try await tmux.waitFor(TmuxSession.exitMarker, timeout: Self.patience)
            #expect(TmuxSession.exitStatus(in: screen) == 0, "\(screen)")
            #expect(screen.contains("Connected."))
        }
    }

    @Test func jsonListenThenResultAndRelinkDeletesTheOld() async throws {
        try await withSandbox { _, runner in
            let first = try await runner.runAnsweringFirstLine(["connect", "hubspot", "--category", "crm", "--listen", "--json"]) { line in
                let json = try JSONValue.parse(line)
                let url = try #require(json["url"]?.stringValue)
                #expect(json["connection_id"]?.stringValue != nil)
                #expect(try await CLIBrowser.decide(url, approve: true).status == 200)
            }
            #expect(first.exitCode == 0, "\(first.stderr)")
            try #require(first.lines.count == 2)
            let old = try #require(try JSONValue.parse(first.lines[1])["id"]?.stringValue)

            let relink = try await runner.runAnsweringFirstLine(["connect", "--relink", old, "--listen", "--json", "--yes"]) { line in
                let url = try #require(try JSONValue.parse(line)["url"]?.stringValue)
                #expect(try await CLIBrowser.decide(url, approve: true).status == 200)
            }
            #expect(relink.exitCode == 0, "\(relink.stderr)")
            try #require(relink.lines.count == 2)
            let new = try JSONValue.parse(relink.lines[1])
            #expect(new["integration_type"]?.stringValue == "hubspot")
            #expect(relink.stderr.contains("deleted the old connection \(old)"))
            let listed = try await runner.run(["connections"])
            #expect(!listed.lines.contains { $0.hasPrefix(old + "\t") })
        }
    }

    @Test func doctorNamesTheObjectTypeWithAnInjected401() async throws {
        try await withSandbox { sandbox, runner in
            let list = try await runner.run(["connections"])
            let id = try #require(list.lines.map { $0.components(separatedBy: "\t") }.first { $0.count > 1 && $0[1] == "hubspot" }?[0])
            let healthy = try await runner.run(["doctor", id])
            #expect(healthy.exitCode == 0, "\(healthy.stderr)")
            #expect(healthy.lines.allSatisfy { $0.components(separatedBy: "\t")[2] == "ok" })
            let status = try await CLISandboxHTTP.post(sandbox.rootURL, "/_sandbox/faults", token: Self.token,
                                                       json: #"{"objects":[{"connection_id":"\#(id)","category":"crm","object":"deal","status":401}]}"#)
            #expect(status == 200)
            let sick = try await runner.run(["doctor", id])
            #expect(sick.exitCode == 1)
            #expect(sick.stderr.contains("crm/deal (401)"), "\(sick.stderr)")
            let row = try #require(sick.lines.map { $0.components(separatedBy: "\t") }.first { $0[1] == "deal" })
            #expect(row[2] == "401")
            #expect(row[4] == "the provider's authorization was revoked — relink")
            let json = try await runner.run(["doctor", id, "--json"])
            #expect(json.exitCode == 1)
            #expect(try JSONValue.parse(json.stdout)["ok"] == .bool(false))
        }
    }
}
