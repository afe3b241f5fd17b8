import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

@Suite struct WritePreviewTests {
    @Test func patchShowsTheRequestAndTheChangesAgainstTheLastGet() throws {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"))
        s.press(.ctrl("u"))
        s.type("/crm/v3/objects/contacts/1")
        s.press(.ctrl("s"))
        let got: JSONValue = .object([("id", .string("1")), ("properties", .object([("firstname", .string("Ada")), ("lastname", .string("Lovelace"))]))])
        _ = AppUpdate.update(&s, .passthroughAnswered(generation: s.generation, .success(
            PassthroughResponse(status: 200, contentType: "application/json", body: .json(got), bytes: [], duration: 0.01))))
        #expect(s.passthroughHistory.last?.response == got.prettyPrinted())
        s.press(.tab)  // response → method
        s.press(KeyEvent(.right), KeyEvent(.right), KeyEvent(.right))  // GET → POST → PUT → PATCH
        s.press(.tab, .tab)  // → body
        s.type(#"{"id": "1", "properties": {"firstname": "Ada", "lastname": "King"}}"#)
        s.press(.ctrl("s"))
        guard case .confirm(let c)? = s.topModal else { Issue.record("no confirmation: \(String(describing: s.topModal)) \(String(describing: s.status))"); return }
        #expect(c.preview.first == .plain("PATCH /crm/v3/objects/contacts/1"))
        #expect(c.preview.contains(.muted("changes against the last GET of /crm/v3/objects/contacts/1:")))
        #expect(c.preview.contains(.removed(#"-     "lastname": "Lovelace""#)))
        #expect(c.preview.contains(.added(#"+     "lastname": "King""#)))
        let screen = RootView.render(s, size: s.size, theme: .default).textDump
        #expect(screen.contains(#"+     "lastname": "King""#))
    }

    @Test func postWithoutAnEarlierGetShowsTheBody() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"))
        s.press(KeyEvent(.backTab))
        s.type("p")
        s.press(.tab, .tab)
        s.type(#"{"a": 1}"#)
        s.press(.ctrl("s"))
        guard case .confirm(let c)? = s.topModal else { Issue.record("no confirmation"); return }
        #expect(c.preview == [.plain("POST /crm/v3/objects/contacts"), .plain("{"), .plain(#"  "a": 1"#), .plain("}")])
    }

    @Test func deleteNamesTheConnection() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("d"))
        guard case .confirm(let c)? = s.topModal else { Issue.record("no confirmation"); return }
        #expect(c.preview.contains { if case .plain(let t) = $0 { return t == "integration  hubspot" }; return false })
        #expect(c.preview.contains { if case .plain(let t) = $0 { return t.hasPrefix("created      2025-") }; return false })
        #expect(c.preview.contains { if case .plain(let t) = $0 { return t.hasPrefix("health       ") }; return false })
        #expect(c.preview.contains(.plain("categories   crm")))
    }

    @Test func lineDiffFindsTheChange() {
        let d = LineDiff.lines(from: ["a", "b", "c"], to: ["a", "x", "c", "d"])
        #expect(d == [.same("a"), .added("x"), .removed("b"), .same("c"), .added("d")] || d == [.same("a"), .removed("b"), .added("x"), .same("c"), .added("d")])
        #expect(LineDiff.hunks([.same("1"), .same("2"), .same("3"), .same("4"), .added("5")], context: 1) == [.same("4"), .added("5")])
    }
}
