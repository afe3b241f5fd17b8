import Testing
import TUIKit
import TUIKitTesting

@Suite struct StatusBarTests {
    let hints = [KeyHint(key: "q", label: "quit"), KeyHint(key: "/", label: "search"), KeyHint(key: "?", label: "help"),
                 KeyHint(key: "ctrl-r", label: "refresh")]

    @Test func hintsAreDroppedWholeFromTheEnd() {
        let buffer = rendered(44, 1) { b in
            StatusBar(left: "demo", right: "1/250", hints: hints).render(into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[0] == "demo  q quit  / search  ? help         1/250")
        #expect(KeyHintLine(hints).fittingCount(width: 20) == 2)
        #expect(KeyHintLine(hints).usedWidth(within: 20) == 16)
    }

    @Test func statusBarSnapshots() {
        let buffer = rendered(50, 3) { b in
            StatusBar(left: "demo · hubspot", right: "12/250", hints: hints)
                .render(into: &b, area: Rect(x: 0, y: 0, width: 50, height: 1), theme: theme)
            StatusBar(left: "demo", right: "⠹", hints: hints, message: "429 rate limited — retrying in 3s " + hostileText)
                .render(into: &b, area: Rect(x: 0, y: 1, width: 50, height: 1), theme: theme)
            StatusBar(left: "a very long profile name that goes on", right: "a long right text as well", hints: hints)
                .render(into: &b, area: Rect(x: 0, y: 2, width: 50, height: 1), theme: theme)
        }
        #expect(isClean(buffer))
        assertSnapshot(buffer, named: "status-bar")
    }
}
