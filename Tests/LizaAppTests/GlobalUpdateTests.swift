import LizaAPI
@testable import LizaApp
import Testing
import TUIKit
import TUIKitTesting

@Suite struct GlobalUpdateTests {
    @Test func startLoadsBothListsWithDistinctGenerations() {
        var s = AppState(size: Size(width: 120, height: 40), session: Fixtures.session)
        let fx = ProgramStep.start(&s)
        #expect(fx.contains(.loadIntegrations(generation: 1)))
        #expect(fx.contains(.loadConnections(generation: 2)))
        #expect(fx.contains(.scheduleTick))
        #expect(s.loadingLabel == "loading connections")
    }

    @Test func numberKeysAndTabMoveFocus() {
        var s = Fixtures.loadedState()
        s.press(.char("3"))
        #expect(s.focus == .records)
        s.press(.tab)
        #expect(s.focus == .integrations)
        s.press(KeyEvent(.backTab))
        #expect(s.focus == .records)
        s.press(.char("2"))
        #expect(s.focus == .connections)
    }

    @Test func staleResponsesAreDropped() {
        var s = Fixtures.loadedState()
        let fx = s.press(.char("2"), .char("r"))
        guard case .request(let first)? = fx.first, first.id == .connections else { Issue.record("no reload"); return }
        let fx2 = s.press(.char("r"))
        guard case .request(let second)? = fx2.first, second.id == .connections else { Issue.record("no reload"); return }
        let (g1, g2) = (first.generation, second.generation)
        #expect(g2 > g1)
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: g1, .success([])))
        #expect(s.connections.items.count == 6, "the stale (older) answer must not replace the list")
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: g2, .success(Array(Fixtures.connections.prefix(2)))))
        #expect(s.connections.items.count == 2)
    }

    @Test func errorsAreShownDismissedAndDetailed() {
        var s = Fixtures.loadedState()
        let fx = s.press(.char("r"))
        let g = Fixtures.generation(of: s.integrations.load)
        #expect(fx == [.loadIntegrations(generation: g), .scheduleTick])
        let long = String(repeating: "the gateway timed out talking to the upstream ", count: 5)
        _ = ProgramStep.run(&s, .integrationsLoaded(generation: g, .failure(LizaError(kind: .server, status: 502, message: long))))
        #expect(s.status.error?.hasPrefix("Loading integrations failed: the gateway") == true)
        #expect(s.integrations.items.count == Fixtures.integrations.count, "a failed refresh keeps the old rows")
        s.press(.char("!"))
        guard case .message(let m)? = s.topModal else { Issue.record("no message modal"); return }
        #expect(m.text.contains("(HTTP 502)"))
        s.press(.esc)
        #expect(s.modals.isEmpty)
        s.press(.esc)
        #expect(s.status.error == nil)
    }

    @Test func rateLimitCountdownTicksOnlyWhileWaiting() {
        var s = Fixtures.loadedState()
        #expect(!s.needsTicks)
        let fx = ProgramStep.run(&s, .client(.rateLimited(seconds: 0.25, attempt: 1)))
        #expect(fx == [.scheduleTick])
        #expect(s.status.rateLimitRemaining == 0.25)
        let fx2 = ProgramStep.run(&s, .tick(elapsed: 0.1))
        #expect(fx2 == [.scheduleTick])
        #expect(abs((s.status.rateLimitRemaining ?? 0) - 0.15) < 1e-9)
        let fx3 = ProgramStep.run(&s, .tick(elapsed: 0.2))
        #expect(fx3.isEmpty, "idle again: no more ticks")
        #expect(s.status.rateLimitRemaining == nil)
    }

    @Test func aTickIsNeverScheduledTwice() {
        var s = Fixtures.loadedState()
        let a = s.press(.char("r"))
        let b = s.press(.char("2"), .char("r"))
        #expect(a.filter { $0 == .scheduleTick }.count == 1)
        #expect(!b.contains(.scheduleTick))
    }

    @Test func resizeKeepsTheSelectionVisible() throws {
        var s = Fixtures.recordsState()
        s.press(.char("G"))
        _ = ProgramStep.run(&s, .resize(Size(width: 80, height: 24)))
        let table = s.records.list.table
        let selected = try #require(table.selected)
        #expect(table.viewportHeight == 24 - 3 - 4, "the rows of the narrow Records pane, recorded from the layout")
        #expect(selected == s.records.list.visibleCount - 1)
        #expect(selected >= table.offset)
        #expect(selected < table.offset + table.viewportHeight)
    }

    @Test func quitWithQ() {
        var s = Fixtures.loadedState()
        s.press(.char("q"))
        #expect(s.quitRequested)
    }

    @Test func helpOpensForTheFocusedContext() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("?"))
        #expect(s.helpContext == .connections)
        s.press(.char("?"))
        #expect(s.modals.isEmpty)
    }

    @Test func welcomeStartsTheDemo() {
        var s = AppState(size: Size(width: 80, height: 24), session: SessionInfo(host: "api.eu.liza.app"),
                         screen: .welcome(WelcomeState(reason: "No API token found.")))
        #expect(ProgramStep.start(&s).isEmpty)
        #expect(s.keyContext == .welcome)
        let fx = s.press(.char("d"))
        #expect(fx.contains(.startDemo))
        let fx2 = ProgramStep.run(&s, .demoStarted(.success(Fixtures.session)))
        #expect(s.screen == .main)
        #expect(s.session.isDemo)
        #expect(fx2.contains { $0.id == .integrations })
    }

    /// Issue 14 item 2: the demo's header says `profile demo`, so its history is demo's — read
    /// when the demo starts and saved under that profile, never under the one before.
    @Test func theDemoUsesTheHistoryOfTheProfileTheHeaderNames() {
        var s = AppState(size: Size(width: 80, height: 24), session: SessionInfo(host: "api.eu.liza.app", profile: "default"),
                         screen: .welcome(WelcomeState(reason: "No API token found.")))
        let old = PassthroughHistoryEntry(connectionID: Fixtures.hubspotID, method: .GET, path: "/from-default", body: "", status: 200)
        s.passthroughHistory = [old]
        s.press(.char("d"))
        let demo = SessionInfo(host: "127.0.0.1:9", profile: "demo", isDemo: true, tokenSource: "demo", tokenLast4: "demo")
        let fx = ProgramStep.run(&s, .demoStarted(.success(demo)))
        #expect(fx.contains(.loadHistory(profile: "demo")))
        #expect(s.passthroughHistory.isEmpty, "default's history is not shown (nor saved) as the demo's")
        _ = ProgramStep.run(&s, .historyLoaded(profile: "default", [old]))
        #expect(s.passthroughHistory.isEmpty, "a history of another profile is dropped")
        let mine = PassthroughHistoryEntry(connectionID: Fixtures.hubspotID, method: .GET, path: "/from-demo", body: "", status: 200)
        _ = ProgramStep.run(&s, .historyLoaded(profile: "demo", [mine]))
        #expect(s.passthroughHistory == [mine])
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: Fixtures.generation(of: s.connections.load), .success(Fixtures.connections)))
        s.press(.char("2"), .char("p"), .ctrl("s"))
        let saved = ProgramStep.run(&s, .passthroughAnswered(generation: s.generation, .success(PassthroughResponse(
            status: 200, contentType: "text/plain", body: .text("ok"), bytes: Array("ok".utf8), duration: 0.01))))
        #expect(saved == [.saveHistory(profile: "demo", s.passthroughHistory)])
        let paths = LizaPaths(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"])
        #expect(paths.passthroughHistoryFile(profile: "demo") == "/state/liza/passthrough-history-demo.json")
        #expect(paths.passthroughHistoryFile(profile: "../x") == "/state/liza/passthrough-history-x.json")
    }

    @Test func themeSwitchesLiveAndABadOneIsReported() {
        var s = Fixtures.loadedState()
        var nord = Theme.default
        nord.name = "nord"
        _ = ProgramStep.run(&s, .themeLoaded(name: "nord", .success(nord)))
        #expect(s.theme.name == "nord")
        _ = ProgramStep.run(&s, .themeLoaded(name: "nope", .failure(AppFailure("no theme named 'nope'"))))
        #expect(s.theme.name == "nord")
        #expect(s.status.error?.contains("nope") == true)
    }
}

