import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

@Suite struct JSONViewTests {
    static let record: JSONValue = .object([
        ("id", .string("c_1")),
        ("name", .string("Zoë 李 🚀")),
        ("emails", .array([.object([("email", .string("z@example.com")), ("type", .string("WORK"))])])),
        ("address", .object([("city", .string("Paris")), ("postal_code", .string("75001")), ("country", .string("FR"))])),
        ("age", .number("42")),
        ("vip", .bool(true)),
        ("manager", .null),
        ("tags", .array([])),
        ("bio", .string(hostileText + " and a very long biography that does not fit on one line at all")),
    ])

    @Test func prettyPrintedLines() {
        let s = JSONViewState(value: Self.record)
        #expect(s.text(ofLine: 0) == "{")
        #expect(s.text(ofLine: 1) == "  \"id\": \"c_1\",")
        #expect(s.text(ofLine: 3) == "  \"emails\": [")
        #expect(s.text(ofLine: 4) == "    {")
        #expect(s.text(ofLine: 7) == "    }")
        #expect(s.text(ofLine: 8) == "  ],")
        #expect(s.text(ofLine: s.lineCount - 2).hasPrefix("  \"bio\": \"\\u001b[31mred"))
        #expect(s.text(ofLine: s.lineCount - 1) == "}")
        #expect(s.lines.contains { $0.key == "tags" && $0.content == .scalar(.array([])) })
    }

