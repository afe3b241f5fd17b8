import Foundation
import LizaSandbox
import LizaTesting
import Testing
import TUIKitTesting

/// The Records pane on the record store, through the real binary in tmux against a sandbox on a
/// random loopback port: the first open syncs into the store, `/` and `o` filter and sort in
/// SQLite, `L` after `POST /_sandbox/mutate` fetches what changed and marks it, `c` shows the
/// per-field diff, and `liza --offline` browses what `cache = "persist"` kept with no network.
/// Every wait polls the screen with a deadline.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct TUIRecordStoreTests {
    static let token = "liza_tui_store_e2e_token"
    let patience: Duration = .seconds(60)

    @Test func loadFilterSortResyncDiffAndOffline() async throws {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: Self.token, seed: 5, recordsPerObject: 250,
                                                                  rateLimitPerMinute: 0))
        let home = try TUIEndToEndTests.home()
        defer { try? FileManager.default.removeItem(at: home) }
        do {
            try await run(server, home: home)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func run(_ server: SandboxServer, home: URL) async throws {
        let config = home.appendingPathComponent("config/liza")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "[profiles.default]\ncache = \"persist\"\n".write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        var environment = TUIEndToEndTests.environment(home)
        environment["LIZA_TOKEN"] = Self.token
        environment["LIZA_BASE_URL"] = server.baseURL
        let conn = try #require(server.seededConnectionIDs.first)

        let tmux = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary()], environment: environment, width: 140, height: 40)
        defer { tmux.kill() }
        try await tmux.waitUntil("the connections listed", timeout: patience) { $0.contains("2 Connections") && $0.contains("healthy") }
        try tmux.sendKeys(":")
        try tmux.sendLiteral("records \(conn) crm contact")
        try tmux.sendKeys("Enter")
        // Nothing stored yet: opening fetches and stores the first page only, and says L syncs all.
        let firstPage = try await tmux.waitUntil("the first page stored", timeout: patience) {
            $0.contains("crm/contact") && $0.contains(/1 page · 100 · L syncs all/) && $0.contains("@")
        }
        #expect(await server.receivedRequests().filter { $0.path.hasSuffix("/crm/contact") }.count == 1, "one page fetched:\n\(firstPage)")
        try tmux.sendKeys("L")
        let loaded = try await tmux.waitUntil("the contacts synced into the store", timeout: patience) {
            $0.contains("crm/contact") && $0.contains(/synced just now · 250\b/) && $0.contains("@")
        }
        #expect(loaded.contains(" 250 ─┐"), "the title counts the stored rows:\n\(loaded)")

        // Filter (SQLite's FTS/LIKE): a name on screen narrows the rows, the footer counts them.
        let rows = loaded.split(separator: "\n").compactMap { $0.split(separator: "│").last { $0.contains("@") } }.map(String.init)
        let name = try #require(rows.first.flatMap { row in
            row.split(separator: " ").map(String.init).first { $0.count > 3 && $0.allSatisfy(\.isLetter) && $0.first?.isUppercase == true }
        })
        try tmux.sendKeys("/")
        try tmux.sendLiteral(name)
        let filtered = try await tmux.waitUntil("the filter /\(name) applied", timeout: patience) {
            $0.contains("/\(name)") && $0.contains(/\d+ match · synced/)
        }
        let matches = try #require(filtered.firstMatch(of: /(\d+) match/).flatMap { Int($0.1) })
        #expect(matches >= 1 && matches < 250)
        let shown = filtered.split(separator: "\n").filter { $0.contains("@") }
        #expect(shown.allSatisfy { $0.localizedCaseInsensitiveContains(name) || $0.contains("│ NAME") || !$0.contains("ct-") },
                "a row without \(name):\n\(filtered)")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the filter cleared", timeout: patience) { !$0.contains("match ·") && $0.contains("synced just now · 250") }

        // Sort by the first column, then reversed: the natural order of ids (ct-1250 first).
        try tmux.sendKeys("o")
        try await tmux.waitUntil("sorted by id", timeout: patience) { $0.contains("sort id ▲") && $0.contains("ct-1001") }
        try tmux.sendKeys("O")
        let reversed = try await tmux.waitUntil("sorted by id descending", timeout: patience) { $0.contains("sort id ▼") && $0.contains("ct-1250") }
        let firstID = reversed.split(separator: "\n").lazy.compactMap { $0.firstMatch(of: /ct-\d+/).map { String($0.0) } }.first
        #expect(firstID == "ct-1250", "\(reversed)")

        // Ten records change on the server: L fetches them (updated_gte) and marks them.
        let status = try await CLISandboxHTTP.post(server.rootURL, "/_sandbox/mutate", token: Self.token,
            json: #"{"connection_id":"\#(conn)","category":"crm","object":"contact","change":10}"#)
        #expect(status == 200)
        let before = await server.receivedRequests().filter { $0.path.hasSuffix("/crm/contact") }.count
        try tmux.sendKeys("L")
        let resynced = try await tmux.waitUntil("the changed rows marked", timeout: patience) {
            $0.contains(/synced just now · 250 · 10 changed/) && $0.contains("sync: ")
        }
        #expect(await server.receivedRequests().filter { $0.path.hasSuffix("/crm/contact") }.count - before == 1)
        #expect(resynced.contains("sync: 10 fetched") || resynced.contains(/sync: \d+ fetched/), "\(resynced)")

        // Only the changed rows, then the diff of the first.
        try tmux.sendKeys("/")
        try tmux.sendLiteral("edit 1")
        let changed = try await tmux.waitUntil("the changed rows filtered", timeout: patience) { $0.contains("10 match ·") }
        #expect(changed.split(separator: "\n").filter { $0.contains("~ ct-") }.count == 10, "\(changed)")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("c")
        let diff = try await tmux.waitUntil("the per-field diff", timeout: patience) { $0.contains("changed: contact") && $0.contains("+ ") && $0.contains("- ") }
        #expect(diff.contains("(edit 1)"))
        try tmux.sendKeys("Escape")
        try await tmux.waitUntil("the diff closed", timeout: patience) { !$0.contains("changed: contact") }
        try tmux.sendKeys("q")
        #expect(try await tmux.waitForExit(timeout: patience) == 0)

        // Offline: no network (a base URL nobody listens on), the stored rows at once.
        var offlineEnvironment = environment
        offlineEnvironment["LIZA_BASE_URL"] = "http://127.0.0.1:9/api"
        let offline = try TmuxSession(command: [try TUIEndToEndTests.lizaBinary(), "--offline"], environment: offlineEnvironment, width: 140, height: 40)
        defer { offline.kill() }
        // The connection's row (integration "stored", status "offline"), and the Integrations pane
        // saying why it is empty (its text also says "stored": the row is matched, not the word).
        try await offline.waitUntil("the stored connection listed", timeout: patience) {
            $0.contains("OFFLINE") && $0.contains(/stored +\S+ +offline/) && $0.contains("offline: the integration list is not stored")
        }
        try offline.sendKeys("2")
        try offline.sendKeys("Enter")
        let stored = try await offline.waitUntil("the stored contacts", timeout: patience) {
            $0.contains("crm/contact") && $0.contains(/offline · synced .* · 250 · 10 changed/) && $0.contains("@")
        }
        #expect(stored.contains("OFFLINE"))
        try offline.sendKeys("q")
        #expect(try await offline.waitForExit(timeout: patience) == 0)
    }
}
