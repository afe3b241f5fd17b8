/// A pretty-printed, colour-coded, foldable JSON viewer (see `JSONViewState`).
///
/// Draws only the visible lines of the state's cached line list; long lines end in `…` (no
/// wrapping). The cursor line is highlighted with `selection` when focused; search matches with
/// `warning`+reverse. With `searchBar`, the bottom row shows the search prompt while one is typed
/// and, after a search, the search text and its match count (the lines get one row less).
public struct JSONView: Sendable {
    public var focused: Bool
    /// Whether the bottom row is given to the search prompt / search summary when there is one.
    public var searchBar: Bool

    public init(focused: Bool = true, searchBar: Bool = false) {
        self.focused = focused
        self.searchBar = searchBar
    }

    /// Rows of `height` left for lines (one less while the search bar shows).
    public func linesHeight(state: JSONViewState, height: Int) -> Int {
        showsSearchBar(state) ? max(0, height - 1) : height
    }

    private func showsSearchBar(_ state: JSONViewState) -> Bool {
        searchBar && (state.isSearching || !state.query.isEmpty)
    }

    public func render(state: JSONViewState, into buffer: inout Buffer, area fullArea: Rect, theme: Theme) {
        guard !fullArea.isEmpty else { return }
        buffer.fill(fullArea, with: Cell(style: theme[.text]))
        let area = Rect(x: fullArea.minX, y: fullArea.minY, width: fullArea.width, height: linesHeight(state: state, height: fullArea.height))
        if showsSearchBar(state) { renderSearchBar(state: state, into: &buffer, row: fullArea.maxY - 1, area: fullArea, theme: theme) }
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

    /// `/` and the prompt while typing; afterwards `/text · 3 matches · n next · N previous`.
    private func renderSearchBar(state: JSONViewState, into buffer: inout Buffer, row y: Int, area: Rect, theme: Theme) {
        let bar = Rect(x: area.minX, y: y, width: area.width, height: 1)
        buffer.fill(bar, with: Cell(style: theme[.surface]))
        buffer.write("/", at: Point(x: bar.minX, y: y), style: theme[.primary], maxWidth: bar.width)
        let rest = Rect(x: bar.minX + 1, y: y, width: max(0, bar.width - 1), height: 1)
        if let field = state.searchField {
            TextField(focused: focused).render(state: field, into: &buffer, area: rest, theme: theme)
        } else {
            let n = state.matchingLines().count
            buffer.write("\(state.query)  ·  \(n) match\(n == 1 ? "" : "es") · n next · N previous", in: rest, style: theme[.muted])
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
