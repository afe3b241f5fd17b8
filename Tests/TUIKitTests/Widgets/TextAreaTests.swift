import Testing
import TUIKit
import TUIKitTesting

@Suite struct TextAreaStateTests {
    @Test func typingNewlinesAndAutoIndent() {
        var s = TextAreaState()
        for c in "{" { _ = s.handle(.char(c)) }
        do { let consumed = s.handle(KeyEvent(.enter)); #expect(consumed) }
        do { let consumed = s.handle(KeyEvent(.tab)); #expect(consumed) }
        s.insert("\"a\": 1,")
        do { let consumed = s.handle(KeyEvent(.enter)); #expect(consumed) }  // keeps the two-space indent
        s.insert("\"b\": 2")
        #expect(s.text == "{\n  \"a\": 1,\n  \"b\": 2")
        #expect(s.cursorRow == 2 && s.cursorColumn == 8)
        do { let consumed = s.handle(KeyEvent(.escape)); #expect(!consumed) }
    }

    @Test func backspaceAndDeleteJoinLines() {
        var s = TextAreaState(text: "ab\ncd")
        s.moveCursor(row: 1, column: 0)
        do { let consumed = s.handle(KeyEvent(.backspace)); #expect(consumed) }
        #expect(s.text == "abcd" && s.cursorRow == 0 && s.cursorColumn == 2)
        do { let consumed = s.handle(.char("\u{0}")); #expect(!consumed) }
        s.insert("\n")
        #expect(s.lines == ["ab", "cd"])
        s.moveCursor(row: 0, column: 2)
        do { let consumed = s.handle(KeyEvent(.delete)); #expect(consumed) }
        #expect(s.text == "abcd")
        s.moveCursor(row: 0, column: 0)
        do { let consumed = s.handle(KeyEvent(.backspace)); #expect(consumed) }  // at the very start: no change
        #expect(s.text == "abcd")
    }

    @Test func arrowsRememberTheGoalColumnAndWrapAtLineEdges() {
        var s = TextAreaState(text: "long line here\nab\nanother long one")
        s.moveCursor(row: 0, column: 10)
        _ = s.handle(KeyEvent(.down))
        #expect(s.cursorRow == 1 && s.cursorColumn == 2)
        _ = s.handle(KeyEvent(.down))
        #expect(s.cursorRow == 2 && s.cursorColumn == 10)
        _ = s.handle(KeyEvent(.end))
        _ = s.handle(KeyEvent(.right))  // at end of the last line: stays
        #expect(s.cursorRow == 2 && s.cursorColumn == 16)
        s.moveCursor(row: 1, column: 0)
        _ = s.handle(KeyEvent(.left))
        #expect(s.cursorRow == 0 && s.cursorColumn == 14)
        _ = s.handle(KeyEvent(.right))
        #expect(s.cursorRow == 1 && s.cursorColumn == 0)
        _ = s.handle(KeyEvent(.end, modifiers: .ctrl))
        #expect(s.cursorRow == 2 && s.cursorColumn == 16)
        _ = s.handle(KeyEvent(.home, modifiers: .ctrl))
        #expect(s.cursorRow == 0 && s.cursorColumn == 0)
    }

    @Test func pagingAndScrolling() {
        var s = TextAreaState(text: (1...50).map { "line \($0)" }.joined(separator: "\n"), viewportWidth: 5, viewportHeight: 10)
        _ = s.handle(KeyEvent(.pageDown))
        #expect(s.cursorRow == 10 && s.rowOffset == 10)
        _ = s.handle(KeyEvent(.pageDown))
        _ = s.handle(KeyEvent(.pageDown))
        _ = s.handle(KeyEvent(.pageDown))
        _ = s.handle(KeyEvent(.pageDown))
        #expect(s.cursorRow == 49 && s.rowOffset == 40)
        _ = s.handle(KeyEvent(.pageUp))
        #expect(s.cursorRow == 39 && s.rowOffset == 30)
        _ = s.handle(KeyEvent(.end))
        #expect(s.columnOffset == 3)  // "line 40" is 7 wide; cursor at column 7 in 5 columns
        _ = s.handle(KeyEvent(.home))
        #expect(s.columnOffset == 0)
    }

    @Test func textSetterSplitsCRLFAndClampsCursor() {
        var s = TextAreaState(text: "a\r\nb\nccc")
        #expect(s.lines == ["a", "b", "ccc"])
        s.moveCursor(row: 2, column: 3)
        s.text = "x"
        #expect(s.cursorRow == 0 && s.cursorColumn == 1)
    }

    @Test func textAreaSnapshot() {
        var s = TextAreaState(text: "{\n  \"name\": \"Zoë 李\",\n  \"emoji\": \"🚀🚀\",\n  \"evil\": \"\(hostileText)\"\n}")
        s.moveCursor(row: 1, column: 4)
        let buffer = rendered(30, 6) { b in
            TextArea(lineNumbers: true).render(state: s, into: &b, area: Rect(x: 0, y: 0, width: 30, height: 5), theme: theme)
            TextArea(focused: false, placeholder: "JSON body").render(state: TextAreaState(), into: &b, area: Rect(x: 0, y: 5, width: 30, height: 1), theme: theme)
        }
        #expect(isClean(buffer))
        assertSnapshot(buffer, named: "text-area")
    }

    @Test func horizontallyScrolledSnapshot() {
        var s = TextAreaState(text: "short\n0123456789abcdefghij\n東京東京東京東京", viewportWidth: 8, viewportHeight: 3)
        s.moveCursor(row: 1, column: 14)
        let buffer = rendered(8, 3) { b in
            TextArea().render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[1] == "789abcde")
        assertSnapshot(buffer, named: "text-area-scrolled")
    }
}
