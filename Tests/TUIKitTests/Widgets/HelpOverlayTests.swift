import Testing
import TUIKit
import TUIKitTesting

@Suite struct HelpOverlayTests {
    let sections = [
        HelpSection("Global", hints: [KeyHint(key: "q", label: "quit"), KeyHint(key: "?", label: "help"), KeyHint(key: ":", label: "command palette")]),
        HelpSection("Records", hints: [KeyHint(key: "↑/k", label: "up"), KeyHint(key: "↓/j", label: "down"), KeyHint(key: "enter", label: "open record"),
                                       KeyHint(key: "/", label: "filter"), KeyHint(key: "s", label: "sort")]),
        HelpSection("JSON", hints: [KeyHint(key: "space", label: "fold"), KeyHint(key: "n/N", label: "next/prev match")]),
    ]

    @Test func helpInColumnsSnapshot() {
        let buffer = rendered(80, 16) { b in
            HelpOverlay(sections: sections).render(state: HelpOverlayState(), into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.textDump.contains("command palette"))
        assertSnapshot(buffer, named: "help-overlay")
    }

    @Test func helpScrollsWhenTooTall() {
        let overlay = HelpOverlay(sections: sections)
        let screen = Rect(x: 0, y: 0, width: 30, height: 9)
        #expect(overlay.maxScroll(in: screen) == 10)
        #expect(overlay.visibleRows(in: screen) == 5)
        var state = HelpOverlayState(viewportHeight: overlay.visibleRows(in: screen))
        do { let consumed = state.handle(KeyEvent(.end), maxScroll: overlay.maxScroll(in: screen)); #expect(consumed) }
        #expect(state.scroll == 10)
        let buffer = rendered(30, 9) { b in overlay.render(state: state, into: &b, area: b.area, theme: theme) }
        #expect(buffer.textDump.contains("next/prev"))
        #expect(!buffer.textDump.contains("Global"))
        do { let consumed = state.handle(KeyEvent(.down), maxScroll: 10); #expect(consumed) }
        #expect(state.scroll == 10)
        do { let consumed = state.handle(KeyEvent(.up), maxScroll: 10); #expect(consumed) }
        #expect(state.scroll == 9)
        do { let consumed = state.handle(KeyEvent(.pageUp), maxScroll: 10); #expect(consumed) }
        #expect(state.scroll == 4)
        do { let consumed = state.handle(.char("g"), maxScroll: 10); #expect(consumed) }
        #expect(state.scroll == 0)
        do { let consumed = state.handle(.char("x"), maxScroll: 10); #expect(!consumed) }
        assertSnapshot(buffer, named: "help-overlay-scrolled")
    }
}
