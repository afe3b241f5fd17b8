import Foundation
import LizaTesting
import Testing
import TUIKitTesting

/// The power tools in a real terminal against the demo: `|` (jq) in a JSON view.
@Suite(.serialized) struct TUIPowerToolsTests {
    var patience: Duration { TUIEndToEndTests.patience }

    /// The demo with the first record's JSON open.
    func openRecord(_ home: URL, environment extra: [String: String] = [:]) async throws -> TmuxSession {
        var environment = TUIEndToEndTests.environment(home)
        environment.merge(extra) { $1 }
        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary(), "--demo"], environment: environment, width: 120, height: 40)
        try await tmux.waitUntil("the demo loaded", timeout: patience) { $0.contains("DEMO") && $0.contains("zendesk") }
        try tmux.sendKeys("2")
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("CRM contacts", timeout: patience) { $0.contains("crm/contact") && $0.contains("@") && ($0.contains("loaded") || $0.contains("L syncs all") || $0.contains("synced")) }
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("the record's JSON", timeout: patience) { $0.contains("\"first_name\"") && $0.contains("\"emails\"") }
        return tmux
    }

    @Test func pipeFiltersAJSONViewThroughJQ() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try await openRecord(home)
        defer { tmux.kill() }
        let record = try await tmux.settledCapture()
        // The record's id, as the JSON view shows it: `"id": "…",`.
        let idLine = try #require(record.split(separator: "\n").first { $0.contains("\"id\": \"") })
        let id = try #require(idLine.split(separator: "\"").dropFirst(3).first)
        try tmux.sendLiteral("|")
        try await tmux.waitFor("| ▏", timeout: patience)
        try tmux.sendLiteral(".id")
        try tmux.sendKeys("Enter")
        let filtered = try await tmux.waitUntil("only the id", timeout: patience) { s in
            s.contains("| .id") && !s.contains("\"first_name\"") && s.contains("1 result")
        }
        #expect(filtered.contains("\"\(id)\""), "\(filtered)")
        // A jq error is shown; the view keeps what it had.
        try tmux.sendLiteral("|")
        try tmux.sendKeys("C-u")
        try tmux.sendLiteral(".[")
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("jq's error, the view as it was", timeout: patience) { $0.contains("jq: jq: error") && $0.contains("| .id") }
        // An empty expression shows all of it again.
        try tmux.sendLiteral("|")
        try tmux.sendKeys("C-u")
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("the whole record again", timeout: patience) { $0.contains("\"first_name\"") && !$0.contains("| .id") }
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the JSON view closed", timeout: patience) { !$0.contains("\"first_name\"") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func patchPreviewShowsTheDiffAgainstTheLastGet() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary(), "--demo"], environment: TUIEndToEndTests.environment(home),
                                   width: 120, height: 40)
        defer { tmux.kill() }
        try await tmux.waitUntil("the demo loaded", timeout: patience) { $0.contains("DEMO") && $0.contains("zendesk") }
        try tmux.sendKeys("2")
        try tmux.sendKeys("p")
        try await tmux.waitFor("/crm/v3/objects/contacts", timeout: patience)
        try tmux.sendKeys("C-s")
        try await tmux.waitUntil("the GET answered", timeout: patience) { $0.contains("200") && $0.contains("application/json") }
        try tmux.sendKeys("Tab")      // response → method
        try tmux.sendKeys("Right", "Right", "Right")  // PATCH
        try tmux.sendKeys("Tab", "Tab")  // → body
        try tmux.sendLiteral(#"{"results": [], "paging": {"next": "liza-test"}}"#)
        try await tmux.waitFor("✓ valid JSON object", timeout: patience)
        try tmux.sendKeys("C-s")
        let preview = try await tmux.waitUntil("the preview with the diff", timeout: patience) { s in
            s.contains("Send PATCH") && s.contains("PATCH /crm/v3/objects/contacts")
                && s.contains("changes against the last GET of /crm/v3/objects/contacts:")
        }
        #expect(preview.contains("+ ") && preview.contains("- "), "\(preview)")
        try tmux.sendKeys("n")
        try await tmux.waitUntil("the preview closed", timeout: patience) { !$0.contains("Send PATCH") }
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the form closed", timeout: patience) { !$0.contains("ctrl-s send") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }

    @Test func pagerAndEditorTakeTheTerminalAndGiveItBack() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let paged = home.appendingPathComponent("paged.json").path
        let failFlag = home.appendingPathComponent("editor-fails").path
        let pager = home.appendingPathComponent("pager.sh").path
        let editor = home.appendingPathComponent("editor.sh").path
        // The pager keeps what it was shown; the editor writes a body, or fails while the flag exists.
        try "#!/bin/sh\ncat \"$1\" > '\(paged)'\n".write(toFile: pager, atomically: true, encoding: .utf8)
        try "#!/bin/sh\n[ -e '\(failFlag)' ] && exit 3\nprintf '{\"edited\": true}\\n' > \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        for script in [pager, editor] { try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script) }
        let tmux = try await openRecord(home, environment: ["PAGER": pager, "EDITOR": editor, "VISUAL": ""])
        defer { tmux.kill() }
        try tmux.sendKeys("v")
        try await tmux.waitUntil("the pager ran and the JSON view is back", timeout: patience) { s in
            let text = (try? String(contentsOfFile: paged, encoding: .utf8)) ?? ""
            return text.contains("\"first_name\"") && s.contains("\"first_name\"") && s.contains("1/")
        }
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the JSON view closed", timeout: patience) { !$0.contains("\"first_name\"") }

        // ctrl-e in passthrough: the body comes back from the editor, validated.
        try tmux.sendKeys("p")
        try await tmux.waitFor("ctrl-s send", timeout: patience)
        try tmux.sendKeys("C-e")
        try await tmux.waitUntil("the edited body", timeout: patience) { $0.contains("\"edited\": true") && $0.contains("✓ valid JSON object") }
        // A failing editor is reported and the draft kept.
        #expect(FileManager.default.createFile(atPath: failFlag, contents: Data()))
        try tmux.sendKeys("C-e")
        try await tmux.waitUntil("the failure reported, the draft kept", timeout: patience) { s in
            s.contains("exited with status 3; the draft is kept") && s.contains("\"edited\": true")
        }
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the form closed", timeout: patience) { !$0.contains("ctrl-s send") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)
    }
}
