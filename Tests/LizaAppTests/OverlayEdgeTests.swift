import LizaAPI
@testable import LizaApp
import Testing
import TUIKit
import TUIKitTesting

/// Issue 14 item 3: an overlay leaves no fragment of the screen beneath at its edges (the `s` of
/// "tab cycles" showed just past the help box's top-right corner at 80×24).
@Suite struct OverlayEdgeTests {
    /// The help overlay over the whole start screen (tabs, the Integrations pane) at 80×24.
    @Test func helpOverTheFullScreenAt80x24() async throws {
        var s = SandboxFixtures.loadedState(size: Size(width: 80, height: 24), try await SandboxFixtures.shared.data())
        s.status.notice = nil
        let beneath = RootView.render(s, size: s.size, theme: .testing)
        #expect(beneath.lines[1].hasSuffix("tab cycles "), "the screen beneath has the words the issue saw")
        s.press(.char("?"))
        let screen = RootView.render(s, size: s.size, theme: .testing)
        assertSnapshot(screen, named: "help-over-integrations-80x24")
        let box = LayoutPlan.helpRect(in: s.size)
        for y in box.minY..<box.maxY {
            #expect(screen[box.minX - 1, y].grapheme == " ", "row \(y): a glyph of the screen beneath left of the overlay")
            #expect(screen[box.maxX, y].grapheme == " ", "row \(y): a glyph of the screen beneath right of the overlay")
        }
        #expect(screen.lines[1].last { $0 != " " } == "┐")
    }

    /// Every overlay drawn with `Draw.box(clear:)` blanks the column at each side and the rest of
    /// a word cut there (wide glyphs whole); a word that was not cut and the borders beneath stay.
    @Test func aBoxClearsTheWordsItCutsAndNothingElse() {
        var buffer = Buffer(size: Size(width: 18, height: 3))
        buffer.write(String(repeating: "─", count: 18), at: Point(x: 0, y: 0))
        buffer.write("one two│three four", at: Point(x: 0, y: 1))
        buffer.write(String(repeating: "界", count: 9), at: Point(x: 0, y: 2))
        _ = Draw.box(&buffer, Rect(x: 6, y: 0, width: 6, height: 3), title: "", focused: true, theme: .testing, clear: true)
        #expect(buffer.lines[0] == "───── ┌────┐ ─────")
        #expect(buffer.lines[1] == "one   │    │  four")
        #expect(buffer.lines[2] == "      └────┘      ")
    }
}
