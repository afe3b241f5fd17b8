/// The lines, cursor and scroll of a multi-line `TextArea` (e.g. a JSON request body).
///
/// Keys (`handle`): printable characters insert; Enter splits the line and keeps the current
/// line's indentation; Tab inserts two spaces; Backspace/Delete join lines at the edges; arrows
/// (alt/ctrl-←/→ by word), Home/End (ctrl-a/ctrl-e), ctrl-Home/ctrl-End to the first/last line,
/// ctrl-u/ctrl-k delete to the start/end of the line,
/// PgUp/PgDn by `viewportHeight`. ↑/↓ remember the column they started from. Esc is not consumed.
public struct TextAreaState: Hashable, Sendable {
    private var rows: [[Character]]
    /// Cursor line (0-based).
    public private(set) var cursorRow: Int
    /// Cursor position in the line, as a character index (0…line length).
    public private(set) var cursorColumn: Int
    /// First visible line.
    public var rowOffset: Int
    /// First visible display column.
    public var columnOffset: Int
    /// Lines / columns of text the area shows (without the line-number gutter), as last laid out
    /// by the app; 0 = unknown.
    public var viewportHeight: Int
    public var viewportWidth: Int
    /// The display column ↑/↓ try to keep (set by horizontal moves).
    private var goalColumn: Int?

    public init(text: String = "", viewportWidth: Int = 0, viewportHeight: Int = 0) {
        rows = [[]]
        cursorRow = 0; cursorColumn = 0; rowOffset = 0; columnOffset = 0
        self.viewportWidth = viewportWidth; self.viewportHeight = viewportHeight
        self.text = text
        moveCursor(row: 0, column: 0)
    }

