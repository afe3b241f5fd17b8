/// Text output: the only way text enters a buffer. Sanitizes (see `Sanitizer`) and measures in
/// display columns (see `DisplayWidth`); never leaves half of a wide grapheme behind.
extension Buffer {
    /// Writes one line of untrusted text at `point`, sanitized, clipped to `maxWidth` columns (and to
    /// the buffer). A wide grapheme that does not fit entirely is replaced by a space (never half a
    /// glyph). Newlines and tabs are shown as placeholders here; widgets that want line breaks split
    /// the text first (`TextWrap.lines`).
    /// - Returns: the number of columns advanced (including any part left of column 0).
    @discardableResult
    public mutating func write(_ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        let limit = min(maxWidth ?? Int.max, size.width - point.x)
        guard limit > 0 else { return 0 }
        return writeCells(TextCells.of(Sanitizer.sanitize(text)), at: point, style: style, limit: limit)
    }

    /// Writes one line of untrusted text into the first row of `rect`, aligned, and truncated with
    /// `…` when it is wider than the rectangle (in display columns).
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, in rect: Rect, style: Style = .plain, alignment: TextAlignment = .left) -> Int {
        guard rect.width > 0, rect.height > 0, rect.y >= 0, rect.y < size.height else { return 0 }
        let shown = TextCells.fitting(TextCells.of(Sanitizer.sanitize(text)), width: rect.width)
        let w = TextCells.width(shown)
        let x: Int
        switch alignment {
        case .left: x = rect.x
        case .center: x = rect.x + (rect.width - w) / 2
        case .right: x = rect.maxX - w
        }
        let limit = min(rect.maxX, size.width) - x
        guard limit > 0 else { return 0 }
        return writeCells(shown, at: Point(x: x, y: rect.y), style: style, limit: limit)
    }

    /// Writes measured cells from `point` for at most `limit` columns.
    private mutating func writeCells(_ items: [TextCells.Item], at point: Point, style: Style, limit: Int) -> Int {
        var col = 0
        for item in items {
            let w = item.width
            if w == 0 { continue }
            let x = point.x + col
            if col + w > limit {
                // Half a wide glyph would be painted over the neighbour: show a space instead.
                if col < limit, x >= 0 { place(" ", width: 1, x: x, y: point.y, style: style); col += 1 }
                break
            }
            if x >= 0 {
                place(item.grapheme, width: w, x: x, y: point.y, style: style)
            } else if x + w > 0 {
                // The left half is off the buffer; the visible right half becomes a space.
                place(" ", width: 1, x: 0, y: point.y, style: style)
            }
            col += w
        }
        return col
    }

    /// Puts one grapheme (and its continuation) into the row, blanking wide graphemes it cuts.
    private mutating func place(_ grapheme: Character, width: Int, x: Int, y: Int, style: Style) {
        guard x >= 0, x + width <= size.width else { return }
        repairEdges(row: y, from: x, to: x + width)
        let i = y * size.width + x
        setCell(at: i, Cell(grapheme: grapheme, style: style))
        if width == 2 { setCell(at: i + 1, Cell(grapheme: " ", style: style, isContinuation: true)) }
    }
}
