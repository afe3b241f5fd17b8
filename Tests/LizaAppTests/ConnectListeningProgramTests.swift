import Synchronization
import LizaAPI
@testable import LizaApp
import Testing
import TUIKit
import TUIKitTesting

/// A `RedirectListening` driven by the test: it records what it was asked and, once the test
/// says so, behaves as a browser returning (a refused return first, then the real one).
final class ScriptedListener: RedirectListening {
    let redirectURL = "http://127.0.0.1:1/liza-callback-test"
    private let state = Mutex<(expected: RedirectExpectation?, closed: Bool, go: CheckedContinuation<RedirectArrival?, Never>?)>((nil, false, nil))

    var expected: RedirectExpectation? { state.withLock { $0.expected } }
    var closed: Bool { state.withLock { $0.closed } }

    /// The browser returns with `arrival` (nil: the wait limit passes).
    func arrive(_ arrival: RedirectArrival?) {
        let go = state.withLock { s -> CheckedContinuation<RedirectArrival?, Never>? in let g = s.go; s.go = nil; return g }
        go?.resume(returning: arrival)
    }

    var armed: Bool { state.withLock { $0.go != nil } }

    func awaitCompletion(_ expected: RedirectExpectation, timeout: Duration,
                         refused: @escaping @Sendable (RedirectArrival.Refusal) -> Void,
                         finalize: @escaping @Sendable (RedirectArrival) async -> RedirectOutcome) async throws -> RedirectOutcome? {
        let arrival = await withCheckedContinuation { c in state.withLock { $0.expected = expected; $0.go = c } }
        refused(RedirectArrival.Refusal("the state does not match this connection's authorization request"))
        guard let arrival else { await close(); return nil }
        let outcome = await finalize(arrival)
        await close()
        return outcome
    }

    func close() async { state.withLock { $0.closed = true } }
}

@MainActor @Suite struct ConnectListeningProgramTests {
    func launch(_ service: FixtureService, listener: ScriptedListener?) -> (TestTerminal, Task<Int32, Never>) {
        let size = Size(width: 120, height: 40)
        let terminal = TestTerminal(size: size, colorCapability: .ansi16)
        var start: RedirectListenerStarter?
        if let listener { start = { listener } }
        let environment = ProgramEnvironment(startRedirectListener: start)
        let program = Program(terminal: terminal, service: service, state: AppState(size: size, session: Fixtures.session),
                              environment: environment)
        return (terminal, Task { await program.run() })
    }

    func openAuthorize(_ terminal: TestTerminal) async throws {
        try await terminal.waitFor(text: "googlecalendar")
        terminal.send(.char(":"))
        terminal.type("connect salesforce")
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "Connect an integration")
        terminal.send(KeyEvent(.enter))
    }

    @Test func theBrowsersReturnFinishesTheConnectWithNoKey() async throws {
        let service = FixtureService()
        let listener = ScriptedListener()
        let (terminal, task) = launch(service, listener: listener)
        try await openAuthorize(terminal)
        try await terminal.waitFor(text: "waiting for the browser…")
        #expect(listener.expected == RedirectExpectation(connectionID: Fixtures.pendingID, state: "s"))
        listener.arrive(.approved)
        try await terminal.waitFor(text: "is connected and active")
        #expect(service.calls.contains("callback \(Fixtures.pendingID)"))
        #expect(listener.closed)
        terminal.send(.ctrl("c"))
        #expect(await task.value == 0)
    }

    @Test func escClosesTheListener() async throws {
        let listener = ScriptedListener()
        let (terminal, task) = launch(FixtureService(), listener: listener)
        try await openAuthorize(terminal)
        try await terminal.waitFor(text: "waiting for the browser…")
        terminal.send(KeyEvent(.escape))
        try await terminal.waitFor(text: "stopped listening for the browser")
        // The effect was cancelled: the listener's wait ends and it closes.
        listener.arrive(nil)
        try await terminal.waitFor("the listener closed") { _ in listener.closed }
        terminal.send(.ctrl("c"))
        #expect(await task.value == 0)
    }

    @Test func withoutAListenerItSaysSoAndEnterStillFinalizes() async throws {
        let service = FixtureService()
        let (terminal, task) = launch(service, listener: nil)
        try await openAuthorize(terminal)
        try await terminal.waitFor(text: "not listening for the browser (no listener in this build)")
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "is connected and active")
        terminal.send(.ctrl("c"))
        #expect(await task.value == 0)
    }
}
