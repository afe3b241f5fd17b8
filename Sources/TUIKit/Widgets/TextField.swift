/// A one-line text input: the text from the state's scroll position, a reverse-video cursor cell
/// when focused, `•` per character when masked (secrets), and a muted placeholder when empty.
public struct TextField: Sendable {
    public var placeholder: String
    public var masked: Bool
    public var focused: Bool

    public init(placeholder: String = "", masked: Bool = false, focused: Bool = true) {
        self.placeholder = placeholder; self.masked = masked; self.focused = focused
    }

    /// Draws on the first row of `area`.
    public func render(state: TextFieldState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.minX, y: area.minY, width: area.width, height: 1)
        let style = theme[.text]
        let cursorStyle = style.adding(.reverse)
        buffer.fill(row, with: Cell(style: style))
        if state.isEmpty {
            if !placeholder.isEmpty { buffer.write(placeholder, in: row, style: theme[.muted]) }
            if focused {
                var c = buffer[row.minX, row.minY]
                c.style = c.style.adding(.reverse)
                buffer[row.minX, row.minY] = c
            }
            return
        }
        let scroll = state.visibleScroll(width: row.width, masked: masked)
        var col = 0
        let chars = state.characters
        for (i, ch) in chars.enumerated() {
            let shown = masked ? "•" : String(ch)
            let w = masked ? 1 : TextMeasure.width(ch)
            defer { col += w }
            if col + w <= scroll { continue }
            let x = row.minX + col - scroll
            if x >= row.maxX { break }
            let cellStyle = focused && i == state.cursor ? cursorStyle : style
            if col < scroll || x + w > row.maxX {
                // A wide character cut by an edge: show blanks rather than half a glyph.
                let from = max(x, row.minX)
                buffer.write(String(repeating: " ", count: min(x + w, row.maxX) - from), at: Point(x: from, y: row.minY), style: cellStyle)
                continue
            }
            buffer.write(shown, at: Point(x: x, y: row.minY), style: cellStyle)
        }
        if focused, state.cursor == chars.count {
            let x = row.minX + col - scroll
            if x < row.maxX { buffer.write(" ", at: Point(x: x, y: row.minY), style: cursorStyle) }
        }
    }
}
