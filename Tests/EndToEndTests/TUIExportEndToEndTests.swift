import Foundation
import LizaTesting
import Testing
import TUIKitTesting

/// `e` in the Records pane of the real binary (tmux, demo sandbox): the CSV it writes parses
/// back (RFC 4180) to the table's columns and the loaded rows; a second export to the same
/// file asks first and `esc` keeps the file. Both with the record store (the default cache
/// policy: the rows stream from SQLite) and with `cache = "off"` (rows held in memory).
@Suite(.serialized) struct TUIExportEndToEndTests {
    var patience: Duration { TUIEndToEndTests.patience }

    @Test(arguments: [true, false]) func exportTheLoadedContactsAsCSVAndParseThemBack(fromStore: Bool) async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        if !fromStore { try TUIEndToEndTests.recordsInMemory(home) }
        let tmux = try await TUIEndToEndTests.launchDemo(home)
        defer { tmux.kill() }
        try tmux.sendKeys("2")
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("CRM contacts", timeout: patience) {
            guard $0.contains("crm/contact") && $0.contains("@") else { return false }
            return fromStore ? $0.contains("L syncs all") : $0.contains("loaded · more available") || $0.contains(/all \d+ loaded/)
        }
        if fromStore {
            // The first page is stored; L syncs the whole object type, which the export streams.
            try tmux.sendKeys("L")
            try await tmux.waitUntil("all contacts synced", timeout: patience) { $0.contains(/synced just now · \d+/) && !$0.contains("syncing:") }
        }
        try tmux.sendKeys("e")
        let dialog = try await tmux.waitFor("Export contact records", timeout: patience)
        let loaded = try #require(Self.count(after: "[all (", in: dialog))
        let file = home.appendingPathComponent("contacts.csv").path
        try tmux.sendKeys("C-u")
        try tmux.sendLiteral(file)
        // The rows: "all" (→ from the default "filtered" when they differ; the same here).
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("the export finished", timeout: patience) { $0.contains("✓ wrote \(loaded) records") }

        let text = try String(contentsOfFile: file, encoding: .utf8)
        let rows = try CSV.parse(text)
        #expect(rows.count == loaded + 1)
        let header = try #require(rows.first)
        #expect(header.first == "id")
        #expect(header.contains("name"))
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
        let ids = rows.dropFirst().compactMap(\.first)
        #expect(ids.allSatisfy { $0.hasPrefix("ct-") })
        #expect(Set(ids).count == loaded)
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // Again to the same file: asked first; esc keeps it untouched.
        try tmux.sendKeys("Enter")
        try await tmux.waitUntil("the dialog closed", timeout: patience) { !$0.contains("Export contact records") }
        try tmux.sendKeys("e")
        try await tmux.waitFor("Export contact records", timeout: patience)
        try tmux.sendKeys("C-u")
        try tmux.sendLiteral(file)
        try tmux.sendKeys("Enter")
        try await tmux.waitFor("exists: enter replaces it", timeout: patience)
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("back to the path", timeout: patience) { !$0.contains("exists: enter replaces it") && $0.contains("Export contact records") }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
    }

    /// The number after `prefix` on the screen ("[all (50)" → 50).
    static func count(after prefix: String, in screen: String) -> Int? {
        guard let r = screen.range(of: prefix) else { return nil }
        return Int(screen[r.upperBound...].prefix { $0.isNumber })
    }
}
