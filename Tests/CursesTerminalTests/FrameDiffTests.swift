import Testing
import TUIKit
@testable import CursesTerminal

struct FrameDiffTests {
    let red = Style(foreground: .ansi(.red))
    let bold = Style(attributes: .bold)

    func frame(_ width: Int, _ height: Int, _ draw: (inout Buffer) -> Void = { _ in }) -> Buffer {
        var b = Buffer(size: Size(width: width, height: height))
        draw(&b)
        return b
    }

    @Test func firstFramePaintsEverythingGroupedByStyle() {
        let next = frame(6, 2) { $0.write("ab", at: Point(x: 0, y: 0), style: self.red) }
        let runs = FrameDiff.runs(from: nil, to: next)
        #expect(runs == [
            PaintRun(x: 0, y: 0, style: red, glyphs: [Glyph("a", width: 1), Glyph("b", width: 1)]),
            PaintRun(x: 2, y: 0, style: .plain, glyphs: Array(repeating: Glyph(" ", width: 1), count: 4)),
            PaintRun(x: 0, y: 1, style: .plain, glyphs: Array(repeating: Glyph(" ", width: 1), count: 6)),
        ])
    }

    @Test func identicalFramesPaintNothing() {
        let a = frame(10, 3) { $0.write("hello 東京", at: Point(x: 0, y: 1)) }
        #expect(FrameDiff.runs(from: a, to: a).isEmpty)
    }

    @Test func onlyChangedCellsArePainted() {
        let a = frame(10, 2) { $0.write("hello", at: Point(x: 0, y: 0)) }
        let b = frame(10, 2) { $0.write("hallo", at: Point(x: 0, y: 0)) }
        #expect(FrameDiff.runs(from: a, to: b) == [PaintRun(x: 1, y: 0, style: .plain, glyphs: [Glyph("a", width: 1)])])
    }

    @Test func runsSplitWhereStyleChangesOrCellsAreUnchanged() {
        let a = frame(10, 1)
        let b = frame(10, 1) {
            $0.write("ab", at: Point(x: 0, y: 0), style: self.red)
            $0.write("cd", at: Point(x: 2, y: 0), style: self.bold)
            $0.write("e", at: Point(x: 5, y: 0), style: self.bold)
        }
        let runs = FrameDiff.runs(from: a, to: b)
        #expect(runs.map(\.text) == ["ab", "cd", "e"])
        #expect(runs.map(\.x) == [0, 2, 5])
        #expect(runs.map(\.style) == [red, bold, bold])
    }

    @Test func wideGlyphsSkipTheirContinuationCell() {
        let b = frame(6, 1) { $0.write("東a", at: Point(x: 0, y: 0)) }
        let runs = FrameDiff.runs(from: frame(6, 1), to: b)
        #expect(runs == [PaintRun(x: 0, y: 0, style: .plain, glyphs: [Glyph("東", width: 2), Glyph("a", width: 1)])])
    }

    @Test func changingOnlyTheContinuationHalfRepaintsTheWholeGlyph() {
        let a = frame(4, 1) { $0.write("東", at: Point(x: 0, y: 0)) }
        var b = a
        b.setStyle(red, in: Rect(x: 1, y: 0, width: 1, height: 1))
        let runs = FrameDiff.runs(from: a, to: b)
        #expect(runs.count == 1)
        #expect(runs.first?.x == 0)
        #expect(runs.first?.glyphs == [Glyph("東", width: 2)])
    }

    @Test func narrowOverWideRepaintsBothColumns() {
        let a = frame(4, 1) { $0.write("東", at: Point(x: 0, y: 0)) }
        let b = frame(4, 1) { $0.write("x", at: Point(x: 0, y: 0)) }
        let runs = FrameDiff.runs(from: a, to: b)
        #expect(runs == [PaintRun(x: 0, y: 0, style: .plain, glyphs: [Glyph("x", width: 1), Glyph(" ", width: 1)])])
    }

    @Test func wideShiftedByOneRepaintsTheOverlap() {
        // Old: 東 at 0–1, 京 at 2–3. New: a, then 東 at 1–2, then the old 京's right half is orphaned
        // in the old frame's layout: every column touched by a changed glyph is repainted.
        let a = frame(5, 1) { $0.write("東京", at: Point(x: 0, y: 0)) }
        let b = frame(5, 1) { $0.write("a東b", at: Point(x: 0, y: 0)) }
        let runs = FrameDiff.runs(from: a, to: b)
        #expect(runs.map(\.text) == ["a東b"])
        #expect(runs.first?.width == 4)
    }

    @Test func orphanContinuationIsPaintedBlank() {
        var b = frame(4, 1) { $0.write("東", at: Point(x: 0, y: 0)) }
        b[0, 0] = Cell(grapheme: "x") // overwrites the wide glyph's left half only
        let runs = FrameDiff.runs(from: nil, to: b)
        #expect(runs.first?.glyphs.prefix(2) == [Glyph("x", width: 1), Glyph(" ", width: 1)])
    }

    @Test func resizeMeansFullRepaint() {
        let a = frame(4, 2) { $0.write("ab", at: Point(x: 0, y: 0)) }
        let b = frame(5, 2) { $0.write("ab", at: Point(x: 0, y: 0)) }
        let runs = FrameDiff.runs(from: a, to: b)
        #expect(runs.reduce(0) { $0 + $1.width } == 10)
    }
}
