import Testing
@testable import TUIKit

@Suite("Buffer text")
struct BufferTextTests {
    func buffer(_ width: Int, _ height: Int = 1) -> Buffer { Buffer(size: Size(width: width, height: height)) }

    @Test func clipsAtMaxWidthAndBufferEdge() {
        var b = buffer(10)
        #expect(b.write("hello world", at: Point(x: 0, y: 0), maxWidth: 3) == 3)
        #expect(b.lines == ["hel       "])
        var c = buffer(5)
        #expect(c.write("hello world", at: Point(x: 2, y: 0)) == 3)
        #expect(c.lines == ["  hel"])
    }

    @Test func outOfBoundsWritesNothing() {
        var b = buffer(5)
        #expect(b.write("x", at: Point(x: 0, y: 1)) == 0)
        #expect(b.write("x", at: Point(x: 5, y: 0)) == 0)
        #expect(b.write("x", at: Point(x: 0, y: 0), maxWidth: 0) == 0)
        #expect(b.lines == ["     "])
    }

    @Test func negativeStartClipsLeft() {
        var b = buffer(5)
        b.write("abcdef", at: Point(x: -2, y: 0))
        #expect(b.lines == ["cdef "])
        var w = buffer(4)
        w.write("中a", at: Point(x: -1, y: 0))
        #expect(w.lines == [" a  "], "the visible half of a wide glyph becomes a space")
        #expect(!w[0, 0].isContinuation)
    }

    @Test func wideGraphemeThatDoesNotFitBecomesASpace() {
        var b = buffer(3)
        #expect(b.write("中文", at: .zero) == 3)
        #expect(b.lines == ["中 "])
        #expect(b[1, 0].isContinuation)
        #expect(!b[2, 0].isContinuation && b[2, 0].grapheme == " ")
    }

    static let truncation: [(String, Int, TextAlignment, String)] = [
        ("hello", 8, .left, "hello   "),
        ("hello", 8, .right, "   hello"),
        ("hello", 8, .center, " hello  "),
        ("hello world", 8, .left, "hello w…"),
        ("hello world", 8, .right, "hello w…"),
        ("hello", 5, .left, "hello"),
        ("hello", 1, .left, "…       "),
        ("中文字", 5, .left, "中文…   "),
        ("中文字", 4, .left, "中… "),
        ("a中文", 4, .left, "a中…"),
        ("a中文", 3, .left, "a… "),
        ("👨‍👩‍👧x", 2, .left, "…   "),
        ("\u{1B}[2J", 8, .left, "␛[2J    "),
    ]

    @Test("truncation and alignment", arguments: truncation.indices)
    func truncateAndAlign(_ i: Int) {
        let (text, width, alignment, expected) = Self.truncation[i]
        var b = buffer(max(width, DisplayWidth.of(expected)))
        let written = b.write(text, in: Rect(x: 0, y: 0, width: width, height: 1), alignment: alignment)
        #expect(b.lines == [expected], "\(text) in \(width)")
        #expect(written <= width)
    }

    @Test func writeInRectClipsToBuffer() {
        var b = buffer(4)
        b.write("abcdef", in: Rect(x: 2, y: 0, width: 10, height: 1))
        #expect(b.lines == ["  ab"])
    }

    @Test func overwritingRightHalfClearsLeftHalf() {
        var b = buffer(4)
        b.write("中文", at: .zero)
        b.write("x", at: Point(x: 1, y: 0))
        #expect(b.lines == [" x文"])
        #expect(!b[0, 0].isContinuation)
    }

    @Test func overwritingLeftHalfClearsRightHalf() {
        var b = buffer(4)
        b.write("中文", at: .zero)
        b.write("y", at: Point(x: 2, y: 0))
        #expect(b.lines == ["中y "])
        #expect(!b[3, 0].isContinuation)
    }

    @Test func wideOverWideAtAnOffset() {
        var b = buffer(5)
        b.write("中文", at: .zero)
        b.write("字", at: Point(x: 1, y: 0))
        #expect(b.lines == [" 字  "])
        #expect(b[2, 0].isContinuation && !b[3, 0].isContinuation)
    }

    @Test func subscriptAndFillRepairWideGlyphs() {
        var b = buffer(4)
        b.write("中文", at: .zero)
        b[1, 0] = Cell(grapheme: "|")
        #expect(b.lines == [" |文"])
        var f = buffer(6)
        f.write("中文字", at: .zero)
        f.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell(grapheme: "."))
        #expect(f.lines == [" .. 字"])
        // Read-modify-write of a wide glyph keeps it whole.
        var r = buffer(2)
        r.write("中", at: .zero)
        var cell = r[0, 0]
        cell.style = Style(attributes: .bold)
        r[0, 0] = cell
        #expect(r.lines == ["中"] && r[1, 0].isContinuation)
    }

    @Test func blitDoesNotSplitWideGlyphs() {
        var src = buffer(4)
        src.write("ab中", at: .zero)
        var dst = buffer(3)
        dst.blit(src, at: .zero)
        #expect(dst.lines == ["ab "])
        var left = buffer(3)
        left.blit(src, at: Point(x: -3, y: 0))
        #expect(left.lines == ["   "])
        #expect(!left[0, 0].isContinuation)
    }

    @Test func emojiSequencesTakeOneWideCell() {
        var b = buffer(6)
        #expect(b.write("👨‍👩‍👧🇯🇵", at: .zero) == 4)
        #expect(b[0, 0].grapheme == "👨‍👩‍👧" && b[1, 0].isContinuation)
        #expect(b[2, 0].grapheme == "🇯🇵" && b[3, 0].isContinuation)
    }

    @Test func leadingCombiningMarkDoesNotFuseWithPreviousCell() {
        var b = buffer(4)
        b.write("a", at: .zero)
        b.write("\u{301}", at: Point(x: 1, y: 0))
        #expect(b[0, 0].grapheme == "a")
        #expect(b[1, 0].grapheme == "\u{25CC}\u{301}")
    }

    @Test func textTruncationHelpers() {
        #expect(TextTruncation.truncate("hello world", width: 6) == "hello…")
        #expect(TextTruncation.truncateHead("/very/long/path/file.txt", width: 10) == "…/file.txt")
        #expect(TextTruncation.pad("ab", width: 4, alignment: .right) == "  ab")
        #expect(TextTruncation.pad("中", width: 5, alignment: .center) == " 中  ")
        #expect(TextTruncation.pad("abcdef", width: 4) == "abc…")
        #expect(TextTruncation.truncate("x", width: 0) == "")
    }
}
