import Foundation
import LizaTesting
import Testing
import TUIKitTesting

/// Issue 11's "done when" for the TUI: `liza --demo` (the sandbox on a random loopback port) at
/// 120×40 in tmux; `enter` on HubSpot, `enter` to connect; then an HTTP client standing in for
/// the browser decides on the sandbox's authorize page and follows the 303 to liza's loopback
/// listener. The modal reaches its end state with no key pressed. Only loopback traffic; every
/// wait polls with a deadline and asserts on a settled screen.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct TUIConnectEndToEndTests {
    static let patience = TUIEndToEndTests.patience

    /// Launches the demo, selects HubSpot with the filter, `enter` (the form), `enter` (connect),
    /// and returns the session, the connection count before, and the URL once liza listens.
    func startConnect(_ home: URL) async throws -> (TmuxSession, Int, String) {
        let tmux = try await TUIEndToEndTests.launchDemo(home)
        let before = try await TUIEndToEndTests.connectionCount(of: tmux)
        try tmux.sendKeys("/")
        try tmux.sendLiteral("HubSpot")
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("HubSpot filtered", timeout: Self.patience) { $0.contains("HubSpot") && !$0.contains("Zendesk") }
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Connect an integration", timeout: Self.patience)
        try tmux.sendKeys("Enter")
        let screen = try await tmux.waitUntil("waiting for the browser", timeout: Self.patience) {
            $0.contains("waiting for the browser…") && TUIEndToEndTests.authorizationURL(in: $0)?.contains("state=") == true
        }
        let url = try #require(TUIEndToEndTests.authorizationURL(in: screen), "no URL on:\n\(screen)")
        #expect(screen.contains("(1 pending)"), "the new connection is listed as pending while liza waits")
        #expect(url.contains("/authorize/"))
        return (tmux, before, url)
    }

    @Test func approvingInTheBrowserConnectsWithNoKeyPressed() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let (tmux, before, url) = try await startConnect(home)
        defer { tmux.kill() }
        let page = try await CLIBrowser.decide(url, approve: true)
        #expect(page.status == 200)
        #expect(page.body.contains("you can close this tab"))
        // No key pressed: the modal says connected and the pane reloaded (the header counts it).
        // (The pending connection was counted since the connect; a reload after the callback
        // shows it active: nothing pending in the header.)
        let screen = try await tmux.waitUntil("connected and listed", timeout: Self.patience) {
            $0.contains("✓ hubspot is connected and active.") && TUIEndToEndTests.connectionCount($0) == before + 1 && !$0.contains("pending)")
        }
        let id = try #require(url.components(separatedBy: "/authorize/").last?.components(separatedBy: "?").first)
        #expect(screen.contains(id))
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("the Connections pane lists it", timeout: Self.patience) {
            !$0.contains("✓ hubspot is connected") && $0.contains(String(id.prefix(8))) && !$0.contains("pending)")
        }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: Self.patience) == 0)
    }

    @Test func denyingShowsDenied() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let (tmux, before, url) = try await startConnect(home)
        defer { tmux.kill() }
        let page = try await CLIBrowser.decide(url, approve: false)
        #expect(page.body.contains("denied"))
        try await tmux.waitFor("✗ denied in the browser (access_denied)", timeout: Self.patience)
        #expect(try await TUIEndToEndTests.connectionCount(of: tmux) == before + 1, "the pending connection stays")
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the modal closed", timeout: Self.patience) { !$0.contains("denied in the browser") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: Self.patience) == 0)
    }

    @Test func aWrongStateIsRefusedThenTheRealReturnConnects() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let (tmux, _, url) = try await startConnect(home)
        defer { tmux.kill() }
        // Approve without following the 303, to hold the listener's address.
        let location = try await Curl.redirectTarget(posting: "decision=approve", to: url)
        #expect(location.hasPrefix("http://127.0.0.1:"))
        let state = try #require(location.components(separatedBy: "state=").last?.components(separatedBy: "&").first)
        let forged = try await Curl.status(of: location.replacingOccurrences(of: "state=" + state, with: "state=forged"))
        #expect(forged == 400)
        try await tmux.waitUntil("the refusal", timeout: Self.patience) {
            $0.contains("refused a return to liza") && $0.contains("waiting for the browser…")
        }
        #expect(try await Curl.status(of: location) == 200)
        try await tmux.waitFor("✓ hubspot is connected and active.", timeout: Self.patience)
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: Self.patience) == 0)
    }
}

extension TUIConnectEndToEndTests {
    /// `R` on a connection connects again like it; once the new one is active (and not before)
    /// liza asks whether to delete the old one.
    @Test func relinkOffersToDeleteTheOldOnceTheNewIsActive() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await TUIEndToEndTests.launchDemo(home)
        defer { tmux.kill() }
        let before = try await TUIEndToEndTests.connectionCount(of: tmux)
        try tmux.sendKeys("2")
        try tmux.sendKeys("/")
        try tmux.sendLiteral("zendesk")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("R")
        let screen = try await tmux.waitUntil("waiting for the browser", timeout: Self.patience) {
            $0.contains("Authorize zendesk") && $0.contains("waiting for the browser…")
                && TUIEndToEndTests.authorizationURL(in: $0)?.contains("state=") == true
        }
        #expect(!screen.contains("Delete the old connection"), "never before the new one is active")
        let url = try #require(TUIEndToEndTests.authorizationURL(in: screen))
        #expect(try await CLIBrowser.decide(url, approve: true).status == 200)
        try await tmux.waitUntil("the offer to delete the old one", timeout: Self.patience) {
            $0.contains("Delete the old connection") && $0.contains("cannot be undone") && $0.contains("✓ zendesk is")
        }
        try tmux.sendKeys("y")
        try await tmux.waitUntil("the old one deleted", timeout: Self.patience) {
            $0.contains("deleted zendesk") && TUIEndToEndTests.connectionCount($0) == before && !$0.contains("pending)")
        }
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: Self.patience) == 0)
    }
}

/// curl for what URLSession does not show: a 303's target without following it.
enum Curl {
    static func run(_ arguments: [String]) async throws -> String {
        let result = try await CapturedRun.run("/usr/bin/env", ["curl", "-s", "--noproxy", "*", "-o", "/dev/null"] + arguments)
        return String(decoding: result.stdout, as: UTF8.self)
    }

    static func redirectTarget(posting body: String, to url: String) async throws -> String {
        try await run(["-w", "%{redirect_url}", "-X", "POST", "--data", body, url])
    }

    static func status(of url: String) async throws -> Int {
        Int(try await run(["-w", "%{http_code}", url])) ?? 0
    }
}
