import LizaAPI
import OrderedJSON
import Testing

/// One column policy for the CLI's table and the TUI's Records pane.
@Suite struct RecordColumnsTests {
    @Test func identifyingFieldsFirstTimestampsLastTheRestInOrder() {
        let fields = ["updated_at", "zeta", "title", "id", "alpha", "created_at", "emails[0].email", "name"]
        #expect(RecordColumns.ordered(fields) == ["id", "name", "emails[0].email", "title", "zeta", "alpha", "created_at", "updated_at"])
        #expect(RecordColumns.ordered(["b", "a", "b"]) == ["b", "a"], "each field once, where it first appears")
    }

    @Test func theTerminalTableUsesTheSameOrder() throws {
        let record = try JSONValue.parse(#"{"title":"CTO","status":"open","emails":["a@x"],"id":"1","company":"Acme","x":1}"#)
        #expect(RecordColumns.terminalColumns([record]) == ["id", "emails", "status", "title", "company", "x"])
    }
}
