/// A pretty-printed, colour-coded, foldable JSON viewer (see `JSONViewState`).
///
/// Draws only the visible lines of the state's cached line list; long lines end in `…` (no
/// wrapping). The cursor line is highlighted with `selection` when focused; search matches with
/// `warning`+reverse.
public struct JSONView: Sendable {
    public var focused: Bool
    public init(focused: Bool = true) { self.focused = focused }

    public func render(state: JSONViewState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(style: theme[.text]))
        let offset = state.visibleOffset(height: area.height)
        let needle = JSONViewState.folded(state.query)
        let matchStyle = theme[.warning].adding(.reverse)
        for k in 0..<min(area.height, state.lineCount - offset) {
            let i = offset + k
            let y = area.minY + k
            let segments = JSONFlattener.segments(of: state.lines[i], theme: theme)
            buffer.writeSegments(segments, x: area.minX, y: y, width: area.width)
            if focused && i == state.cursor {
                buffer.overlayStyle(theme[.selection], in: Rect(x: area.minX, y: y, width: area.width, height: 1))
            }
            // Matches go on top of the cursor line so the current match stays visible.
            if !needle.isEmpty { highlight(needle, in: segments.map(\.text).joined(), row: y, area: area, style: matchStyle, buffer: &buffer) }
        }
    }

    /// Lays `style` over the columns of each occurrence of `needle` in `text` (drawn from `area.minX`).
    private func highlight(_ needle: [Character], in text: String, row: Int, area: Rect, style: Style, buffer: inout Buffer) {
        let chars = Array(text)
        let hay = JSONViewState.folded(text)
        // Lower-casing can change the character count in rare scripts; skip highlighting then.
        guard hay.count == chars.count else { return }
        var columns: [Int] = []
        columns.reserveCapacity(chars.count + 1)
        var col = 0
        for ch in chars { columns.append(col); col += TextMeasure.width(ch) }
        columns.append(col)
        for r in hay.ranges(of: needle) {
            let from = columns[r.lowerBound], to = columns[r.upperBound]
            let rect = Rect(x: area.minX + from, y: row, width: min(to, area.width) - from, height: 1)
            buffer.overlayStyle(style, in: rect)
        }
    }
}