/// Issue 7, the TUI part of the timeout model: esc cancels the request in flight wherever it
/// would otherwise close or do nothing, and a network failure's message reaches the status bar.
@Suite struct CancelAndNetworkErrorTests {
    @Test func escInAPaneCancelsTheListsInFlight() {
        var s = AppState(size: Size(width: 120, height: 40), session: Fixtures.session)
        _ = ProgramStep.start(&s)
        _ = ProgramStep.run(&s, .client(.rateLimited(seconds: 30, attempt: 1)))
        let fx = s.press(.esc)
        #expect(fx.contains(.cancel(.integrations)))
        #expect(fx.contains(.cancel(.connections)))
        #expect(!s.integrations.load.isLoading && !s.connections.load.isLoading)
        #expect(s.status.rateLimitRemaining == nil)
        #expect(s.status.notice == "cancelled")
        #expect(s.loadingLabel == nil)
        let screen = RootView.render(s, size: s.size, theme: .testing).lines.joined()
        #expect(screen.contains("cancelled"))
        // A late answer of the cancelled request is dropped; r asks again.
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: 2, .success(Fixtures.connections)))
        #expect(s.connections.items.isEmpty)
        s.press(.char("2"))
        #expect(s.press(.char("r")).contains { $0.id == .connections })
    }

    @Test func escWithAFilterClearsItFirstThenCancels() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("/"))
        s.type("hub")
        s.press(.enter)
        _ = s.press(.char("r"))
        #expect(s.press(.esc).isEmpty, "the first esc clears the filter")
        #expect(s.connections.list.filter.isEmpty)
        #expect(s.press(.esc) == [.cancel(.connections)])
        #expect(s.connections.load == .loaded, "the list it had stays")
    }

    @Test func escWhileSendingCancelsAndKeepsTheForm() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"), .ctrl("s"))
        #expect(s.press(.esc) == [.cancel(.passthrough)])
        guard case .passthrough(let p)? = s.topModal else { Issue.record("the form closed"); return }
        #expect(!p.send.isLoading)
        #expect(s.status.notice == "cancelled")
        s.press(.esc)
        #expect(s.modals.isEmpty, "a second esc closes")
    }

    @Test func escWhileConnectingOrFinalizingCancels() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("G"), .char("f"), .enter)
        #expect(s.press(.esc) == [.cancel(.finalize)])
        guard case .callback(let c)? = s.topModal else { Issue.record("the form closed"); return }
        #expect(!c.finalize.isLoading)
        #expect(s.status.notice == "cancelled")

        var a = Fixtures.loadedState()
        a.present(AuthorizeState(url: "http://127.0.0.1/authorize/x", connectionID: Fixtures.pendingID, integrationType: "hubspot"))
        a.press(.enter)
        #expect(a.press(.esc) == [.cancel(.finalize)])
        guard case .authorize? = a.topModal else { Issue.record("the step closed"); return }
        #expect(a.status.notice == "cancelled")
    }

    @Test func aNetworkErrorShowsItsMessageInTheStatusBar() {
        var s = AppState(size: Size(width: 120, height: 40), session: Fixtures.session)
        _ = ProgramStep.start(&s)
        let message = "no complete answer from 127.0.0.1:8080 within 30 s"
        _ = ProgramStep.run(&s, .connectionsLoaded(generation: Fixtures.generation(of: s.connections.load),
                                                    .failure(LizaError(kind: .network, message: message))))
        #expect(s.status.error?.contains(message) == true)
        let status = RootView.render(s, size: s.size, theme: .testing).lines[s.size.height - 1]
        #expect(status.contains(message))
    }
}
