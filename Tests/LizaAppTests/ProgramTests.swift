import Synchronization
import LizaAPI
@testable import LizaApp
import Testing
import TUIKit
import TUIKitTesting

/// The program loop end to end in memory: keys in, effects run against a service, frames out.
@MainActor @Suite struct ProgramTests {
    func launch(_ service: FixtureService, size: Size = Size(width: 120, height: 40)) -> (TestTerminal, Program, Task<Int32, Never>) {
        let terminal = TestTerminal(size: size, colorCapability: .ansi16)
        let program = Program(terminal: terminal, service: service, state: AppState(size: size, session: Fixtures.session))
        let task = Task { await program.run() }
        return (terminal, program, task)
    }

    @Test func loadsBrowsesAndQuits() async throws {
        let service = FixtureService()
        let (terminal, _, task) = launch(service)
        try await terminal.waitFor(text: "googlecalendar")
        terminal.send(.char("2"))
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "Ada Lovelace")
        terminal.send(.char("/"))
        terminal.type("grace")
        try await terminal.waitFor("the filter") { $0.contains("5 match") }
        terminal.send(KeyEvent(.enter))
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "\"first_name\": \"Grace\"")
        terminal.send(.char("y"))
        try await terminal.waitFor(text: "copied")
        #expect(terminal.clipboard.first?.contains("\"first_name\": \"Grace\"") == true)
        terminal.send(.char("q"))  // closes the JSON view
        terminal.send(.char("q"))  // quits
        #expect(await task.value == 0)
    }

    @Test func aSlowPageDoesNotBlockAndALateOneIsDropped() async throws {
        let service = FixtureService()
        let (terminal, _, task) = launch(service)
        try await terminal.waitFor(text: "googlecalendar")
        service.controls.withLock { $0.holdRecords = true }
        terminal.send(.char("2"))
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "loading contacts")
        // While it loads: move, switch panes, filter — the UI answers.
        terminal.send(.char("1"))
        terminal.send(.char("/"))
        terminal.type("zen")
        try await terminal.waitFor("the integrations filter") { $0.contains("/zen") }
        // Switch to another object; the held contact page is superseded.
        terminal.send(KeyEvent(.escape))
        terminal.send(.char("3"))
        terminal.send(.char("]"))
        service.controls.withLock { $0.holdRecords = false }
        service.release()
        try await terminal.waitFor("the company page") { $0.contains("crm/company") && $0.contains("co_1 ") }
        #expect(!terminal.lastText.contains("ct_0001"), "the superseded contact page must not be shown")
        #expect(service.calls.contains("records contact 0"))
        #expect(service.calls.contains("records company 0"))
        terminal.send(.ctrl("c"))
        #expect(await task.value == 0)
    }

    @Test func apiFailuresAreShownNotFatal() async throws {
        let service = FixtureService()
        service.controls.withLock { $0.failNext = LizaError(kind: .auth, status: 401, message: "invalid token") }
        let (terminal, _, task) = launch(service)
        try await terminal.waitFor(text: "invalid token (HTTP 401)")
        terminal.send(KeyEvent(.escape))
        try await terminal.waitFor(text: "could not load: invalid token")
        try await terminal.waitFor("the error dismissed") { !($0.split(separator: "\n").last ?? "").contains("✗") }
        terminal.send(.char("q"))
        #expect(await task.value == 0)
    }

    @Test func resizeRedraws() async throws {
        let service = FixtureService()
        let (terminal, _, task) = launch(service)
        try await terminal.waitFor(text: "1 Integrations")
        terminal.resize(to: Size(width: 70, height: 20))
        try await terminal.waitFor(text: "tab cycles")
        terminal.resize(to: Size(width: 50, height: 10))
        try await terminal.waitFor(text: "terminal too small (need 60×15)")
        terminal.resize(to: Size(width: 120, height: 40))
        try await terminal.waitFor(text: "2 Connections")
        terminal.finishInput()
        #expect(await task.value == 0)
    }

    @Test func idleMeansNoTicks() async throws {
        let service = FixtureService()
        let (terminal, program, task) = launch(service)
        try await terminal.waitFor(text: "googlecalendar")
        try await terminal.waitFor("the spinner to stop") { !$0.contains("loading") }
        // The last tick of the spinner arrives, and then none is scheduled any more.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(30)
        while program.state.tickScheduled && clock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        #expect(!program.state.tickScheduled)
        #expect(!program.state.needsTicks)
        terminal.send(.char("q"))
        #expect(await task.value == 0)
    }

    @Test func connectFlowThroughTheRunner() async throws {
        let service = FixtureService()
        let (terminal, _, task) = launch(service)
        try await terminal.waitFor(text: "googlecalendar")
        terminal.send(.char(":"))
        terminal.type("connect salesforce")
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "Connect an integration")
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "/authorize/\(Fixtures.pendingID)")
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "is connected and active")
        #expect(service.calls.contains("connect salesforce"))
        #expect(service.calls.contains("callback \(Fixtures.pendingID)"))
        terminal.send(.ctrl("c"))
        #expect(await task.value == 0)
    }
}

/// Load-all (`L`) through the service seam, as the effect runner drives it.
@Suite struct LoadAllTests {
    func run(_ query: RecordQuery, service: FixtureService, concurrency: Int, maxRecords: Int,
             deliver: @escaping @Sendable (RecordPage) -> Void = { _ in }) async -> Result<Int, LizaError> {
        await RecordPaging.fetchPages(query, concurrency: concurrency, maxRecords: maxRecords,
                                      fetch: { q throws(LizaError) in try await service.records(q) }, yield: deliver)
    }

    @Test func fetchesEveryPageInOrder() async {
        let service = FixtureService()
        let pages = Mutex<[Int]>([])
        let result = await run(RecordQuery(connectionID: "c", category: .crm, objectType: "contact", limit: 40, offset: 50),
                               service: service, concurrency: 3, maxRecords: 10_000) { page in
            pages.withLock { $0.append(page.offset) }
        }
        #expect(result == .success(200))
        #expect(pages.withLock { $0 } == [50, 90, 130, 170, 210])
    }

    @Test func stopsAtTheCap() async {
        let service = FixtureService()
        let result = await run(RecordQuery(connectionID: "c", category: .crm, objectType: "contact", limit: 50),
                               service: service, concurrency: 2, maxRecords: 100)
        #expect(result == .success(100))
    }

    @Test func reportsTheFirstError() async {
        let service = FixtureService()
        service.controls.withLock { $0.failNext = LizaError(kind: .server, status: 500, message: "boom") }
        let result = await run(RecordQuery(connectionID: "c", category: .crm, objectType: "contact", limit: 50),
                               service: service, concurrency: 2, maxRecords: 1000)
        #expect(result == .failure(LizaError(kind: .server, status: 500, message: "boom")))
    }
}
