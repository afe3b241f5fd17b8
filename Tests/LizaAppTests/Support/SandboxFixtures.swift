import LizaAPI
@testable import LizaApp
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing
import TUIKit

/// Screen data read from a real sandbox over loopback HTTP, once per test run: the integrations,
/// the seeded connections, the first page of hubspot's CRM contacts and a HubSpot passthrough
/// answer. The sandbox's data is a pure function of its seed and fixed reference time, so
/// snapshots built from it are stable across runs and days.
struct SandboxData: Sendable {
    var integrations: [Integration]
    var connections: [Connection]
    var contacts: RecordPage
    var passthrough: PassthroughResponse
}

/// Loads `SandboxData` once and shares it between tests.
actor SandboxFixtures {
    static let shared = SandboxFixtures()
    /// One load shared by every test that asks while it runs (tests run in parallel).
    private var loading: Task<SandboxData, any Error>?

    func data() async throws -> SandboxData {
        if let loading { return try await loading.value }
        let task = Task { try await Self.load() }
        loading = task
        return try await task.value
    }

    private static func load() async throws -> SandboxData {
        let server = try await SandboxServer.start(SandboxOptions(port: 0, token: "snapshots"))
        do {
            let client = try server.makeClient()
            let connections = try await client.connections()
            let hubspot = try #require(connections.first { $0.integrationType == "hubspot" })
            var passthrough = try await client.passthrough(
                connectionID: hubspot.id, PassthroughRequest(method: .GET, path: "/crm/v3/objects/contacts", data: .object([("limit", .string("2"))])))
            passthrough.duration = 0.042  // wall time varies; the screen shows it
            let data = SandboxData(
                integrations: try await client.integrations(),
                connections: connections,
                contacts: try await client.records(RecordQuery(connectionID: hubspot.id, category: .crm, objectType: "contact", limit: 50)),
                passthrough: passthrough)
            await server.stop()
            return data
        } catch {
            await server.stop()
            throw error
        }
    }

    /// The main screen with both lists loaded from the sandbox (plus one pending connection, which
    /// the sandbox only has after a /connect), at `size`.
    static func loadedState(size: Size, _ data: SandboxData) -> AppState {
        var s = AppState(size: size, session: Fixtures.session, themeNames: ["default", "nord", "solarized"])
        _ = ProgramStep.start(&s)
        _ = ProgramStep.run(&s, .integrationsLoaded(generation: Fixtures.generation(of: s.integrations.load), .success(data.integrations)))
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: Fixtures.generation(of: s.connections.load), .success(data.connections + [Fixtures.pending])))
        Fixtures.settle(&s)
        return s
    }

    /// `loadedState` with hubspot's first page of contacts in the Records pane.
    static func recordsState(size: Size, _ data: SandboxData) -> AppState {
        var s = loadedState(size: size, data)
        s.focus = .connections
        _ = ProgramStep.run(&s, .key(KeyEvent(.enter)))
        _ = ProgramStep.run(&s, .recordsLoaded(generation: Fixtures.generation(of: s.records.load), .success(data.contacts)))
        Fixtures.settle(&s)
        return s
    }
}
