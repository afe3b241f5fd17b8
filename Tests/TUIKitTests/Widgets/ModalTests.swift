import Testing
import TUIKit
import TUIKitTesting

@Suite struct ModalTests {
    func screen() -> Buffer {
        rendered(40, 10) { b in
            for y in 0..<10 { b.write(String(repeating: "background ", count: 4), at: Point(x: 0, y: y), style: theme[.text]) }
        }
    }

    @Test func modalDimsBackgroundCentresAndReturnsInnerRect() {
        var b = screen()
        let inner = Modal(title: "Connect", size: Size(width: 20, height: 6)).render(into: &b, area: b.area, theme: theme)
        #expect(inner == Rect(x: 11, y: 3, width: 18, height: 4))
        #expect(b[0, 0].style.attributes.contains(.dim))
        #expect(!b[12, 4].style.attributes.contains(.dim))
        assertSnapshot(b, named: "modal")
    }

    @Test func modalIsClampedToTheScreen() {
        var b = screen()
        let inner = Modal(title: "Huge", size: Size(width: 200, height: 100)).render(into: &b, area: b.area, theme: theme)
        #expect(inner == Rect(x: 1, y: 1, width: 38, height: 8))
    }

    @Test func confirmDialogSnapshot() {
        var b = screen()
        ConfirmDialog(title: "Delete connection", message: "Delete connection hubspot-1 (张伟)? This cannot be undone.",
                      destructive: true, maxWidth: 30).render(into: &b, area: b.area, theme: theme)
        #expect(b.textDump.contains("cannot be undone."))
        assertSnapshot(b, named: "confirm-dialog")
    }
}
