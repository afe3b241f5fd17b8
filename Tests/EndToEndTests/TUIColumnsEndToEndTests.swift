import Foundation
import LizaTesting
import Testing
import TUIKitTesting

/// The column layout of the real binary: chosen with `C`, kept in the state folder, back after
/// a restart; a broken layouts file is reported and the defaults are used.
@Suite(.serialized) struct TUIColumnsEndToEndTests {
    var patience: Duration { TUIEndToEndTests.patience }

    func openContacts(_ tmux: TmuxSession) async throws -> String {
        try tmux.sendKeys("2")
        try tmux.sendKeys("Enter")
        return try await tmux.waitUntil("CRM contacts", timeout: patience) {
            $0.contains("crm/contact") && $0.contains("@") && ($0.contains("loaded · more available") || $0.contains(/all \d+ loaded/))
        }
    }

    /// The Records table's header line (it starts with "id" unless the layout moved it).
    static func header(_ screen: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.contains("emails[0].email") }
    }

    @Test func aHiddenColumnStaysHiddenAfterARestart() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        do {
            try TUIEndToEndTests.recordsInMemory(home)
            let tmux = try await TUIEndToEndTests.launchDemo(home)
            defer { tmux.kill() }
            let before = try await openContacts(tmux)
            #expect(Self.header(before)?.contains(" name ") == true)
            try tmux.sendKeys("C")
            try await tmux.waitFor("Columns of contact", timeout: patience)
            // The data's order puts name second (id, name, …): hide it.
            try tmux.sendKeys("j")
            try tmux.sendKeys("Space")
            try tmux.sendKeys("Enter")
            let after = try await tmux.waitUntil("name hidden", timeout: patience) {
                !$0.contains("Columns of contact") && Self.header($0).map { !$0.contains(" name ") } == true
            }
            #expect(after.contains("columns shown"))
            try tmux.sendKeys("q")
            _ = try await tmux.waitForExit(timeout: patience)
        }
        let file = home.appendingPathComponent("state/liza/record-columns.json").path
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try TUIEndToEndTests.recordsInMemory(home)
        let tmux = try await TUIEndToEndTests.launchDemo(home)
        defer { tmux.kill() }
        let again = try await openContacts(tmux)
        #expect(Self.header(again).map { !$0.contains(" name ") } == true)
    }

    @Test func aBrokenLayoutsFileIsReportedAndTheDefaultsUsed() async throws {
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("state/liza")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{broken".utf8).write(to: folder.appendingPathComponent("record-columns.json"))
        try TUIEndToEndTests.recordsInMemory(home)
        let tmux = try await TUIEndToEndTests.launchDemo(home)
        defer { tmux.kill() }
        try await tmux.waitFor("record-columns.json", timeout: patience)
        let screen = try await openContacts(tmux)
        #expect(Self.header(screen)?.contains(" name ") == true)
    }
}
