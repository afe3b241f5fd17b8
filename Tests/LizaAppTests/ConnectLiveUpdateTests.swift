import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

/// The authorize step finishing by itself (loopback listener), by a pasted address, its QR
/// code; the doctor grid (`D`) and relink (`R`). Pure: through `AppUpdate.update`, rendered to text.
@Suite struct ConnectLiveUpdateTests {
    static let url = "http://127.0.0.1:8080/authorize/" + Fixtures.pendingID + "?state=abc"

    func screen(_ s: AppState) -> String { RootView.render(s, size: s.size, theme: .testing).lines.joined(separator: "\n") }

    var authorize: (AppState) -> AuthorizeState? {
        { s in if case .authorize(let a)? = s.topModal { return a } else { return nil } }
    }

    /// The connect form for hubspot (its categories preselected), enter: the connect request in
    /// flight; returns its generation and the effects (the spinner's tick left out).
    func submitConnect(_ s: inout AppState) -> (Int, [Effect]) {
        ConnectFormState.open(&s, integrationType: "hubspot")
        let fx = s.press(.enter).filter { $0 != .scheduleTick }
        return (s.generation, fx)
    }

    func connected(_ s: inout AppState, generation g: Int) {
        _ = AppUpdate.update(&s, .connected(generation: g, .success(ConnectResponse(url: Self.url, connectionID: Fixtures.pendingID))))
    }

