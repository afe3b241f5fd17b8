/// A grid of cells: what a view draws into and what a terminal paints.
///
/// Views are pure functions into a Buffer, so every screen can be tested as text (`lines`).
/// All text enters through `write` (see `Buffer+Text.swift`), which sanitizes it (see `Sanitizer`)
/// and measures it in display columns (see `DisplayWidth`): this is the single boundary for
/// untrusted text.
///
/// Invariant: a wide grapheme's cell is always followed by its continuation cell, and a
/// continuation cell always follows a wide grapheme. Every mutation keeps it: overwriting either
/// half of a wide grapheme blanks the other half, so no stale half-glyph can be painted.
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// Runs of cells that are one hyperlink (see `Buffer+Links.swift`); painters that can, emit
    /// them as OSC 8 links. Usually empty.
    public internal(set) var links: [BufferLink] = []

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(size: size) }

    /// The cell at a column and row; out-of-bounds reads return a blank cell, writes are ignored.
    ///
    /// Setting a cell that covers half of an existing wide grapheme blanks the other half. To place
    /// a wide grapheme by hand, set its cell and then a continuation cell (`isContinuation: true`)
    /// right after it; text should go through `write` instead, which does this.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            let i = y * size.width + x
            let old = cells[i]
            // Overwriting the right half of a wide grapheme: its left half would be painted as a
            // whole glyph over our cell, so blank it.
            if old.isContinuation && !newValue.isContinuation && x > 0 {
                cells[i - 1] = Cell(grapheme: " ", style: cells[i - 1].style)
            }
            // Overwriting the left half: the continuation after it would be orphaned, unless the new
            // value is itself wide (its own continuation goes there next).
            if !old.isContinuation, x + 1 < size.width, cells[i + 1].isContinuation,
               newValue.isContinuation || DisplayWidth.of(newValue.grapheme) != 2 {
                cells[i + 1] = Cell(grapheme: " ", style: cells[i + 1].style)
            }
            cells[i] = newValue
        }
    }

    /// The text of each row, continuation cells skipped (so wide graphemes appear once).
    public var lines: [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width {
                let c = cells[y * size.width + x]
                if !c.isContinuation { s.append(c.grapheme) }
            }
            return s
        }
    }

    /// Fills `rect` (clipped to the buffer) with `cell`. Wide graphemes cut by the edge are blanked.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        // What is filled over (a modal's box over a link) is no longer the link's text.
        if !links.isEmpty { unlink(r) }
        for y in r.minY..<r.maxY {
            repairEdges(row: y, from: r.minX, to: r.maxX)
            for x in r.minX..<r.maxX { cells[y * size.width + x] = cell }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the graphemes.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY { for x in r.minX..<r.maxX { cells[y * size.width + x].style = style } }
    }

    /// Copies `other` into this buffer with its origin at `origin`, clipped. A wide grapheme whose
    /// halves would be split by the clip is replaced by a space.
    public mutating func blit(_ other: Buffer, at origin: Point) {
        for y in 0..<other.size.height {
            let ty = origin.y + y
            guard ty >= 0, ty < size.height else { continue }
            for x in 0..<other.size.width {
                let tx = origin.x + x
                guard tx >= 0, tx < size.width else { continue }
                var cell = other[x, y]
                let lostRightHalf = !cell.isContinuation && x + 1 < other.size.width
                    && other[x + 1, y].isContinuation && tx + 1 >= size.width
                if cell.isContinuation && tx == 0 || lostRightHalf {
                    cell = Cell(grapheme: " ", style: cell.style)
                }
                self[tx, ty] = cell
            }
        }
    }

    /// Stores a cell by flat index, bypassing the wide-grapheme repair (callers repair first).
    mutating func setCell(at index: Int, _ cell: Cell) { cells[index] = cell }

    /// Before the columns `x0..<x1` of row `y` are overwritten cell by cell: blanks the left half of
    /// a wide grapheme whose right half is at `x0`, and the orphaned right half at `x1`.
    mutating func repairEdges(row y: Int, from x0: Int, to x1: Int) {
        let base = y * size.width
        if x0 > 0, x0 < size.width, cells[base + x0].isContinuation {
            cells[base + x0 - 1] = Cell(grapheme: " ", style: cells[base + x0 - 1].style)
        }
        if x1 >= 0, x1 < size.width, cells[base + x1].isContinuation {
            cells[base + x1] = Cell(grapheme: " ", style: cells[base + x1].style)
        }
    }
}
