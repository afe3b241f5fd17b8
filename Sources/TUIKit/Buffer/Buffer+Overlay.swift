extension Buffer {
    /// Blanks the column just left and just right of `rect` (same rows), keeping each cell's style
    /// (so a dimmed background stays dimmed), for an overlay drawn at `rect`: a word of the screen
    /// beneath cut by the overlay's border would otherwise stay visible at its edge as a stray
    /// glyph (the `s` of "tab cycles" next to the help box). Clipped to the buffer; a wide
    /// grapheme cut by a gutter is blanked whole.
    public mutating func clearGutters(around rect: Rect) {
        guard !rect.isEmpty else { return }
        for y in rect.minY..<rect.maxY {
            for x in [rect.minX - 1, rect.maxX] {
                let old = self[x, y]
                self[x, y] = Cell(grapheme: " ", style: old.style)
            }
        }
    }
}
