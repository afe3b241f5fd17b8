import Foundation
import LizaTesting
import Testing
import TUIKitTesting

/// The real `liza` binary in a real terminal (tmux) against its in-process demo sandbox.
/// Every wait polls the screen with a deadline; nothing sleeps a fixed time. A wait returns a
/// settled screen (no half-painted frame), and its predicate covers what the test then asserts.
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

    /// `cache = "off"`: the Records pane keeps what it loads in memory (the in-memory paths:
    /// paging, export, column widths), as without a record store.
    static func recordsInMemory(_ home: URL) throws {
        let folder = home.appendingPathComponent("config/liza")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "[profiles.default]\ncache = \"off\"\n".write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }

    static func environment(_ home: URL) -> [String: String] {
        ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
         "XDG_STATE_HOME": home.appendingPathComponent("state").path, "LIZA_TOKEN": "", "BROWSER": "true",
         "SSH_CONNECTION": "", "SSH_TTY": "", "SSH_CLIENT": ""]
    }

    /// Starts `liza --demo` and waits until the three panes are filled and the header counts the
    /// connections.
    static func launchDemo(_ home: URL, before: String? = nil, after: String? = nil) async throws -> TmuxSession {
        let patience = Self.patience
        let tmux = try TmuxSession(command: [try lizaBinary(), "--demo"], environment: environment(home), width: 120, height: 40,
                                   before: before, after: after)
        try await tmux.waitUntil("the three panes filled", timeout: patience) { s in
            s.contains("1 Integrations") && s.contains("2 Connections") && s.contains("3 Records")
                && s.contains("HubSpot") && s.contains("zendesk") && s.contains("DEMO") && connectionCount(s) != nil
        }
        return tmux
    }

    /// The header's connection count, read from a settled screen.
    static func connectionCount(of tmux: TmuxSession) async throws -> Int {
        let screen = try await tmux.waitUntil("the header's connection count", timeout: patience) { connectionCount($0) != nil }
        return try #require(connectionCount(screen))
    }

    /// The number in the header's "N connections".
    static func connectionCount(_ screen: String) -> Int? {
        guard let header = screen.split(separator: "\n").first,
              let r = header.range(of: #"\d+ connections?"#, options: .regularExpression) else { return nil }
        return Int(header[r].prefix { $0.isNumber })
    }

    @Test func browseRecordsFilterAndOpenOne() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        try tmux.sendKeys("2")
        try tmux.sendKeys("Enter")
        let table = try await tmux.waitUntil("CRM contacts", timeout: patience) {
            // The demo keeps records in a session record store: opening stores the first page, and
            // the footer says L syncs the rest.
            $0.contains("crm/contact") && $0.contains("@") && $0.contains(/1 page · \d+ · L syncs all/)
        }
        // Filter by a name that is on screen: fewer rows, a match count in the title.
        let rows = table.split(separator: "\n").map(String.init).filter { $0.contains("@") }
        // The Records pane is the right-hand one: take the row's text after the last pane border.
        let recordText = rows.first.flatMap { $0.split(separator: "│").last { $0.contains("@") } }.map(String.init) ?? ""
        let words = recordText.split(separator: " ").map(String.init)
        let firstName = try #require(words.first { $0.count > 3 && $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true })
        try tmux.sendKeys("/")
        try tmux.sendLiteral(firstName)
        // The prompt shows the whole name and the footer counts the matches.
        let filtered = try await tmux.waitUntil("the filter /\(firstName) applied", timeout: patience) {
            $0.contains("/\(firstName)") && $0.contains(/\d+ match · 1 page · \d+/)
        }
        let filteredRows = filtered.split(separator: "\n").map(String.init).filter { $0.contains("@") }
        #expect(filteredRows.count <= rows.count)
        #expect(!filteredRows.isEmpty)
        // The footer counts the matches among what is loaded: fewer than all of them.
        let matches = filtered.range(of: #"\d+ match"#, options: .regularExpression).map { Int(filtered[$0].prefix { $0.isNumber }) ?? -1 }
        let loaded = filtered.firstMatch(of: /1 page · (\d+)/).map { Int($0.1) ?? -1 }
        #expect(matches != nil && loaded != nil && (matches ?? 0) < (loaded ?? 0), "no narrowing shown:\n\(filtered)")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("the record's JSON", timeout: patience) { $0.contains("\"first_name\"") && $0.contains("\"emails\"") }
        try tmux.sendKeys("Escape")
        // Escape and the next key sent together read as alt-<key>: wait for the JSON view to close.
        try await tmux.waitUntil("the JSON view closed", timeout: patience) { !$0.contains("\"first_name\"") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func connectApproveFinalizeAndList() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        let before = try await Self.connectionCount(of: tmux)
        try tmux.sendKeys(":")
        try tmux.sendLiteral("connect hubspot")
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("Connect an integration", timeout: patience)
        try tmux.sendKeys("Enter")
        // The URL is wrapped over several rows: wait until all of it is painted.
        let screen = try await tmux.waitUntil("the authorization URL", timeout: patience) {
            $0.contains("Open this URL") && Self.authorizationURL(in: $0)?.contains("state=") == true
        }
        let url = try #require(Self.authorizationURL(in: screen), "no URL on:\n\(screen)")
        #expect(url.contains("/authorize/"))
        try await Self.approve(url)
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("is connected and active", timeout: patience)
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("one more hubspot connection", timeout: patience) {
            Self.connectionCount($0) == before + 1 && !$0.contains("pending)") && $0.contains("hubspot")
        }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func passthroughGetShowsTheResponse() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        try tmux.sendKeys("2")
        try tmux.sendKeys("/")
        try tmux.sendLiteral("hubspot")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("p")
        try await tmux.waitFor("/crm/v3/objects/contacts", timeout: patience)
        try tmux.sendKeys("C-s")
        // The response header: status, then the round trip's duration.
        try await tmux.waitUntil("a 200 response", timeout: patience) {
            $0.contains(/Response  200  \d+ ms/) && $0.contains("\"results\"")
        }
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the passthrough form closed", timeout: patience) { !$0.contains("Passthrough ·") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
        // The request is kept in the state directory's history, without the token.
        let history = home.appendingPathComponent("state/liza/passthrough-history-demo.json")
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.contains("/crm/v3/objects/contacts"))
        #expect(!saved.contains("\"demo\"") && !saved.lowercased().contains("bearer"))
    }

    @Test func deleteAConnectionAfterConfirming() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        let before = try await Self.connectionCount(of: tmux)
        try tmux.sendKeys("2")
        try tmux.sendKeys("G")
        try tmux.sendKeys("d")
        // The whole confirmation, not just its title: curses paints a frame row by row.
        try await tmux.waitUntil("the delete confirmation", timeout: patience) {
            $0.contains("Delete connection") && $0.contains("cannot be undone")
        }
        try tmux.sendKeys("y")
        try await tmux.waitUntil("one connection fewer", timeout: patience) { Self.connectionCount($0) == before - 1 }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func themeSwitchesLive() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        let coloured = try await tmux.settledCapture(escapes: true, timeout: patience)
        let titleStyles = try #require(Self.styles(onRowWith: "1 Integrations", in: coloured), "no pane title on:\n\(coloured)")
        try tmux.sendKeys(":")
        try tmux.sendLiteral("theme nord")
        try tmux.sendKeys("Enter")
        // The palette echoes "theme nord" as it is typed: wait for it to close and the notice to show.
        try await tmux.waitUntil("the theme notice", timeout: patience) { $0.contains("theme nord") && !$0.contains("Command") }
        // The pane titles' row is repainted in the new colours (its text does not change).
        try await tmux.waitUntil("the nord colours", timeout: patience, escapes: true) { screen in
            Self.styles(onRowWith: "1 Integrations", in: screen).map { $0 != titleStyles } == true
        }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func quitRestoresTheTerminal() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let before = home.appendingPathComponent("stty-before").path
        let after = home.appendingPathComponent("stty-after").path
        let tmux = try await Self.launchDemo(home, before: "stty -g > \(TmuxSession.shellQuote(before))",
                                       after: "stty -g > \(TmuxSession.shellQuote(after)); echo __RESTORED__")
        defer { tmux.kill() }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
        let final = try await tmux.waitFor("__RESTORED__", timeout: patience)
        let a = try String(contentsOfFile: before, encoding: .utf8)
        let b = try String(contentsOfFile: after, encoding: .utf8)
        #expect(a == b, "terminal modes differ after quitting")
        #expect(!final.contains("1 Integrations"), "the alternate screen was left")
    }

    /// The screen position (0-based column, row) of the first occurrence of `text`.
    static func position(of text: String, in screen: String) -> (x: Int, y: Int)? {
        for (y, row) in screen.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = row.range(of: text) { return (row.distance(from: row.startIndex, to: range.lowerBound), y) }
        }
        return nil
    }

    /// A left click as the terminal reports it with SGR 1006 (what tmux forwards from a real
    /// mouse); sent as raw bytes so it works whatever tmux's own `mouse` option is.
    static func click(_ tmux: TmuxSession, x: Int, y: Int) throws {
        try tmux.sendLiteral("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    /// A click on the zendesk row of Connections selects it; enter then shows zendesk's records.
    @Test func clickAConnectionThenEnterShowsItsRecords() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        let screen = try await tmux.settledCapture()
        let row = try #require(Self.position(of: "│ zendesk", in: screen))
        try Self.click(tmux, x: row.x + 3, y: row.y)
        try await tmux.waitFor("enter records", timeout: patience) // Connections has the focus: its footer shows
        try tmux.sendKeys("Enter")
        let records = try await tmux.waitFor("Records · zendesk", timeout: patience)
        #expect(records.contains("ticketing/ticket"))
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    /// `mouse = false` in config.toml: a click changes nothing.
    @Test func mouseCanBeTurnedOff() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let config = home.appendingPathComponent("config/liza")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "mouse = false\n".write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        let row = try #require(Self.position(of: "│ zendesk", in: try await tmux.settledCapture()))
        try Self.click(tmux, x: row.x + 3, y: row.y)
        // A key after the click proves the click was read: `?` opens help for the focused pane.
        try tmux.sendKeys("?")
        let help = try await tmux.waitFor("Help — Integrations", timeout: patience)
        #expect(!help.contains("Help — Connections"))
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("help closed", timeout: patience) { !$0.contains("Help —") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    /// `[keys.global] quit = "Q"` in config.toml: `q` no longer quits, `Q` does, and the hint bar says so.
    @Test func remappedQuitKey() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let config = home.appendingPathComponent("config/liza")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "[keys.global]\nquit = \"Q\"\n".write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let tmux = try await Self.launchDemo(home)
        defer { tmux.kill() }
        try await tmux.waitFor("Q quit", timeout: patience)
        try tmux.sendKeys("q")
        // Still running: `q` now does nothing, so `2` still changes the focus.
        try tmux.sendKeys("2")
        try await tmux.waitFor("enter records", timeout: patience)
        #expect(TmuxSession.exitStatus(in: try tmux.capture()) == nil)
        try tmux.sendKeys("Q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    /// `--demo` talks to its in-process sandbox directly even when every proxy variable points
    /// at a proxy, and `--verbose` logs the requests to tui.log (never the token).
    @Test func demoIsNeverProxiedAndVerboseLogsToTheStateFolder() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let proxy = try TestConnectProxy()
        defer { proxy.stop() }
        var environment = Self.environment(home)
        for name in ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] { environment[name] = proxy.url() }
        for name in ["NO_PROXY", "no_proxy"] { environment[name] = "" }
        let tmux = try TmuxSession(command: [try Self.lizaBinary(), "--demo", "--verbose"], environment: environment, width: 120, height: 40)
        defer { tmux.kill() }
        try await tmux.waitUntil("the demo's data", timeout: patience) { $0.contains("DEMO") && $0.contains("HubSpot") && $0.contains("zendesk") }
        try tmux.sendKeys("C-c")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
        #expect(proxy.tunnels.isEmpty && proxy.otherRequests == 0)
        let log = try String(contentsOf: home.appendingPathComponent("state/liza/tui.log"), encoding: .utf8)
        #expect(log.contains("> GET http://127.0.0.1:"), "\(log.prefix(500))")
        #expect(log.contains(">   authorization: Bearer ***"))
        #expect(log.contains("< 200 HTTP/1.1 GET http://127.0.0.1:"))
        // The demo's token is random; every authorization line the log holds is redacted.
        #expect(log.split(separator: "\n").filter { $0.contains("Bearer") }.allSatisfy { $0.contains("Bearer ***") })
    }

    @Test func welcomeWithoutATokenOffersTheDemo() async throws {
        let home = try Self.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try TmuxSession(command: [try Self.lizaBinary()], environment: Self.environment(home), width: 100, height: 30)
        defer { tmux.kill() }
        try await tmux.waitUntil("the welcome screen", timeout: patience) {
            $0.contains("No API token found") && $0.contains("liza login") && $0.contains("LIZA_TOKEN")
        }
        try tmux.sendKeys("d")
        try await tmux.waitUntil("the demo", timeout: patience) { $0.contains("DEMO") && $0.contains("HubSpot") }
        try tmux.sendKeys("C-c")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    // MARK: - Helpers

    /// The SGR sequences (colours, attributes) of the first row whose text contains `text`, from a
    /// `capture(escapes: true)`.
    static func styles(onRowWith text: String, in screen: String) -> [String]? {
        let sgr = /\x1B\[[0-9;:]*m/
        for row in screen.split(separator: "\n") where row.replacing(sgr, with: "").contains(text) {
            return row.matches(of: sgr).map { String(row[$0.range]) }
        }
        return nil
    }

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
    static func approve(_ url: String) async throws {
        let result = try await CapturedRun.run("/usr/bin/env", ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                                                          "--data", "decision=approve", url])
        let code = String(decoding: result.stdout, as: UTF8.self)
        #expect(["200", "303"].contains(code), "approving answered \(code)")
    }
}
