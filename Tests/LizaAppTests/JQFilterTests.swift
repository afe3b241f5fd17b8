import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

@Suite struct JQFilterTests {
    func documentState() -> AppState {
        var s = Fixtures.recordsState()
        s.press(.enter)  // open the record
        return s
    }

    var document: (AppState) -> DocumentState? {
        { s in if case .document(let d)? = s.topModal { return d } else { return nil } }
    }

    @Test func pipeRunsJQAndShowsItsOutputThenAllAgain() throws {
        var s = documentState()
        let original = try #require(document(s)).json.value
        s.press(.char("|"))
        #expect(s.keyContext == .jqPrompt)
        s.type(".id")
        let fx = s.press(.enter)
        let g = s.generation
        #expect(fx.contains(.jqFilter(input: original.serialized(), expression: ".id", generation: g)))
        #expect(s.loadingLabel == "running jq")
        _ = AppUpdate.update(&s, .jqFiltered(generation: g, .success("\"c-1\"\n")))
        let filtered = try #require(document(s))
        #expect(filtered.json.value == .string("c-1"))
        #expect(s.status.notice == "| .id: 1 result")
        #expect(RootView.render(s, size: s.size, theme: .default).textDump.contains("| .id"))
        // Several values become an array; the filter runs on the original, not on the last output.
        s.press(.char("|"), .ctrl("u"))
        s.type(".emails[]")
        let again = s.press(.enter)
        #expect(again.contains(.jqFilter(input: original.serialized(), expression: ".emails[]", generation: s.generation)))
        _ = AppUpdate.update(&s, .jqFiltered(generation: s.generation, .success("{\n  \"a\": 1\n}\n{\n  \"a\": 2\n}\n")))
        #expect(document(s)?.json.value == .array([.object([("a", .int(1))]), .object([("a", .int(2))])]))
        // An empty expression shows all of it again.
        s.press(.char("|"), .ctrl("u"), .enter)
        #expect(document(s)?.json.value == original)
        #expect(document(s)?.jq.applied == nil)
    }

    @Test func jqErrorsAreShownAndTheViewKept() throws {
        var s = documentState()
        let original = try #require(document(s)).json.value
        s.press(.char("|"))
        s.type(".[")
        s.press(.enter)
        _ = AppUpdate.update(&s, .jqFiltered(generation: s.generation, .failure(AppFailure("jq: error: syntax error"))))
        #expect(s.status.error == "jq: jq: error: syntax error")
        #expect(document(s)?.json.value == original)
        // A late answer for an older run is dropped.
        _ = AppUpdate.update(&s, .jqFiltered(generation: s.generation - 1, .success("1")))
        #expect(document(s)?.json.value == original)
    }

    @Test func theSystemJQRuns() async {
        let ok = await JQRunner.run(input: #"{"id":"x","n":[1,2]}"#, expression: ".n[]")
        #expect(ok == .success("1\n2\n"))
        let bad = await JQRunner.run(input: "{}", expression: ".[")
        guard case .failure(let f) = bad else { Issue.record("a bad expression ran"); return }
        #expect(f.message.contains("error"))
        let missing = await JQRunner.run(input: "{}", expression: ".", environment: ["PATH": "/nonexistent"])
        #expect(missing == .failure(AppFailure("jq is not installed (Debian/Ubuntu: sudo apt-get install jq; macOS: brew install jq)")))
    }
}
