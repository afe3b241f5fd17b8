/// A multi-line text editor view: visible lines from the state's scroll offsets, an optional
/// line-number gutter (muted; the cursor line's number in `primary`), a reverse-video cursor cell
/// when focused and a muted placeholder when the text is empty.
public struct TextArea: Sendable {
    public var lineNumbers: Bool
    public var focused: Bool
    public var placeholder: String

    public init(lineNumbers: Bool = false, focused: Bool = true, placeholder: String = "") {
        self.lineNumbers = lineNumbers; self.focused = focused; self.placeholder = placeholder
    }

    /// Width of the line-number gutter for `state` (0 without line numbers): digits plus one space.
    public func gutterWidth(for state: TextAreaState) -> Int {
        lineNumbers ? String(state.lineCount).count + 1 : 0
    }

    /// The text columns in `area` (without the gutter): set `TextAreaState.viewportWidth` to its width.
    public func textArea(in area: Rect, state: TextAreaState) -> Rect {
        area.inset(left: min(area.width, gutterWidth(for: state)))
    }

    public func render(state: TextAreaState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let style = theme[.text]
        buffer.fill(area, with: Cell(style: style))
        let gutter = min(area.width, gutterWidth(for: state))
        let text = textArea(in: area, state: state)
        let (firstRow, firstColumn) = state.visibleOffsets(height: text.height, width: text.width)
        let empty = state.lineCount == 1 && state.characters(ofLine: 0).isEmpty

        for k in 0..<area.height {
            let line = firstRow + k
            guard line < state.lineCount else { break }
            let y = area.minY + k
            if gutter > 0 {
                let numberStyle = line == state.cursorRow && focused ? theme[.primary] : theme[.muted]
                buffer.write(String(line + 1), in: Rect(x: area.minX, y: y, width: gutter - 1, height: 1),
                             style: numberStyle, alignment: .right)
            }
            if empty && !placeholder.isEmpty {
                buffer.write(placeholder, in: Rect(x: text.minX, y: y, width: text.width, height: 1), style: theme[.muted])
            }
            drawLine(state.characters(ofLine: line), cursor: line == state.cursorRow && focused ? state.cursorColumn : nil,
                     firstColumn: firstColumn, row: Rect(x: text.minX, y: y, width: text.width, height: 1),
                     style: style, into: &buffer)
        }
    }

    private func drawLine(_ chars: [Character], cursor: Int?, firstColumn: Int, row: Rect, style: Style, into buffer: inout Buffer) {
        guard row.width > 0 else { return }
        let cursorStyle = style.adding(.reverse)
        var col = 0
        for (i, ch) in chars.enumerated() {
            let w = TextMeasure.width(ch)
            defer { col += w }
            if col + w <= firstColumn { continue }
            let x = row.minX + col - firstColumn
            if x >= row.maxX { break }
            let cellStyle = i == cursor ? cursorStyle : style
            if col < firstColumn || x + w > row.maxX {
                let from = max(x, row.minX)
                buffer.write(String(repeating: " ", count: min(x + w, row.maxX) - from), at: Point(x: from, y: row.minY), style: cellStyle)
                continue
            }
            buffer.write(String(ch), at: Point(x: x, y: row.minY), style: cellStyle)
        }
        if let cursor, cursor >= chars.count {
            let x = row.minX + col - firstColumn
            if x >= row.minX, x < row.maxX {
                var c = buffer[x, row.minY]
                c.style = c.style.adding(.reverse)
                buffer[x, row.minY] = c
            }
        }
    }
}
