import LizaAPI
@testable import LizaApp
import Testing
import TUIKit

@Suite struct CurlImportTests {
    @Test func pastingACurlIntoThePathFillsTheForm() {
        var s = Fixtures.loadedState()
        s.press(.char("2"), .char("p"))
        guard case .passthrough? = s.topModal else { Issue.record("no form"); return }
        s.press(.ctrl("u"))  // clear the example path
        // As a terminal delivers a paste: characters, and enter for each line break.
        for (i, line) in ["curl -X PUT 'https://api.hubapi.com/crm/v3/objects/contacts/1' \\", "  -d '{\"properties\":", "{\"a\": 1}}'"].enumerated() {
            if i > 0 { s.press(.enter) }
            s.type(line)
        }
        s.press(.enter)
        guard case .passthrough(let form)? = s.topModal else { Issue.record("no form"); return }
        #expect(form.method == .PUT)
        #expect(form.path.text == "/crm/v3/objects/contacts/1")
        #expect(form.body.text == "{\n  \"properties\": {\n    \"a\": 1\n  }\n}")
        #expect(form.bodyError == nil && form.focus == .body)
        #expect(s.status.notice == "imported the curl command: PUT /crm/v3/objects/contacts/1")
    }
}