    @Test func withoutARedirectURLTheStepWaitsAndFinishesByItself() throws {
        var s = Fixtures.loadedState()
        let (g, fx) = submitConnect(&s)
        #expect(fx == [.connectListening(ConnectRequest(integrationType: "hubspot", categories: [.crm, .marketing]),
                                         waitSeconds: AuthorizeState.defaultWaitSeconds, generation: g)])
        connected(&s, generation: g)
        #expect(authorize(s)?.wait == .starting)
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .waiting))
        #expect(screen(s).contains("waiting for the browser…"))
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .approved))
        #expect(screen(s).contains("approved, finalizing…"))
        #expect(s.loadingLabel == "finalizing")
        // A return for another connect (an older generation) changes nothing.
        _ = AppUpdate.update(&s, .browserReturn(generation: g - 1, .denied("access_denied")))
        #expect(authorize(s)?.wait == .finalizing)
        let active = Fixtures.connection(Fixtures.pendingID, "hubspot", [.crm], day: 6)
        let done = AppUpdate.update(&s, .browserReturn(generation: g, .connected(CallbackResult(connection: active, raw: active.raw))))
        #expect(done.contains { $0.id == .connections })
        #expect(!done.contains(.cancel(.connect)), "the listener closed itself")
        #expect(authorize(s)?.connected?.id == Fixtures.pendingID)
        // Connected: the hints offer only what still works (no paste, QR or finalize).
        #expect(s.keyContext == .authorizeDone)
        #expect(!s.keys.hints(s.keyContext).contains { $0.label == "QR code" || $0.label == "paste address" || $0.label == "finalize" })
        #expect(screen(s).contains("✓ hubspot is connected and active."))
    }

    @Test func overSSHOrWithARedirectURLNothingListens() {
        var s = Fixtures.loadedState()
        s.session.isSSH = true
        let (g, fx) = submitConnect(&s)
        #expect(fx == [.connect(ConnectRequest(integrationType: "hubspot", categories: [.crm, .marketing]), generation: g)])
        connected(&s, generation: g)
        #expect(authorize(s)?.wait == .off)
        #expect(screen(s).contains("paste the address your browser ended on"))
    }

    @Test func deniedRefusedAndTimedOutAreShown() {
        var s = Fixtures.loadedState()
        let (g, _) = submitConnect(&s)
        connected(&s, generation: g)
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .waiting))
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .refused("the state does not match this connection's authorization request")))
        #expect(screen(s).contains("refused a return to liza: the state does not match"))
        #expect(authorize(s)?.wait == .waiting)
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .denied("access_denied")))
        #expect(screen(s).contains("✗ denied in the browser (access_denied)"))

        var t = Fixtures.loadedState()
        let (g2, _) = submitConnect(&t)
        connected(&t, generation: g2)
        _ = AppUpdate.update(&t, .browserReturn(generation: g2, .timedOut))
        #expect(screen(t).contains("stopped waiting for the browser after"))
        #expect(screen(t).contains("stays pending"))
    }

    @Test func escWhileWaitingClosesTheListenerAndKeepsItPending() {
        var s = Fixtures.loadedState()
        let (g, _) = submitConnect(&s)
        connected(&s, generation: g)
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .waiting))
        #expect(s.press(.esc) == [.cancel(.connect)])
        #expect(s.modals.isEmpty)
        #expect(s.status.notice?.contains("stays pending (stopped listening for the browser)") == true)
    }

    @Test func finalizingByHandClosesTheListener() {
        var s = Fixtures.loadedState()
        let (g, _) = submitConnect(&s)
        connected(&s, generation: g)
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .waiting))
        let fx = s.press(.enter).filter { $0 != .scheduleTick }
        let g2 = s.generation
        #expect(fx == [.finalize(connectionID: Fixtures.pendingID, generation: g2)])
        let active = Fixtures.connection(Fixtures.pendingID, "hubspot", [.crm], day: 6)
        let done = AppUpdate.update(&s, .finalized(generation: g2, .success(CallbackResult(connection: active, raw: active.raw))))
        #expect(done.contains(.cancel(.connect)))
        #expect(authorize(s)?.connected != nil)
    }

    @Test func thePastedAddressIsCheckedThenFinalizes() {
        var s = Fixtures.loadedState()
        let (g, _) = submitConnect(&s)
        connected(&s, generation: g)
        s.press(.char("p"))
        #expect(s.keyContext == .authorizePaste)
        s.type("https://app.example/done?id=someone-else")
        #expect(s.press(.enter).isEmpty)
        #expect(screen(s).contains("refused: this address belongs to another connection"))
        s.press(.esc)
        #expect(s.keyContext == .authorize)
        s.press(.char("p"))
        for _ in 0..<60 { s.press(KeyEvent(.backspace)) }
        s.type("https://app.example/done?id=\(Fixtures.pendingID)&state=abc")
        let fx = s.press(.enter).filter { $0 != .scheduleTick }
        #expect(fx == [.finalize(connectionID: Fixtures.pendingID, generation: s.generation)])

        var t = Fixtures.loadedState()
        let (g3, _) = submitConnect(&t)
        connected(&t, generation: g3)
        _ = AppUpdate.update(&t, .browserReturn(generation: g3, .waiting))
        t.press(.tab)
        t.type("https://app.example/done?error=access_denied")
        #expect(t.press(.enter) == [.cancel(.connect)])
        #expect(screen(t).contains("✗ denied in the browser (access_denied)"))
    }

    @Test func qTogglesTheQRCode() {
        var s = Fixtures.loadedState()
        let (g, _) = submitConnect(&s)
        connected(&s, generation: g)
        #expect(screen(s).contains(Self.url))
        s.press(.char("q"))
        #expect(authorize(s)?.showQR == true)
        let qr = screen(s)
        #expect(qr.contains("▀") || qr.contains("▄"))
        #expect(!qr.contains("/authorize/"))
        s.terminalIsUTF8 = false
        #expect(screen(s).contains("no QR code: the terminal is not UTF-8"))
        s.terminalIsUTF8 = true
        _ = AppUpdate.update(&s, .resize(Size(width: 60, height: 20)))
        #expect(screen(s).contains("no QR code: it needs"), "\(screen(s))")
        s.press(.char("q"))
        #expect(authorize(s)?.showQR == false)
    }

    @Test func theURLIsOneHyperlinkOverItsWrappedRows() {
        var s = Fixtures.loadedState(size: Size(width: 70, height: 30))
        let (g, _) = submitConnect(&s)
        connected(&s, generation: g)
        let buffer = RootView.render(s, size: s.size, theme: .testing)
        #expect(buffer.links.count >= 2, "the URL wraps at this width")
        #expect(buffer.links.allSatisfy { $0.url == Self.url })
    }

    @Test func doctorShowsTheGrid() {
        var s = Fixtures.loadedState()
        s.press(.char("2"))
        let selected = s.connections.selected
        let fx = s.press(.char("D"))
        guard let c = selected, case .request(let request)? = fx.first, request.id == .doctor else { Issue.record("no doctor run: \(fx)"); return }
        let g = request.generation
        #expect(fx.first == .diagnose(c, generation: g))
        #expect(screen(s).contains("probing"))
        let plan = ConnectionDoctor.plan(for: c)
        var probes = plan.map { ObjectProbe(category: $0.category, objectType: $0.name, outcome: .ok, milliseconds: 7) }
        probes[0].outcome = .status(401)
        _ = AppUpdate.update(&s, .diagnosed(generation: g, probes))
        let text = screen(s)
        #expect(text.contains("1 of \(plan.count) failed"))
        #expect(text.contains("401"))
        #expect(text.contains("the provider's authorization was revoked — relink"))
        #expect(s.press(.esc).isEmpty)
        #expect(s.modals.isEmpty)
    }

    @Test func relinkConnectsAgainAndOffersTheDeleteOnlyOnceActive() {
        var s = Fixtures.loadedState()
        s.press(.char("2"))
        guard var old = s.connections.selected else { Issue.record("no connection"); return }
        old.externalXref = "u-7"
        old.permissions = ["crm.read"]
        s.connections.list.editSource { rows in
            rows.edit { items in if let i = items.firstIndex(where: { $0.id == old.id }) { items[i] = old } }
        }
        let fx = s.press(.char("R")).filter { $0 != .scheduleTick }
        let g = s.generation
        #expect(fx == [.connectListening(ConnectRequest(integrationType: old.integrationType, categories: old.categories, externalXref: "u-7",
                                                        scopes: ["crm.read"]), waitSeconds: AuthorizeState.defaultWaitSeconds, generation: g)])
        connected(&s, generation: g)
        #expect(authorize(s)?.relinkOf?.id == old.id)
        // Still pending: no offer.
        let pending = Fixtures.connection(Fixtures.pendingID, old.integrationType, old.categories, status: "pending", day: 6)
        _ = AppUpdate.update(&s, .browserReturn(generation: g, .connected(CallbackResult(connection: pending, raw: pending.raw))))
        #expect(authorize(s) != nil)
        #expect(screen(s).contains("kept until the new one is active"))

        var t = Fixtures.loadedState()
        t.press(.char("2"))
        t.press(.char("R"))
        let g2 = t.generation
        connected(&t, generation: g2)
        let active = Fixtures.connection(Fixtures.pendingID, old.integrationType, old.categories, day: 6)
        _ = AppUpdate.update(&t, .browserReturn(generation: g2, .connected(CallbackResult(connection: active, raw: active.raw))))
        guard case .confirm(let confirm)? = t.topModal else { Issue.record("no delete offer"); return }
        #expect(confirm.intent == .deleteConnection(id: old.id))
        let yes = t.press(.char("y"))
        #expect(yes.contains { if case .request(let r) = $0 { return r.id == .deleteConnection && r.parameters as? String == old.id } else { return false } })
    }
}
