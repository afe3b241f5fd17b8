import LizaAPI
@testable import LizaApp
import Testing
import TUIKit

@Suite struct GlobalUpdateTests {
    @Test func startLoadsBothListsWithDistinctGenerations() {
        var s = AppState(size: Size(width: 120, height: 40), session: Fixtures.session)
        let fx = AppUpdate.start(&s)
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
        guard case .loadConnections(let g1)? = fx.first else { Issue.record("no reload"); return }
        let fx2 = s.press(.char("r"))
        guard case .loadConnections(let g2)? = fx2.first else { Issue.record("no reload"); return }
        #expect(g2 > g1)
        _ = AppUpdate.update(&s, .connectionsLoaded(generation: g1, .success([])))
        #expect(s.connections.items.count == 6, "the stale (older) answer must not replace the list")
        _ = AppUpdate.update(&s, .connectionsLoaded(generation: g2, .success(Array(Fixtures.connections.prefix(2)))))
        #expect(s.connections.items.count == 2)
    }

    @Test func errorsAreShownDismissedAndDetailed() {
        var s = Fixtures.loadedState()
        let fx = s.press(.char("r"))
        let g = Fixtures.generation(of: s.integrations.load)
        #expect(fx == [.loadIntegrations(generation: g), .scheduleTick])
        let long = String(repeating: "the gateway timed out talking to the upstream ", count: 5)
        _ = AppUpdate.update(&s, .integrationsLoaded(generation: g, .failure(LizaError(kind: .server, status: 502, message: long))))
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
        let fx = AppUpdate.update(&s, .client(.rateLimited(seconds: 0.25, attempt: 1)))
        #expect(fx == [.scheduleTick])
        #expect(s.status.rateLimitRemaining == 0.25)
        let fx2 = AppUpdate.update(&s, .tick(elapsed: 0.1))
        #expect(fx2 == [.scheduleTick])
        #expect(abs((s.status.rateLimitRemaining ?? 0) - 0.15) < 1e-9)
        let fx3 = AppUpdate.update(&s, .tick(elapsed: 0.2))
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

    @Test func resizeKeepsTheSelectionVisible() {
        var s = Fixtures.recordsState()
        s.press(.char("G"))
        _ = AppUpdate.update(&s, .resize(Size(width: 80, height: 24)))
        let page = LayoutPlan(size: s.size, focus: s.focus).listRows(.records)
        #expect(s.records.cursor.index >= s.records.cursor.offset)
        #expect(s.records.cursor.index < s.records.cursor.offset + page)
    }

    @Test func quitWithQ() {
        var s = Fixtures.loadedState()
        s.press(.char("q"))
        #expect(s.quitRequested)
    }

    @Test func helpOpensForTheFocusedContext() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("?"))
        #expect(s.topModal == .help(HelpState(context: .connections)))
        s.press(.char("?"))
        #expect(s.modals.isEmpty)
    }

    @Test func welcomeStartsTheDemo() {
        var s = AppState(size: Size(width: 80, height: 24), session: SessionInfo(host: "api.eu.liza.app"),
                         screen: .welcome(WelcomeState(reason: "No API token found.")))
        #expect(AppUpdate.start(&s).isEmpty)
        #expect(s.keyContext == .welcome)
        let fx = s.press(.char("d"))
        #expect(fx.contains(.startDemo))
        let fx2 = AppUpdate.update(&s, .demoStarted(.success(Fixtures.session)))
        #expect(s.screen == .main)
        #expect(s.session.isDemo)
        #expect(fx2.contains { if case .loadIntegrations = $0 { return true } else { return false } })
    }

    @Test func themeSwitchesLiveAndABadOneIsReported() {
        var s = Fixtures.loadedState()
        var nord = Theme.default
        nord.name = "nord"
        _ = AppUpdate.update(&s, .themeLoaded(name: "nord", .success(nord)))
        #expect(s.theme.name == "nord")
        _ = AppUpdate.update(&s, .themeLoaded(name: "nope", .failure(AppFailure("no theme named 'nope'"))))
        #expect(s.theme.name == "nord")
        #expect(s.status.error?.contains("nope") == true)
    }
}
