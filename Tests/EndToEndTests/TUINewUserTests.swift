import Foundation
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing
import TUIKitTesting

/// What a new user trips on (issue 14), in a real terminal: commands typed at once against a
/// rate-limited start, and the demo's files.
@Suite(.serialized) struct TUINewUserTests {
    var patience: Duration { TUIEndToEndTests.patience }

    /// An active CRM connection's full id, read from the sandbox before the faults are queued.
    static func crmConnectionID(_ sandbox: TestSandbox) async throws -> String {
        let r = try await sandbox.request("GET", "/api/v1/integrations/connections")
        try #require(r.status == 200)
        let value = try JSONValue.parse(bytes: r.body)
        let items = value["data"]?.arrayValue ?? value["items"]?.arrayValue ?? value.arrayValue ?? []
        let crm = items.first { c in
            c["status"]?.stringValue == "active"
                && (c["categories"]?.arrayValue ?? []).contains { $0.stringValue == "crm" }
        }
        return try #require(crm?["id"]?.stringValue, "no active CRM connection in \(items.count) connections")
    }

    /// Issue 14 item 1: `:records <full id> crm contact` typed while the connections list is
    /// still waiting out a `Retry-After` waits for the list, then shows the records — never
    /// "No connection".
    @Test func recordsCommandTypedWhileTheListsWaitOutA429() async throws {
        let sandbox = try await TestSandbox.start()
        do {
            try await run(sandbox)
        } catch {
            await sandbox.stop()
            throw error
        }
        await sandbox.stop()
    }

    private func run(_ sandbox: TestSandbox) async throws {
        let id = try await Self.crmConnectionID(sandbox)
        // Both first requests (integrations and connections start together) answer 429, 1 s.
        await sandbox.queueFaults([.status(429, retryAfter: "1"), .status(429, retryAfter: "1")])
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = TUIEndToEndTests.environment(home)
        environment["LIZA_TOKEN"] = sandbox.token
        environment["LIZA_BASE_URL"] = sandbox.baseURL
        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary()], environment: environment, width: 120, height: 40)
        defer { tmux.kill() }
        try await tmux.waitFor("Integrations", timeout: patience)
        try tmux.sendKeys(":")
        try await tmux.waitFor("Command", timeout: patience)
        try tmux.sendLiteral("records \(id) crm contact")
        try tmux.sendKeys("Enter")
        let screen = try await tmux.waitUntil("the contacts", timeout: patience) { s in
            (s.contains("crm/contact") && s.contains("@") && (s.contains("loaded") || s.contains("synced") || s.contains("L syncs all"))) || s.contains("No connection '") || s.contains("esc dismiss")
        }
        #expect(!screen.contains("No connection '") && !screen.contains("esc dismiss"), "the command failed:\n\(screen)")
        #expect(screen.contains("@"), "no records:\n\(screen)")
        let received = await sandbox.receivedRequests()
        #expect(received.contains { $0.path.hasSuffix("/\(id)/crm/contact") }, "no records request")
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    /// Issue 14 item 2: the demo started from the welcome screen says `profile demo`, so the
    /// passthrough history goes to the demo's file, not to the profile before it.
    @Test func theDemoStartedFromTheWelcomeScreenKeepsTheDemosHistory() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary()], environment: TUIEndToEndTests.environment(home),
                                   width: 120, height: 40)
        defer { tmux.kill() }
        try await tmux.waitFor("No API token found", timeout: patience)
        try tmux.sendKeys("d")
        try await tmux.waitUntil("the demo", timeout: patience) { $0.contains("profile demo") && $0.contains("HubSpot") && $0.contains("zendesk") }
        try tmux.sendKeys("2")
        try tmux.sendKeys("/")
        try tmux.sendLiteral("hubspot")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("p")
        try await tmux.waitFor("/crm/v3/objects/contacts", timeout: patience)
        try tmux.sendKeys("C-s")
        try await tmux.waitUntil("a 200 response", timeout: patience) { $0.contains("Response  200") }
        try tmux.sendKeys("C-c")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
        let state = home.appendingPathComponent("state/liza")
        let demo = try String(contentsOf: state.appendingPathComponent("passthrough-history-demo.json"), encoding: .utf8)
        #expect(demo.contains("/crm/v3/objects/contacts"))
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("passthrough-history-default.json").path))
    }
}
