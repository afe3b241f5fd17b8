import Testing
import TUIKit
import TUIKitTesting

@Suite struct ListStateTests {
    @Test func selectionIsClampedAndNilWhenEmpty() {
        var s = ListState()
        s.selectNext(count: 3)
        #expect(s.selected == 0)
        s.selectLast(count: 3)
        s.selectNext(count: 3)
        #expect(s.selected == 2)
        s.selectFirst(count: 3)
        s.selectPrevious(count: 3)
        #expect(s.selected == 0)
        s.clamp(count: 0)
        #expect(s.selected == nil && s.offset == 0)
        s.select(10, count: 5)
        #expect(s.selected == 4)
    }

    @Test func scrollMovesAsLittleAsPossible() {
        var s = ListState(viewportHeight: 5)
        for _ in 0..<7 { s.selectNext(count: 100) }  // selected 6
        #expect(s.selected == 6 && s.offset == 2)
        s.selectPrevious(count: 100)  // 5: still visible, offset stays
        #expect(s.offset == 2)
        for _ in 0..<4 { s.selectPrevious(count: 100) }  // 1: scrolls up to it
        #expect(s.selected == 1 && s.offset == 1)
        s.pageDown(count: 100)
        #expect(s.selected == 6 && s.offset == 6)
        s.selectLast(count: 100)
        #expect(s.offset == 95)
        s.clamp(count: 50)  // rows shrank
        #expect(s.selected == 49 && s.offset == 45)
    }

    @Test func keysNavigate() {
        var s = ListState(viewportHeight: 10)
        do { let consumed = s.handle(.char("j"), count: 30); #expect(consumed) }
        do { let consumed = s.handle(KeyEvent(.down), count: 30); #expect(consumed) }
        #expect(s.selected == 1)
        do { let consumed = s.handle(KeyEvent(.end), count: 30); #expect(consumed) }
        #expect(s.selected == 29)
        do { let consumed = s.handle(.char("g"), count: 30); #expect(consumed) }
        #expect(s.selected == 0)
        do { let consumed = s.handle(.char("x"), count: 30); #expect(!consumed) }
    }

    @Test func drawingKeepsSelectionVisibleEvenWithUnknownViewport() {
        let s = ListState(selected: 40, offset: 0)  // viewport never set
        #expect(s.visibleOffset(height: 10, count: 100) == 31)
    }
}

@Suite struct ListViewTests {
    @Test func listSnapshot() {
        let items = ["hubspot", "zendesk", "google calendar 日历", hostileText, "salesforce"]
        let s = ListState(selected: 2)
        let buffer = rendered(26, 4) { b in
            ListView(items: items, highlightSymbol: "› ").render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(isClean(buffer))
        assertSnapshot(buffer, named: "list-selected")
    }

    @Test func lazyListOnlyAsksForVisibleItems() {
        var asked: [Int] = []
        let s = ListState(selected: 500_000)
        _ = rendered(20, 5) { b in
            ListView(count: 1_000_000, focused: false) { i in asked.append(i); return "item \(i)" }
                .render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(asked == Array(499_996...500_000))
    }

    @Test func emptyListShowsEmptyText() {
        let buffer = rendered(20, 2) { b in
            ListView(items: [], emptyText: "No connections").render(state: ListState(), into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[0].hasPrefix("No connections"))
    }
}
