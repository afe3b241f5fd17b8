import Foundation
import LizaTesting
import Testing
import TUIKitTesting

/// The real `liza` binary in a real terminal (tmux) against its in-process demo sandbox.
/// Every wait polls the screen with a deadline; nothing sleeps a fixed time.
@Suite(.serialized) struct TUIEndToEndTests {
    /// Deadline of every wait: long, because the machine may be busy; a wait returns as soon as
    /// the screen matches, so passing runs stay fast.
    static let patience: Duration = .seconds(60)
    var patience: Duration { Self.patience }

    static func lizaBinary() throws -> String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("liza").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir.deleteLastPathComponent()
        }
        throw BinaryNotFound(searchedFrom: exe)
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        var searchedFrom: String
        var description: String { "liza binary not found near \(searchedFrom); run `swift build` first" }
    }

    /// A private home so no user config, credentials or token is ever read.
    static func home() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liza-tui-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func environment(_ home: URL) -> [String: String] {
        ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
         "XDG_STATE_HOME": home.appendingPathComponent("state").path, "LIZA_TOKEN": "", "BROWSER": "true",
         "SSH_CONNECTION": "", "SSH_TTY": "", "SSH_CLIENT": ""]
    }

    /// Starts `liza --demo` and waits until the three panes are filled.
    static func launchDemo(_ home: URL, before: String? = nil, after: String? = nil) throws -> TmuxSession {
        let patience = Self.patience
        let tmux = try TmuxSession(command: [try lizaBinary(), "--demo"], environment: environment(home), width: 120, height: 40,
                                   before: before, after: after)
        try tmux.waitUntil("the three panes filled", timeout: patience) { s in
            s.contains("1 Integrations") && s.contains("2 Connections") && s.contains("3 Records")
                && s.contains("HubSpot") && s.contains("zendesk") && s.contains("DEMO")
        }
        return tmux
    }

    /// The number in the header's "N connections".
    static func connectionCount(_ screen: String) -> Int? {
        guard let header = screen.split(separator: "\n").first,
              let r = header.range(of: #"\d+ connections?"#, options: .regularExpression) else { return nil }
        return Int(header[r].prefix { $0.isNumber })
    }

    @Test func browseRecordsFilterAndOpenOne() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try Self.launchDemo(home)
        defer { tmux.kill() }
        try tmux.sendKeys("2")
        try tmux.sendKeys("Enter")
        let table = try tmux.waitUntil("CRM contacts", timeout: patience) { $0.contains("crm/contact") && $0.contains("loaded") && $0.contains("@") }
        #expect(table.contains("more available") || table.contains("all "))
        // Filter by a name that is on screen: fewer rows, a match count in the title.
        let rows = table.split(separator: "\n").map(String.init).filter { $0.contains("@") }
        // The Records pane is the right-hand one: take the row's text after the last pane border.
        let recordText = rows.first.flatMap { $0.split(separator: "│").last { $0.contains("@") } }.map(String.init) ?? ""
        let words = recordText.split(separator: " ").map(String.init)
        let firstName = try #require(words.first { $0.count > 3 && $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true })
        try tmux.sendKeys("/")
        try tmux.sendLiteral(firstName)
        let filtered = try tmux.waitFor("/\(firstName)", timeout: patience)
        let filteredRows = filtered.split(separator: "\n").map(String.init).filter { $0.contains("@") }
        #expect(filteredRows.count <= rows.count)
        #expect(!filteredRows.isEmpty)
        // The footer counts the matches among what is loaded: fewer than all of them.
        let matches = filtered.range(of: #"\d+ match"#, options: .regularExpression).map { Int(filtered[$0].prefix { $0.isNumber }) ?? -1 }
        let loaded = filtered.range(of: #"\d+ loaded"#, options: .regularExpression).map { Int(filtered[$0].prefix { $0.isNumber }) ?? -1 }
        #expect(matches != nil && loaded != nil && (matches ?? 0) < (loaded ?? 0), "no narrowing shown:\n\(filtered)")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Enter")
        let json = try tmux.waitFor("\"first_name\"", timeout: patience)
        #expect(json.contains("\"emails\""))
        try tmux.sendKeys("Escape")
        // Escape and the next key sent together read as alt-<key>: wait for the JSON view to close.
        try tmux.waitUntil("the JSON view closed", timeout: patience) { !$0.contains("\"first_name\"") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func connectApproveFinalizeAndList() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try Self.launchDemo(home)
        defer { tmux.kill() }
        let before = try #require(Self.connectionCount(try tmux.capture()))
        try tmux.sendKeys(":")
        try tmux.sendLiteral("connect hubspot")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Connect an integration", timeout: patience)
        try tmux.sendKeys("Enter")
        let screen = try tmux.waitFor("Open this URL", timeout: patience)
        let url = try #require(Self.authorizationURL(in: screen), "no URL on:\n\(screen)")
        #expect(url.contains("/authorize/") && url.contains("state="))
        try Self.approve(url)
        try tmux.sendKeys("Enter")
        try tmux.waitFor("is connected and active", timeout: patience)
        try tmux.sendKeys("Enter")
        let listed = try tmux.waitUntil("one more connection", timeout: patience) { Self.connectionCount($0) == before + 1 && !$0.contains("pending)") }
        #expect(listed.contains("hubspot"))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func passthroughGetShowsTheResponse() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try Self.launchDemo(home)
        defer { tmux.kill() }
        try tmux.sendKeys("2")
        try tmux.sendKeys("/")
        try tmux.sendLiteral("hubspot")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("p")
        try tmux.waitFor("/crm/v3/objects/contacts", timeout: patience)
        try tmux.sendKeys("C-s")
        let response = try tmux.waitUntil("a 200 response", timeout: patience) { $0.contains("Response  200") && $0.contains("\"results\"") }
        #expect(response.contains("ms"))
        try tmux.sendKeys("Escape")
        try tmux.waitUntil("the passthrough form closed", timeout: patience) { !$0.contains("Passthrough ·") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
        // The request is kept in the state directory's history, without the token.
        let history = home.appendingPathComponent("state/liza/passthrough-history-demo.json")
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.contains("/crm/v3/objects/contacts"))
        #expect(!saved.contains("\"demo\"") && !saved.lowercased().contains("bearer"))
    }

    @Test func deleteAConnectionAfterConfirming() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try Self.launchDemo(home)
        defer { tmux.kill() }
        let before = try #require(Self.connectionCount(try tmux.capture()))
        try tmux.sendKeys("2")
        try tmux.sendKeys("G")
        try tmux.sendKeys("d")
        let confirm = try tmux.waitFor("Delete connection", timeout: patience)
        #expect(confirm.contains("cannot be undone"))
        try tmux.sendKeys("y")
        try tmux.waitUntil("one connection fewer", timeout: patience) { Self.connectionCount($0) == before - 1 }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func themeSwitchesLive() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try Self.launchDemo(home)
        defer { tmux.kill() }
        let colouredBefore = try tmux.capture(escapes: true)
        try tmux.sendKeys(":")
        try tmux.sendLiteral("theme nord")
        try tmux.sendKeys("Enter")
        // The palette echoes "theme nord" as it is typed: wait for it to close and the notice to show.
        try tmux.waitUntil("the theme notice", timeout: patience) { $0.contains("theme nord") && !$0.contains("Command") }
        let colouredAfter = try tmux.capture(escapes: true)
        #expect(colouredBefore != colouredAfter)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func quitRestoresTheTerminal() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let before = home.appendingPathComponent("stty-before").path
        let after = home.appendingPathComponent("stty-after").path
        let tmux = try Self.launchDemo(home, before: "stty -g > \(TmuxSession.shellQuote(before))",
                                       after: "stty -g > \(TmuxSession.shellQuote(after)); echo __RESTORED__")
        defer { tmux.kill() }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
        try tmux.waitFor("__RESTORED__", timeout: patience)
        let a = try String(contentsOfFile: before, encoding: .utf8)
        let b = try String(contentsOfFile: after, encoding: .utf8)
        #expect(a == b, "terminal modes differ after quitting")
        #expect(!(try tmux.capture()).contains("1 Integrations"), "the alternate screen was left")
    }

    /// `--demo` talks to its in-process sandbox directly even when every proxy variable points
    /// at a proxy, and `--verbose` logs the requests to tui.log (never the token).
    @Test func demoIsNeverProxiedAndVerboseLogsToTheStateFolder() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let proxy = try TestConnectProxy()
        defer { proxy.stop() }
        var environment = Self.environment(home)
        for name in ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] { environment[name] = proxy.url() }
        for name in ["NO_PROXY", "no_proxy"] { environment[name] = "" }
        let tmux = try TmuxSession(command: [try Self.lizaBinary(), "--demo", "--verbose"], environment: environment, width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitUntil("the demo's data", timeout: patience) { $0.contains("DEMO") && $0.contains("HubSpot") && $0.contains("zendesk") }
        try tmux.sendKeys("C-c")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
        #expect(proxy.tunnels.isEmpty && proxy.otherRequests == 0)
        let log = try String(contentsOf: home.appendingPathComponent("state/liza/tui.log"), encoding: .utf8)
        #expect(log.contains("> GET http://127.0.0.1:"), "\(log.prefix(500))")
        #expect(log.contains(">   authorization: Bearer ***"))
        #expect(log.contains("< 200 HTTP/1.1 GET http://127.0.0.1:"))
        #expect(!log.contains("Bearer demo"))
    }

    @Test func welcomeWithoutATokenOffersTheDemo() throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try TmuxSession(command: [try Self.lizaBinary()], environment: Self.environment(home), width: 100, height: 30)
        defer { tmux.kill() }
        let welcome = try tmux.waitFor("No API token found", timeout: patience)
        #expect(welcome.contains("liza login"))
        #expect(welcome.contains("LIZA_TOKEN"))
        try tmux.sendKeys("d")
        try tmux.waitUntil("the demo", timeout: patience) { $0.contains("DEMO") && $0.contains("HubSpot") }
        try tmux.sendKeys("C-c")
        #expect(try tmux.waitForExit(timeout: patience) == 0)
    }

    // MARK: - Helpers

    /// The authorization URL as shown (wrapped over several rows inside the modal).
    static func authorizationURL(in screen: String) -> String? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        for (i, line) in lines.enumerated() {
            let text = String(line)
            guard let r = text.range(of: "http://127.0.0.1:") else { continue }
            let column = text.distance(from: text.startIndex, to: r.lowerBound)
            var url = ""
            var row = i
            while row < lines.count, lines[row].count > column {
                let piece = lines[row][column...].prefix { !$0.isWhitespace && $0 != "│" }
                if piece.isEmpty { break }
                url += String(piece)
                row += 1
            }
            return url
        }
        return nil
    }

    /// Approves the connection as the user would in the browser: the authorize page's form POST.
    static func approve(_ url: String) throws {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "--data", "decision=approve", url]
        let out = Pipe()
        curl.standardOutput = out
        try curl.run()
        curl.waitUntilExit()
        let code = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(["200", "303"].contains(code), "approving answered \(code)")
    }
}
