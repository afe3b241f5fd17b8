import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

/// Read-only mode in the TUI: every write key is off (dim in the hints, "(read-only)" in footers,
/// the reason in help), pressing it says why, and no write effect ever leaves an update.
@Suite struct ReadOnlyTests {
    static let reason = "profile 'work' is read-only"

    static func readOnlyState() -> AppState {
        var s = Fixtures.loadedState()
        s.session.readOnly = reason
        return s
    }

    static func isWrite(_ effect: Effect) -> Bool {
        ReadOnlyGate.failure(for: effect, reason: reason) != nil
    }

    func render(_ s: AppState) -> String { RootView.render(s, size: s.size, theme: .testing).textDump }

    @Test func headerSaysReadOnlyAndWriteHintsAreOff() {
        var s = Self.readOnlyState()
        #expect(render(s).split(separator: "\n").first?.contains("READ-ONLY") == true)
        let integrationHints = s.keys.hints(.integrations)
        #expect(integrationHints.contains { $0.label == "connect (read-only)" && $0.disabled })
        s.press(.char("2"))
        let hints = s.keys.hints(.connections)
        #expect(hints.contains { $0.label == "delete (read-only)" && $0.disabled })
        #expect(hints.contains { $0.label == "finalize (read-only)" && $0.disabled })
        #expect(hints.contains { $0.label == "records" && !$0.disabled }, "reads stay on")
        #expect(render(s).contains("delete (read-only)"))
        // Help lists the keys with the reason.
        s.press(.char("?"))
        let help = HelpContent.lines(for: .connections, keys: s.keys)
        #expect(help.contains { if case .binding(_, let text, _) = $0 { return text == "delete (asks first) (read-only)" }; return false })
        #expect(render(s).contains("\(Self.reason): keys marked (read-only) are off"))
        #expect(render(s).contains("delete (asks first) (read-only)"))
        // Without read-only, nothing is off.
        var writable = Fixtures.loadedState()
        writable.press(.char("2"))
        #expect(!writable.keys.hints(.connections).contains { $0.disabled })
    }

    @Test func everyWriteKeyInThePanesIsRefusedWithTheReason() {
        var s = Self.readOnlyState()
        var effects = s.press(.char("c"))  // connect, Integrations
        #expect(s.modals.isEmpty)
        #expect(s.status.error == "\(Self.reason): connect is off")
        s.press(.esc)
        s.press(.char("2"))
        for key in [KeyEvent.char("d"), KeyEvent(.delete), .char("f"), .char("c")] {
            s.status.error = nil
            effects += s.press(key)
            #expect(s.modals.isEmpty, "\(key) opened \(String(describing: s.topModal))")
            #expect(s.status.error?.hasPrefix(Self.reason) == true)
        }
        #expect(!effects.contains(where: Self.isWrite))
    }

    @Test func passthroughGetIsAllowedButOtherMethodsAreRefused() {
        var s = Self.readOnlyState()
        s.press(.char("2"), .char("p"))
        let get = s.press(.ctrl("s"))
        #expect(get.contains { if case .request(let r) = $0 { return r.id == .passthrough && r.write == nil }; return false })
        _ = AppUpdate.update(&s, .passthroughAnswered(generation: s.generation, .success(
            PassthroughResponse(status: 200, contentType: "application/json", body: .json(.object([])), bytes: [], duration: 0.01))))
        s.press(.tab)  // from the response to the method
        guard case .passthrough(var form)? = s.topModal else { Issue.record("no form"); return }
        #expect(form.focus == .method)
        s.type("p")  // POST
        guard case .passthrough(let post)? = s.topModal else { Issue.record("no form"); return }
        form = post
        #expect(form.method == .POST)
        #expect(s.keys.hints(.passthrough).contains { $0.label == "send (read-only)" && $0.disabled })
        #expect(render(s).contains("(read-only)"))
        let fx = s.press(.ctrl("s"))
        #expect(!fx.contains(where: Self.isWrite))
        #expect(s.status.error?.hasPrefix(Self.reason) == true)
        guard case .passthrough? = s.topModal else { Issue.record("the form closed or a confirmation opened"); return }
    }

    @Test func writesThatReachAnEffectAreTurnedIntoTheRefusal() {
        // A palette line opens the connect form; its submit key is off, and an effect that
        // got out anyway (e.g. from a click) becomes the owner's failure.
        var s = Self.readOnlyState()
        s.press(.char(":"))
        s.type("connect hubspot")
        s.press(.enter)
        guard case .connect? = s.topModal else { Issue.record("no connect form"); return }
        let submit = s.press(.enter)
        #expect(!submit.contains(where: Self.isWrite))
        #expect(s.status.error?.hasPrefix(Self.reason) == true)

        var d = Self.readOnlyState()
        d.connections.deleting = .loading(generation: 99)
        let refused = ReadOnlyGate.refuseWrites(&d, [.deleteConnection(id: Fixtures.hubspotID, generation: 99), .scheduleTick]) { state, action in
            AppUpdate.update(&state, action)
        }
        #expect(refused == [.scheduleTick])
        #expect(!d.connections.deleting.isLoading)
        #expect(d.status.error?.contains("\(Self.reason): not sending DELETE connection \(Fixtures.hubspotID)") == true)
    }
}
