import Testing
import TUIKit
import TUIKitTesting

@Suite struct BlockTests {
    @Test func focusedBlockWithTitlesSnapshot() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let buffer = rendered(30, 5) { b in
            inner = Block(title: "Contacts", rightTitle: "12/250", footer: "? help", focused: true)
                .render(into: &b, area: b.area, theme: theme)
        }
        #expect(inner == Rect(x: 1, y: 1, width: 28, height: 3))
        assertSnapshot(buffer, named: "block-focused")
    }

    @Test func unfocusedBlockTruncatesLongAndHostileTitle() {
        let buffer = rendered(24, 3) { b in
            Block(title: "客户 🚀 " + hostileText, rightTitle: "999/1000").render(into: &b, area: b.area, theme: theme)
        }
        #expect(isClean(buffer))
        #expect(buffer.lines[0].contains("…"))
        assertSnapshot(buffer, named: "block-unfocused-hostile")
    }

    @Test func roundedBordersAndTinyAreas() {
        let buffer = rendered(8, 3) { b in
            Block(title: "X", borders: .rounded).render(into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines == ["╭─ X ──╮", "│      │", "╰──────╯"])
        // Too small to draw: nothing happens, inner rect is empty.
        var b = Buffer(size: Size(width: 1, height: 1))
        let inner = Block(title: "T").render(into: &b, area: b.area, theme: theme)
        #expect(inner.isEmpty)
        #expect(b.lines == [" "])
    }
}
