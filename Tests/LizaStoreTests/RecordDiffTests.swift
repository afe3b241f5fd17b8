import OrderedJSON
import Testing
@testable import LizaStore

@Suite struct RecordDiffTests {
    @Test func changedAddedAndRemovedFields() throws {
        let before = try JSONValue.parse(#"{"id":"1","name":"Ada","emails":[{"email":"a@x.org"}],"phone":"1","updated_at":"2026-01-01T00:00:00Z"}"#)
        let after = try JSONValue.parse(#"{"id":"1","name":"Ada Byron","emails":[{"email":"a@x.org"}],"title":"Countess","updated_at":"2026-02-01T00:00:00Z"}"#)
        let diff = RecordDiff.fields(before: before, after: after)
        #expect(diff == [
            RecordDiff.Field(path: "name", before: "Ada", after: "Ada Byron"),
            RecordDiff.Field(path: "title", before: nil, after: "Countess"),
            RecordDiff.Field(path: "updated_at", before: "2026-01-01T00:00:00Z", after: "2026-02-01T00:00:00Z"),
            RecordDiff.Field(path: "phone", before: "1", after: nil),
        ])
        #expect(RecordDiff.fields(before: after, after: after).isEmpty)
    }
}