    @Test func foldingAtCursorAndFromInside() {
        var s = JSONViewState(value: Self.record)
        let total = s.lineCount
        s.moveCursor(to: 9)  // "address": {
        #expect(s.text(ofLine: 9) == "  \"address\": {")
        s.toggleFold()
        #expect(s.text(ofLine: 9) == "  \"address\": {…} 3 keys,")
        #expect(s.lineCount == total - 4)
        s.toggleFold()
        #expect(s.lineCount == total)
        s.moveCursor(to: 11)  // "postal_code" inside address: folds the enclosing object
        s.toggleFold()
        #expect(s.cursor == 9)
        #expect(s.text(ofLine: 9) == "  \"address\": {…} 3 keys,")
        do { let consumed = s.handle(KeyEvent(.right)); #expect(consumed) }  // unfold
        #expect(s.lineCount == total)
        s.moveCursor(to: 5)  // "email" inside emails[0]
        do { let consumed = s.handle(KeyEvent(.left)); #expect(consumed) }
        #expect(s.text(ofLine: 4) == "    {…} 2 keys")
        do { let consumed = s.handle(KeyEvent(.left)); #expect(consumed) }  // already folded: climbs to the array
        #expect(s.text(ofLine: 3) == "  \"emails\": […] 1 item,")
        #expect(s.cursor == 3)
    }

    @Test func foldAllAndUnfoldAll() {
        var s = JSONViewState(value: Self.record)
        let total = s.lineCount
        do { let consumed = s.handle(.char("Z")); #expect(consumed) }
        #expect(s.lineCount == 11)  // { + 9 members + }
        do { let consumed = s.handle(.char("U")); #expect(consumed) }
        #expect(s.lineCount == total)
    }

    @Test func foldsSurviveKeepFoldsAndResetOtherwise() {
        var s = JSONViewState(value: Self.record)
        s.moveCursor(to: 9)
        s.toggleFold()
        let folded = s.lineCount
        s.setValue(Self.record, keepFolds: true)
        #expect(s.lineCount == folded)
        s.setValue(.array([.int(1)]))
        #expect(s.lineCount == 3)
        #expect(s.cursor == 2)  // clamped
    }

    @Test func scrollingKeys() {
        let big = JSONValue.array((0..<100).map { .int($0) })
        var s = JSONViewState(value: big, viewportHeight: 10)
        do { let consumed = s.handle(.char("G")); #expect(consumed) }
        #expect(s.cursor == 101 && s.offset == 92)
        do { let consumed = s.handle(KeyEvent(.pageUp)); #expect(consumed) }
        #expect(s.cursor == 91 && s.offset == 82)
        do { let consumed = s.handle(.char("g")); #expect(consumed) }
        #expect(s.cursor == 0 && s.offset == 0)
        do { let consumed = s.handle(.char("j")); #expect(consumed) }
        do { let consumed = s.handle(KeyEvent(.pageDown)); #expect(consumed) }
        #expect(s.cursor == 11 && s.offset == 10)
        do { let consumed = s.handle(.char("x")); #expect(!consumed) }
    }

    @Test func searchFindsNextAndPreviousWithWrap() {
        var s = JSONViewState(value: Self.record)
        do { let consumed = s.search("PARIS"); #expect(consumed) }
        #expect(s.text(ofLine: s.cursor).contains("Paris"))
        do { let consumed = s.search("\"type\""); #expect(consumed) }
        let typeLine = s.cursor
        do { let consumed = s.search("example"); #expect(consumed) }
        #expect(s.cursor == typeLine - 1)
        do { let consumed = s.search("nowhere-to-be-found"); #expect(!consumed) }
        #expect(s.cursor == typeLine - 1)
        _ = s.search("\"c")  // "c_1" and "city", "country"
        let first = s.cursor
        do { let consumed = s.handle(.char("n")); #expect(consumed) }
        #expect(s.cursor > first)
        do { let consumed = s.handle(.char("N")); #expect(consumed) }
        #expect(s.cursor == first)
        #expect(s.matchingLines().count == 3)
    }

    @Test func fiveThousandElementArrayFlattensOnce() {
        let big = JSONValue.array((0..<5_000).map { i in .object([("id", .int(i)), ("name", .string("n\(i)"))]) })
        var s = JSONViewState(value: big, viewportHeight: 20)
        #expect(s.lineCount == 2 + 5_000 * 4)
        s.moveToBottom()
        let buffer = rendered(30, 20) { b in JSONView().render(state: s, into: &b, area: b.area, theme: theme) }
        #expect(buffer.lines[19].hasPrefix("]"))
    }

    @Test func deeplyNestedValueDoesNotOverflowTheStack() {
        var v = JSONValue.int(1)
        for _ in 0..<10_000 { v = .array([v]) }
        let s = JSONViewState(value: v)
        #expect(s.lineCount == 20_001)
    }

    @Test func jsonViewSnapshot() {
        var s = JSONViewState(value: Self.record, viewportHeight: 12)
        s.moveCursor(to: 9)
        s.toggleFold()
        s.search("z")
        let buffer = rendered(44, 14) { b in JSONView().render(state: s, into: &b, area: b.area, theme: theme) }
        #expect(isClean(buffer))
        assertSnapshot(buffer, named: "json-view")
    }

    @Test func searchPromptTypesSubmitsAndCancels() {
        var s = JSONViewState(value: Self.record)
        #expect(!s.isSearching)
        do { let consumed = s.handle(.char("/")); #expect(consumed) }
        #expect(s.isSearching && s.searchField?.text == "")
        // While the prompt is open, letters are text, not commands (`n` does not jump).
        for c in "paris" { let consumed = s.handle(.char(c)); #expect(consumed) }
        #expect(s.cursor == 0 && s.searchField?.text == "paris")
        do { let consumed = s.handle(KeyEvent(.enter)); #expect(consumed) }
        #expect(!s.isSearching && s.query == "paris")
        #expect(s.text(ofLine: s.cursor).contains("Paris"))
        // Reopening shows the last search; Esc keeps it.
        s.beginSearch()
        #expect(s.searchField?.text == "paris")
        s.editSearch(.char("x"))
        s.cancelSearch()
        #expect(!s.isSearching && s.query == "paris")
        // Submitting an empty prompt clears the search.
        s.beginSearch()
        s.editSearch(.ctrl("u"))
        do { let found = s.submitSearch(); #expect(!found) }
        #expect(s.query.isEmpty && s.matchingLines().isEmpty)
        do { let found = s.submitSearch(); #expect(!found) }  // no prompt open
    }

    @Test func searchBarShowsThePromptThenTheMatchCount() {
        var s = JSONViewState(value: Self.record, viewportHeight: 9)
        let view = JSONView(searchBar: true)
        #expect(view.linesHeight(state: s, height: 10) == 10)
        s.beginSearch()
        s.editSearch(.char("c"))
        #expect(view.linesHeight(state: s, height: 10) == 9)
        let typing = rendered(50, 10) { b in view.render(state: s, into: &b, area: b.area, theme: theme) }
        #expect(typing.lines[9].hasPrefix("/c"))
        s.submitSearch()
        let after = rendered(50, 10) { b in view.render(state: s, into: &b, area: b.area, theme: theme) }
        #expect(after.lines[9].hasPrefix("/c  ·  \(s.matchingLines().count) matches · n next · N previous"))
        // Without the option the bar is never drawn and every row shows lines.
        let plain = rendered(50, 10) { b in JSONView().render(state: s, into: &b, area: b.area, theme: theme) }
        #expect(!plain.lines[9].hasPrefix("/"))
    }

    @Test func equalStatesHashEqually() {
        var a = JSONViewState(value: Self.record)
        var b = JSONViewState(value: Self.record)
        #expect(a == b && a.hashValue == b.hashValue)
        a.beginSearch()
        #expect(a != b)
        b.beginSearch()
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
    }
}
