import Testing
import TUIKit
import TUIKitTesting

@Suite struct TextFieldStateTests {
    func typed(_ text: String) -> TextFieldState {
        var s = TextFieldState()
        for c in text { _ = s.handle(.char(c)) }
        return s
    }

    @Test func insertMoveAndDelete() {
        var s = typed("helo")
        do { let consumed = s.handle(KeyEvent(.left)); #expect(consumed) }
        do { let consumed = s.handle(.char("l")); #expect(consumed) }
        #expect(s.text == "hello" && s.cursor == 4)
        do { let consumed = s.handle(KeyEvent(.home)); #expect(consumed) }
        do { let consumed = s.handle(KeyEvent(.delete)); #expect(consumed) }
        #expect(s.text == "ello" && s.cursor == 0)
        do { let consumed = s.handle(KeyEvent(.backspace)); #expect(consumed) }  // at start: nothing to delete, still consumed
        #expect(s.text == "ello")
        do { let consumed = s.handle(.ctrl("e")); #expect(consumed) }
        do { let consumed = s.handle(KeyEvent(.backspace)); #expect(consumed) }
        #expect(s.text == "ell" && s.cursor == 3)
        do { let consumed = s.handle(.ctrl("a")); #expect(consumed) }
        #expect(s.cursor == 0)
        do { let consumed = s.handle(KeyEvent(.enter)); #expect(!consumed) }
        do { let consumed = s.handle(KeyEvent(.escape)); #expect(!consumed) }
        do { let consumed = s.handle(KeyEvent(.up)); #expect(!consumed) }
        do { let consumed = s.handle(.ctrl("x")); #expect(!consumed) }
    }

    @Test func wordMotion() {
        var s = typed("GET /v1/integrations?limit=10")
        do { let consumed = s.handle(.alt("b")); #expect(consumed) }
        #expect(s.cursor == 27)  // before "10"
        do { let consumed = s.handle(KeyEvent(.left, modifiers: .ctrl)); #expect(consumed) }
        #expect(s.cursor == 21)  // before "limit"
        do { let consumed = s.handle(KeyEvent(.left, modifiers: .alt)); #expect(consumed) }
        #expect(s.cursor == 8)  // before "integrations"
        do { let consumed = s.handle(.alt("f")); #expect(consumed) }
        #expect(s.cursor == 20)  // after "integrations"
        do { let consumed = s.handle(KeyEvent(.right, modifiers: .ctrl)); #expect(consumed) }
        #expect(s.cursor == 26)  // after "limit"
        s.moveHome()
        s.moveWordLeft()
        #expect(s.cursor == 0)
    }

    @Test func killCommands() {
        var s = typed("curl -H auth https://x.test/a")
        do { let consumed = s.handle(.ctrl("w")); #expect(consumed) }
        #expect(s.text == "curl -H auth ")
        do { let consumed = s.handle(.ctrl("w")); #expect(consumed) }
        #expect(s.text == "curl -H ")
        s.moveCursor(to: 4)
        do { let consumed = s.handle(.ctrl("k")); #expect(consumed) }
        #expect(s.text == "curl")
        s.text = "abc def"
        s.moveCursor(to: 4)
        do { let consumed = s.handle(.ctrl("u")); #expect(consumed) }
        #expect(s.text == "def" && s.cursor == 0)
        do { let consumed = s.handle(.alt("d")); #expect(consumed) }
        #expect(s.text == "")
        s.text = "foo.bar"
        do { let consumed = s.handle(KeyEvent(.backspace, modifiers: .alt)); #expect(consumed) }
        #expect(s.text == "foo.")
    }

    @Test func insertDropsNewlinesAndIgnoresControlCharacters() {
        var s = TextFieldState()
        s.insert("tok\nen\r\n")
        #expect(s.text == "token")
        do { let consumed = s.handle(.char("\u{1B}")); #expect(!consumed) }
        #expect(s.text == "token")
    }

    @Test func horizontalScrollKeepsCursorVisible() {
        var s = TextFieldState(viewportWidth: 5)
        s.insert("abcdefghij")
        #expect(s.scroll == 6)  // cursor at column 10 in the last visible column
        s.moveHome()
        #expect(s.scroll == 0)
        s.moveEnd()
        s.moveCursor(to: 7)  // still visible: no scroll
        #expect(s.scroll == 6)
        s.deleteToStart()  // text shrank: show as much as fits
        #expect(s.scroll == 0)
    }

    @Test func fieldSnapshots() {
        var s = TextFieldState(text: "café 東京 🚀 done")
        s.moveCursor(to: 5)
        let buffer = rendered(24, 4) { b in
            TextField().render(state: s, into: &b, area: Rect(x: 0, y: 0, width: 24, height: 1), theme: theme)
            TextField(masked: true).render(state: TextFieldState(text: "s3cret-token"), into: &b, area: Rect(x: 0, y: 1, width: 24, height: 1), theme: theme)
            TextField(placeholder: "Search…", focused: false).render(state: TextFieldState(), into: &b, area: Rect(x: 0, y: 2, width: 24, height: 1), theme: theme)
            var long = TextFieldState(text: String(repeating: "x", count: 30) + hostileText, viewportWidth: 10)
            long.moveEnd()
            TextField().render(state: long, into: &b, area: Rect(x: 0, y: 3, width: 10, height: 1), theme: theme)
        }
        #expect(isClean(buffer))
        #expect(buffer.lines[1].hasPrefix("••••••••••••"))
        #expect(!buffer.lines[1].contains("s3cret"))
        assertSnapshot(buffer, named: "text-fields")
    }
}
