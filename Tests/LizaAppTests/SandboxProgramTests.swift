import LizaAPI
@testable import LizaApp
import LizaSandbox
import LizaTesting
import Testing
import TUIKit
import TUIKitTesting

/// The program against the real sandbox over loopback HTTP (real LizaClient and transport):
/// the data, the rate-limit countdown and errors as a user sees them.
@MainActor @Suite struct SandboxProgramTests {
    func launch(_ sandbox: TestSandbox) throws -> (TestTerminal, Task<Int32, Never>) {
        let terminal = TestTerminal(size: Size(width: 120, height: 40), colorCapability: .ansi16)
        let inbox = ActionInbox()
        let client = try sandbox.server.makeClient(observer: { inbox.send(.client($0)) })
        let session = SessionInfo(host: "127.0.0.1:\(sandbox.port)", profile: "test", isDemo: true, tokenSource: "demo", tokenLast4: "demo")
        let program = Program(terminal: terminal, service: client, state: AppState(size: terminal.size, session: session), inbox: inbox)
        return (terminal, Task { await program.run() })
    }

    @Test func contactsLoadPageByPageAndAll() async throws {
        let sandbox = try await TestSandbox.start()
        let (terminal, task) = try launch(sandbox)
        try await terminal.waitFor(text: "hubspot")
        terminal.send(.char("2"))
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "50 loaded · more available")
        terminal.send(.char("L"))
        try await terminal.waitFor(text: "all 250 loaded")
        terminal.send(.char("q"))
        #expect(await task.value == 0)
        await sandbox.stop()
    }

    /// `D` runs ConnectionDoctor through the real client: an injected 401 on one object type
    /// shows in the grid with its hint; the rest are ok.
    @Test func doctorShowsAnInjected401() async throws {
        let sandbox = try await TestSandbox.start()
        let id = sandbox.server.seededConnectionIDs[0]  // hubspot: crm
        let fault = try await sandbox.request("POST", "/_sandbox/faults",
                                              body: #"{"objects":[{"connection_id":"\#(id)","category":"crm","object":"deal","status":401}]}"#)
        #expect(fault.status == 200)
        let (terminal, task) = try launch(sandbox)
        try await terminal.waitFor(text: "hubspot")
        terminal.send(.char("2"))
        terminal.send(.char("/"))
        terminal.type(String(id.prefix(8)))
        terminal.send(KeyEvent(.enter))
        terminal.send(.char("D"))
        try await terminal.waitFor("the doctor grid") { $0.contains("Doctor · hubspot \(id)") && $0.contains(" failed") }
        let screen = terminal.lastText
        #expect(screen.contains("1 of "), "\(screen)")
        #expect(screen.contains("crm/deal") && screen.contains("401"))
        #expect(screen.contains("the provider's authorization was revoked — relink"))
        #expect(screen.contains("crm/contact") && screen.contains("ok"))
        terminal.send(KeyEvent(.escape))
        terminal.send(.char("q"))
        #expect(await task.value == 0)
        await sandbox.stop()
    }

    @Test func rateLimitShowsACountdownThenRecovers() async throws {
        let sandbox = try await TestSandbox.start()
        let (terminal, task) = try launch(sandbox)
        try await terminal.waitFor(text: "hubspot")
        await sandbox.queueFaults([.status(429, retryAfter: "2")])
        terminal.send(.char("2"))
        terminal.send(.char("r"))
        try await terminal.waitFor(text: "rate limited — retrying in")
        try await terminal.waitFor("the retry to succeed") { !$0.contains("rate limited") && $0.contains("mailchimp") }
        terminal.send(.char("q"))
        #expect(await task.value == 0)
        await sandbox.stop()
    }

    @Test func aServerErrorIsShownAndRetryable() async throws {
        let sandbox = try await TestSandbox.start()
        let (terminal, task) = try launch(sandbox)
        try await terminal.waitFor(text: "hubspot")
        // A POST is not retried by the client: the failure reaches the screen.
        terminal.send(.char(":"))
        terminal.type("connect hubspot")
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "Connect an integration")
        await sandbox.queueFaults([.status(500)])
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "HTTP 500")
        // The form is still there with what was typed; a second try goes through.
        terminal.send(KeyEvent(.enter))
        try await terminal.waitFor(text: "Open this URL in a browser")
        terminal.send(.ctrl("c"))
        #expect(await task.value == 0)
        await sandbox.stop()
    }
}
