extension Buffer {
    /// Draws styled pieces of text one after another on row `y` from column `x`, within `width`
    /// columns; when they do not all fit, the last visible column shows `…` (in the style of the
    /// piece that was cut). Returns the columns used.
    @discardableResult
    mutating func writeSegments(_ segments: [(text: String, style: Style)], x: Int, y: Int, width: Int) -> Int {
        guard width > 0 else { return 0 }
        let total = segments.reduce(0) { $0 + TextMeasure.width($1.text) }
        let limit = total > width ? width - 1 : width
        var col = 0
        var cutStyle = segments.last?.style ?? .plain
        for seg in segments {
            let room = limit - col
            if room <= 0 { cutStyle = seg.style; break }
            let written = write(seg.text, at: Point(x: x + col, y: y), style: seg.style, maxWidth: room)
            col += written
            if written < TextMeasure.width(seg.text) { cutStyle = seg.style; break }
        }
        if total > width {
            col += write("…", at: Point(x: x + col, y: y), style: cutStyle, maxWidth: width - col)
        }
        return col
    }

    /// Adds `attributes` to every cell of `rect`, keeping graphemes and colours (used to dim the
    /// screen behind a modal).
    public mutating func addAttributes(_ attributes: TextAttributes, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY {
            for x in r.minX..<r.maxX {
                var c = self[x, y]
                c.style.attributes.formUnion(attributes)
                self[x, y] = c
            }
        }
    }

    /// Lays `style` over every cell of `rect` (see `Style.overlaid(with:)`).
    mutating func overlayStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY {
            for x in r.minX..<r.maxX {
                var c = self[x, y]
                c.style = c.style.overlaid(with: style)
                self[x, y] = c
            }
        }
    }
}
