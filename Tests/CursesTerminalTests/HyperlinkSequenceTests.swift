import Foundation
@testable import CursesTerminal
import Testing
import TUIKit

/// The painter's OSC 8 output: exact bytes, and no control byte from a URL ever reaching the terminal.
@Suite struct HyperlinkSequenceTests {
    let plainColors: (Style) -> (colors: ColorPairRegistry.Colors, addBold: Bool) = { _ in
        (ColorPairRegistry.Colors(foreground: -1, background: -1), false)
    }

    @Test func aLinkIsRewrittenInsideOSC8BetweenSaveAndRestore() {
        var buffer = Buffer(size: Size(width: 20, height: 3))
        buffer.write("https://a.example/x", at: Point(x: 1, y: 1), style: Style(attributes: .underline))
        buffer.link("https://a.example/x", row: 1, x: 1, width: 19)
        let bytes = HyperlinkSequence.bytes(for: buffer, rows: nil, colors: plainColors)
        #expect(bytes == "\u{1B}7\u{1B}[2;2H\u{1B}]8;;https://a.example/x\u{1B}\\\u{1B}[0;4;39;49mhttps://a.example/x\u{1B}]8;;\u{1B}\\\u{1B}[0m\u{1B}8")
    }

    @Test func aWrappedURLIsOneLinkPerRowToTheSameAddress() {
        let url = "https://a.example/authorize?state=0123456789"
        var buffer = Buffer(size: Size(width: 24, height: 4))
        let rows = [String(url.prefix(20)), String(url.dropFirst(20))]
        for (i, row) in rows.enumerated() {
            buffer.write(row, at: Point(x: 2, y: i), style: .plain)
            buffer.link(url, row: i, x: 2, width: row.count)
        }
        let bytes = HyperlinkSequence.bytes(for: buffer, rows: nil, colors: plainColors)
        #expect(bytes.components(separatedBy: "\u{1B}]8;;\(url)\u{1B}\\").count == 3)
        #expect(bytes.contains("\u{1B}[1;3H") && bytes.contains("\u{1B}[2;3H"))
        // Only the rows asked for.
        let second = HyperlinkSequence.bytes(for: buffer, rows: [1], colors: plainColors)
        #expect(!second.contains("\u{1B}[1;3H") && second.contains("\u{1B}[2;3H"))
        #expect(HyperlinkSequence.bytes(for: buffer, rows: [3], colors: plainColors).isEmpty)
    }

    @Test func controlBytesInAURLNeverReachTheTerminal() {
        let hostile = "https://evil.example/\u{1B}]8;;https://other\u{07}\u{1B}[2J\u{9B}31m é"
        var buffer = Buffer(size: Size(width: 60, height: 2))
        buffer.write(hostile, at: Point(x: 0, y: 0), style: .plain)
        buffer.link(hostile, row: 0, x: 0, width: 60)
        let bytes = HyperlinkSequence.bytes(for: buffer, rows: nil, colors: plainColors)
        // Take out the sequences the painter itself writes; what is left has no control byte.
        var rest = bytes
        for own in ["\u{1B}7", "\u{1B}8", "\u{1B}[1;1H", "\u{1B}]8;;", "\u{1B}\\", "\u{1B}[0;39;49m", "\u{1B}[0m"] {
            rest = rest.replacingOccurrences(of: own, with: "")
        }
        #expect(!rest.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(rest.debugDescription)")
        #expect(buffer.links.first?.url == "https://evil.example/]8;;https://other[2J%C2%9B31m%20%C3%A9")
    }

    @Test func coloursAndAttributesFollowTheCells() {
        #expect(HyperlinkSequence.sgr([.bold, .underline], ColorPairRegistry.Colors(foreground: 4, background: -1), addBold: false) == "\u{1B}[0;1;4;34;49m")
        #expect(HyperlinkSequence.sgr([], ColorPairRegistry.Colors(foreground: 12, background: 200), addBold: true) == "\u{1B}[0;1;94;48;5;200m")
    }

    @Test func aBoxFilledOverALinkRemovesIt() {
        var buffer = Buffer(size: Size(width: 20, height: 3))
        buffer.link("https://a.example", row: 1, x: 0, width: 17)
        buffer.fill(Rect(x: 5, y: 0, width: 4, height: 3))
        #expect(buffer.links.isEmpty)
    }
}