    /// The whole text, lines joined with "\n". Setting it keeps the cursor where possible (clamped).
    public var text: String {
        get { rows.map { String($0) }.joined(separator: "\n") }
        set {
            rows = newValue.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Array($0) }
            if rows.isEmpty { rows = [[]] }
            moveCursor(row: cursorRow, column: cursorColumn)
        }
    }

    public var lines: [String] { rows.map { String($0) } }
    public var lineCount: Int { rows.count }

    /// The characters of line `i`, for drawing.
    func characters(ofLine i: Int) -> [Character] { rows.indices.contains(i) ? rows[i] : [] }

    // MARK: - Editing

    /// Inserts `text` at the cursor; line breaks in it split lines.
    public mutating func insert(_ text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Array($0) }
        guard let first = parts.first else { return }
        if parts.count == 1 {
            rows[cursorRow].insert(contentsOf: first, at: cursorColumn)
            moveCursor(row: cursorRow, column: cursorColumn + first.count)
            return
        }
        let tail = Array(rows[cursorRow][cursorColumn...])
        rows[cursorRow].removeSubrange(cursorColumn...)
        rows[cursorRow].append(contentsOf: first)
        var newRows = Array(parts.dropFirst())
        let lastCount = newRows[newRows.count - 1].count
        newRows[newRows.count - 1].append(contentsOf: tail)
        rows.insert(contentsOf: newRows, at: cursorRow + 1)
        moveCursor(row: cursorRow + newRows.count, column: lastCount)
    }

    /// Splits the line at the cursor, indenting the new line like the current one.
    public mutating func insertNewline() {
        let indent = rows[cursorRow].prefix(while: { $0 == " " })
        let keep = min(indent.count, cursorColumn)
        insert("\n" + String(repeating: " ", count: keep))
    }

    public mutating func deleteBackward() {
        if cursorColumn > 0 {
            rows[cursorRow].remove(at: cursorColumn - 1)
            moveCursor(row: cursorRow, column: cursorColumn - 1)
        } else if cursorRow > 0 {
            let prevCount = rows[cursorRow - 1].count
            rows[cursorRow - 1].append(contentsOf: rows[cursorRow])
            rows.remove(at: cursorRow)
            moveCursor(row: cursorRow - 1, column: prevCount)
        }
    }

    public mutating func deleteForward() {
        if cursorColumn < rows[cursorRow].count {
            rows[cursorRow].remove(at: cursorColumn)
            moveCursor(row: cursorRow, column: cursorColumn)
        } else if cursorRow + 1 < rows.count {
            rows[cursorRow].append(contentsOf: rows[cursorRow + 1])
            rows.remove(at: cursorRow + 1)
            moveCursor(row: cursorRow, column: cursorColumn)
        }
    }

    /// ctrl-u: deletes from the start of the line to the cursor.
    public mutating func deleteToLineStart() {
        rows[cursorRow].removeSubrange(0..<cursorColumn)
        moveCursor(row: cursorRow, column: 0)
    }

    /// ctrl-k: deletes from the cursor to the end of the line.
    public mutating func deleteToLineEnd() {
        rows[cursorRow].removeSubrange(cursorColumn...)
        moveCursor(row: cursorRow, column: cursorColumn)
    }

    // MARK: - Motion

    /// Puts the cursor at (`row`, `column`), clamped, and scrolls it into view.
    public mutating func moveCursor(row: Int, column: Int) {
        cursorRow = min(max(0, row), rows.count - 1)
        cursorColumn = min(max(0, column), rows[cursorRow].count)
        goalColumn = nil
        scrollToCursor()
    }

    public mutating func moveLeft() {
        if cursorColumn > 0 { moveCursor(row: cursorRow, column: cursorColumn - 1) }
        else if cursorRow > 0 { moveCursor(row: cursorRow - 1, column: rows[cursorRow - 1].count) }
    }

    public mutating func moveRight() {
        if cursorColumn < rows[cursorRow].count { moveCursor(row: cursorRow, column: cursorColumn + 1) }
        else if cursorRow + 1 < rows.count { moveCursor(row: cursorRow + 1, column: 0) }
    }

    /// Moves `delta` lines up (negative) or down, keeping the goal display column.
    public mutating func moveVertically(_ delta: Int) {
        let goal = goalColumn ?? displayColumn(row: cursorRow, index: cursorColumn)
        let target = min(max(0, cursorRow + delta), rows.count - 1)
        cursorRow = target
        cursorColumn = index(row: target, forDisplayColumn: goal)
        goalColumn = goal
        scrollToCursor()
    }

    public mutating func moveWordLeft() {
        if cursorColumn == 0 { moveLeft(); return }
        moveCursor(row: cursorRow, column: WordMotion.wordStart(before: cursorColumn, in: rows[cursorRow]))
    }

    public mutating func moveWordRight() {
        if cursorColumn == rows[cursorRow].count { moveRight(); return }
        moveCursor(row: cursorRow, column: WordMotion.wordEnd(after: cursorColumn, in: rows[cursorRow]))
    }

    /// Applies an editing key. - Returns: true when the key was consumed.
    @discardableResult
    public mutating func handle(_ key: KeyEvent) -> Bool {
        if let c = WordMotion.insertable(key) { insert(String(c)); return true }
        let m = key.modifiers
        let page = max(1, viewportHeight)
        switch key.key {
        case .enter where m.isEmpty: insertNewline()
        case .tab where m.isEmpty: insert("  ")
        case .backspace where m.isEmpty: deleteBackward()
        case .delete where m.isEmpty: deleteForward()
        case .left where m.contains(.alt) || m.contains(.ctrl): moveWordLeft()
        case .right where m.contains(.alt) || m.contains(.ctrl): moveWordRight()
        case .left where m.isEmpty: moveLeft()
        case .right where m.isEmpty: moveRight()
        case .up where m.isEmpty: moveVertically(-1)
        case .down where m.isEmpty: moveVertically(1)
        case .pageUp where m.isEmpty: rowOffset = max(0, rowOffset - page); moveVertically(-page)
        case .pageDown where m.isEmpty: rowOffset += page; moveVertically(page)
        case .home where m.contains(.ctrl): moveCursor(row: 0, column: 0)
        case .end where m.contains(.ctrl): moveCursor(row: rows.count - 1, column: rows[rows.count - 1].count)
        case .home where m.isEmpty: moveCursor(row: cursorRow, column: 0)
        case .end where m.isEmpty: moveCursor(row: cursorRow, column: rows[cursorRow].count)
        case .char("a") where m == .ctrl: moveCursor(row: cursorRow, column: 0)
        case .char("e") where m == .ctrl: moveCursor(row: cursorRow, column: rows[cursorRow].count)
        case .char("u") where m == .ctrl: deleteToLineStart()
        case .char("k") where m == .ctrl: deleteToLineEnd()
        case .char("b") where m == .alt: moveWordLeft()
        case .char("f") where m == .alt: moveWordRight()
        default: return false
        }
        return true
    }

    // MARK: - Display

    func displayColumn(row: Int, index: Int) -> Int {
        rows[row].prefix(index).reduce(0) { $0 + TextMeasure.width($1) }
    }

    private func index(row: Int, forDisplayColumn target: Int) -> Int {
        var col = 0
        for (i, ch) in rows[row].enumerated() {
            let w = TextMeasure.width(ch)
            if col + w > target { return i }
            col += w
        }
        return rows[row].count
    }

    /// The first line `TextArea` draws in an area `height` lines tall (the stored offset, adjusted so
    /// the cursor shows): lets a caller decorate what is on screen, e.g. mark a line's number.
    public func visibleRowOffset(height: Int) -> Int { visibleOffsets(height: height, width: 0).row }

    /// (first line, first column) drawn in `height` × `width`: the stored offsets, adjusted so the cursor shows.
    func visibleOffsets(height: Int, width: Int) -> (row: Int, column: Int) {
        let r = Scrolling.offset(keeping: cursorRow, visibleIn: height, from: rowOffset, count: rows.count)
        let col = displayColumn(row: cursorRow, index: cursorColumn)
        var c = max(0, columnOffset)
        if width > 0 { if col < c { c = col } else if col >= c + width { c = col - width + 1 } }
        return (r, c)
    }

    private mutating func scrollToCursor() {
        if viewportHeight > 0 {
            rowOffset = Scrolling.offset(keeping: cursorRow, visibleIn: viewportHeight, from: rowOffset, count: rows.count)
        } else if cursorRow < rowOffset {
            rowOffset = cursorRow
        }
        let col = displayColumn(row: cursorRow, index: cursorColumn)
        if col < columnOffset { columnOffset = col }
        if viewportWidth > 0, col >= columnOffset + viewportWidth { columnOffset = col - viewportWidth + 1 }
    }
}
