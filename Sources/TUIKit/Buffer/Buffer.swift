/// A grid of cells: what a view draws into and what a terminal paints.
///
/// Views are pure functions into a Buffer, so every screen can be tested as text (`lines`).
/// All text enters through `write`, which sanitizes it (see `Sanitizer`) and measures it in
/// display columns (see `DisplayWidth`): this is the single boundary for untrusted text.
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(size: size) }

    /// The cell at a column and row; out-of-bounds reads return a blank cell, writes are ignored.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            cells[y * size.width + x] = newValue
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

    /// Fills `rect` (clipped to the buffer) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY { for x in r.minX..<r.maxX { cells[y * size.width + x] = cell } }
    }

    /// Changes the style of every cell in `rect`, keeping the graphemes.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY { for x in r.minX..<r.maxX { cells[y * size.width + x].style = style } }
    }

    /// Copies `other` into this buffer with its origin at `origin`, clipped.
    public mutating func blit(_ other: Buffer, at origin: Point) {
        for y in 0..<other.size.height {
            for x in 0..<other.size.width { self[origin.x + x, origin.y + y] = other[x, y] }
        }
    }

    /// Writes one line of untrusted text at `point`, sanitized, clipped to `maxWidth` columns (and to
    /// the buffer). A wide grapheme that does not fit entirely is not drawn. Newlines and tabs are
    /// shown as placeholders here; widgets that want line breaks split the text first.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - point.x)
        guard limit > 0 else { return 0 }
        var col = 0
        for ch in Sanitizer.sanitize(text) {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            let x = point.x + col
            if x >= 0 {
                self[x, point.y] = Cell(grapheme: ch, style: style)
                if w == 2 { self[x + 1, point.y] = Cell(grapheme: " ", style: style, isContinuation: true) }
            }
            col += w
        }
        return col
    }

    /// Writes one line of untrusted text into the first row of `rect`, aligned, and truncated with
    /// `…` when it is wider than the rectangle (in display columns).
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, in rect: Rect, style: Style = .plain, alignment: TextAlignment = .left) -> Int {
        guard rect.width > 0, rect.height > 0 else { return 0 }
        let clean = Sanitizer.sanitize(text)
        var shown = clean
        if DisplayWidth.of(clean) > rect.width {
            shown = ""
            var used = 0
            for ch in clean {
                let w = DisplayWidth.of(ch)
                if used + w > rect.width - 1 { break }
                shown.append(ch)
                used += w
            }
            shown.append("…")
        }
        let w = DisplayWidth.of(shown)
        let x: Int
        switch alignment {
        case .left: x = rect.x
        case .center: x = rect.x + (rect.width - w) / 2
        case .right: x = rect.maxX - w
        }
        return write(shown, at: Point(x: x, y: rect.y), style: style, maxWidth: rect.maxX - x)
    }
}
