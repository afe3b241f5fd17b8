extension Buffer {
    /// Clears the edges of the screen beneath an overlay drawn at `rect`: on every row it covers,
    /// the column just left and just right of it is blanked, and when a word (any run of glyphs
    /// other than spaces and line drawing) was cut there, the rest of that word too. Otherwise a
    /// piece of a word stays visible at the overlay's edge as a stray glyph (the `s` of
    /// "tab cycles" just past the help box's corner). Borders beneath (`─`, `│`) are kept past
    /// the blanked column. Styles are kept, so a dimmed background stays dimmed; wide graphemes
    /// are blanked whole; everything is clipped to the buffer.
    public mutating func clearGutters(around rect: Rect) {
        guard !rect.isEmpty else { return }
        for y in max(0, rect.minY)..<min(size.height, rect.maxY) {
            clearCutWord(row: y, from: rect.minX - 1, step: -1)
            clearCutWord(row: y, from: rect.maxX, step: 1)
        }
    }

    /// Blanks the cell at `x0` and, if it held part of a word, the rest of the word in the
    /// direction `step` (cells are measured first, then blanked, so wide graphemes count once).
    private mutating func clearCutWord(row y: Int, from x0: Int, step: Int) {
        guard x0 >= 0, x0 < size.width else { return }
        var last = x0
        if !Self.endsWord(self[x0, y]) {
            var x = x0 + step
            while x >= 0, x < size.width, !Self.endsWord(self[x, y]) {
                last = x
                x += step
            }
        }
        var x = x0
        while true {
            self[x, y] = Cell(grapheme: " ", style: self[x, y].style)
            if x == last { break }
            x += step
        }
    }

    /// A space or a line-drawing character: where a word beneath an overlay ends.
    private static func endsWord(_ cell: Cell) -> Bool {
        if cell.isContinuation { return false }
        if cell.grapheme == " " { return true }
        guard let scalar = cell.grapheme.unicodeScalars.first else { return true }
        return (0x2500...0x259F).contains(scalar.value)  // box drawing and block elements
    }
}
