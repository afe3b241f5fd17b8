import Foundation
import LizaTesting
import Testing
import TUIKitTesting

/// The TUI against a handful of misbehaviours, in a real terminal (tmux): it must stay alive,
/// say what went wrong in the status bar, keep escape sequences from acting (the window title
/// and the clipboard stay untouched) and never show the token.
@Suite(.serialized) struct HostileTUITests {
    static let patience: Duration = .seconds(60)
    static let token = HostileMatrixTests.token

    /// What the status bar should end up showing.
    enum Expect { case error, loaded }

    static let cases: [(HostileMisbehaviour, Expect)] = [
        (.stalledBody, .error), (.garbageStatusLine, .error), (.escapeSequences, .loaded), (.escapesInErrors, .error),
        (.hugeString, .loaded), (.deepNesting, .error), (.deepButLegal, .loaded), (.tokenInErrors, .error), (.retryAfterAbsurdDate, .error),
    ]

    @Test(arguments: cases.map(\.0))
    func staysAliveAndSaysWhy(_ misbehaviour: HostileMisbehaviour) async throws {
        let expect = Self.cases.first { $0.0 == misbehaviour }?.1 ?? .error
        let server = try HostileServer()
        defer { server.stop() }
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = TUIEndToEndTests.environment(home)
        environment["LIZA_TOKEN"] = Self.token
        environment["LIZA_BASE_URL"] = server.baseURL(for: misbehaviour)
        environment["LIZA_TIMEOUT"] = String(Int(HostileMatrixTests.timeout))
        // tmux then accepts OSC 52 from the program into a paste buffer, so a leaked one shows.
        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary()], environment: environment, width: 120, height: 40,
                                   before: "tmux set-option -g set-clipboard on")
        defer { tmux.kill() }

        let screen: String
        switch expect {
        case .error:
            screen = try await tmux.waitUntil("an error in the status bar", timeout: Self.patience) { s in
                Self.statusBar(s).contains("✗") && s.contains("1 Integrations")
            }
        case .loaded:
            screen = try await tmux.waitUntil("both lists loaded", timeout: Self.patience) { s in
                s.contains("1 Integrations") && s.contains("2 Connections") && s.contains("hubspot") && s.contains("conn-")
            }
        }
        #expect(TmuxSession.exitStatus(in: screen) == nil, "liza exited:\n\(screen)")
        #expect(!OutputAudit.leaksToken(Array(screen.utf8), token: Self.token), "the token is on screen:\n\(screen)")

        // The whole error (`!`) must not hold the token or an acting escape either.
        if expect == .error {
            try tmux.sendKeys("!")
            let full = try await tmux.waitFor("Last error", timeout: Self.patience)
            #expect(!OutputAudit.leaksToken(Array(full.utf8), token: Self.token), "the token is in the full error:\n\(full)")
            try tmux.sendKeys("Escape")
            // Escape and the next key sent together read as alt-<key>: wait for the modal to close.
            try await tmux.waitUntil("the error closed", timeout: Self.patience) { !$0.contains("Last error") }
        }
        if misbehaviour == .escapeSequences {
            // Sanitized, the escapes show as placeholders (␛) instead of acting.
            #expect(screen.contains("␛"), "no placeholder for ESC on screen:\n\(screen)")
        }

        // Still alive and answering keys: open help, close it, quit cleanly.
        try tmux.sendKeys("?")
        try await tmux.waitFor("Everywhere", timeout: Self.patience)
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("help closed", timeout: Self.patience) { !$0.contains("Everywhere") }

        let title = try tmux.run(["display-message", "-p", "-t", tmux.name, "#{pane_title}"])
        #expect(!title.contains(HostileTexts.title), "an OSC 2 sequence set the window title: \(title)")
        let buffers = (try? tmux.run(["list-buffers", "-F", "#{buffer_sample}"])) ?? ""
        #expect(!buffers.contains("PWNED"), "an OSC 52 sequence reached the clipboard: \(buffers)")

        try tmux.sendKeys("q")
        let code = try await tmux.waitForExit(timeout: Self.patience)
        #expect(code == 0, "liza exited with \(code)")
    }

    /// The last non-empty row: the status bar.
    static func statusBar(_ screen: String) -> String {
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }
}
