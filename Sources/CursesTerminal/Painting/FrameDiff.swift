import TUIKit

/// Which parts of a frame must be painted, given the frame painted before. Pure.
///
/// The structure of a row comes from the buffer itself: a cell followed by a continuation cell is a
/// 2-column glyph, anything else is 1 column. A continuation cell without a wide cell before it (the
/// wide cell was overwritten) is painted as a blank so stale halves never stay on screen.
public enum FrameDiff {
    /// Runs to paint. With no previous frame, or one of another size, every cell is painted.
    public static func runs(from previous: Buffer?, to next: Buffer) -> [PaintRun] {
        let width = next.size.width
        guard width > 0 else { return [] }
        let full = previous.map { $0.size != next.size } ?? true
        var runs: [PaintRun] = []
        for y in 0..<next.size.height {
            let newGlyphs = glyphs(of: next, row: y)
            var dirty: [Bool]
            if full {
                dirty = Array(repeating: true, count: width)
            } else if let previous {
                dirty = (0..<width).map { previous[$0, y] != next[$0, y] }
                guard dirty.contains(true) else { continue }
                // A glyph is repainted as a whole when any column it covers, in either frame, changed:
                // overwriting half of a wide glyph on screen would otherwise leave the other half stale.
                let spans = glyphs(of: previous, row: y).map { ($0.x, $0.glyph.width) } + newGlyphs.map { ($0.x, $0.glyph.width) }
                var changed = true
                while changed {
                    changed = false
                    for (x, w) in spans where w > 1 {
                        let range = x..<min(width, x + w)
                        if range.contains(where: { dirty[$0] }) && !range.allSatisfy({ dirty[$0] }) {
                            for c in range { dirty[c] = true }
                            changed = true
                        }
                    }
                }
            } else {
                dirty = []
            }
            var current: PaintRun?
            for placed in newGlyphs {
                let isDirty = (placed.x..<min(width, placed.x + placed.glyph.width)).contains { dirty[$0] }
                if isDirty, var run = current, run.style == placed.style, run.x + run.width == placed.x {
                    run.glyphs.append(placed.glyph)
                    current = run
                    continue
                }
                if let run = current { runs.append(run) }
                current = isDirty ? PaintRun(x: placed.x, y: y, style: placed.style, glyphs: [placed.glyph]) : nil
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    struct PlacedGlyph {
        var x: Int
        var glyph: Glyph
        var style: Style
    }

    /// The glyphs of one row in order; continuation cells of wide glyphs are skipped.
    static func glyphs(of buffer: Buffer, row y: Int) -> [PlacedGlyph] {
        let width = buffer.size.width
        var out: [PlacedGlyph] = []
        out.reserveCapacity(width)
        var x = 0
        while x < width {
            let cell = buffer[x, y]
            if cell.isContinuation {
                // Orphan continuation: its wide glyph was overwritten. Show a blank.
                out.append(PlacedGlyph(x: x, glyph: Glyph(" ", width: 1), style: cell.style))
                x += 1
                continue
            }
            let wide = x + 1 < width && buffer[x + 1, y].isContinuation
            out.append(PlacedGlyph(x: x, glyph: Glyph(cell.grapheme, width: wide ? 2 : 1), style: cell.style))
            x += wide ? 2 : 1
        }
        return out
    }
}
