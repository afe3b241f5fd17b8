/// The text, cursor and horizontal scroll of a one-line `TextField`.
///
/// Keys (`handle`): printable characters insert; ←/→ (ctrl-b/ctrl-f) move; alt-←/→, ctrl-←/→,
/// alt-b/alt-f move by word; Home/ctrl-a, End/ctrl-e; Backspace (ctrl-h) and Delete (ctrl-d); ctrl-w deletes
/// the word before the cursor (whitespace-separated, as in a shell), alt-Backspace the
/// alphanumeric word before it, alt-d the word after it; ctrl-u deletes to the start, ctrl-k to the
/// end. Enter, Esc, Tab, ↑/↓ are not consumed: they belong to the surrounding form or screen.
public struct TextFieldState: Hashable, Sendable {
    private var chars: [Character]
    /// The cursor, as a character (grapheme) index from 0 to the character count.
    public private(set) var cursor: Int
    /// First visible display column (horizontal scroll).
    public var scroll: Int
    /// Columns the field shows, as last laid out by the app; 0 = unknown.
    public var viewportWidth: Int

    public init(text: String = "", viewportWidth: Int = 0) {
        chars = Array(text)
        cursor = chars.count
        scroll = 0
        self.viewportWidth = viewportWidth
        scrollToCursor()
    }

    /// The whole text. Setting it puts the cursor at the end.
    public var text: String {
        get { String(chars) }
        set { chars = Array(newValue); cursor = chars.count; scrollToCursor() }
    }

    public var isEmpty: Bool { chars.isEmpty }

    // MARK: - Editing

    /// Inserts `text` at the cursor (line breaks are dropped: this is a one-line field).
    public mutating func insert(_ text: String) {
        let new = text.filter { !$0.isNewline }
        chars.insert(contentsOf: new, at: cursor)
        cursor += new.count
        scrollToCursor()
    }

    public mutating func moveCursor(to index: Int) { cursor = min(max(0, index), chars.count); scrollToCursor() }
    public mutating func moveLeft() { moveCursor(to: cursor - 1) }
    public mutating func moveRight() { moveCursor(to: cursor + 1) }
    public mutating func moveHome() { moveCursor(to: 0) }
    public mutating func moveEnd() { moveCursor(to: chars.count) }
    public mutating func moveWordLeft() { moveCursor(to: WordMotion.wordStart(before: cursor, in: chars)) }
    public mutating func moveWordRight() { moveCursor(to: WordMotion.wordEnd(after: cursor, in: chars)) }

    public mutating func deleteBackward() { deleteRange(from: cursor - 1, to: cursor) }
    public mutating func deleteForward() { deleteRange(from: cursor, to: cursor + 1) }
    /// ctrl-w: the whitespace-separated word before the cursor.
    public mutating func deleteBigWordBackward() { deleteRange(from: WordMotion.bigWordStart(before: cursor, in: chars), to: cursor) }
    /// alt-Backspace: the alphanumeric word before the cursor.
    public mutating func deleteWordBackward() { deleteRange(from: WordMotion.wordStart(before: cursor, in: chars), to: cursor) }
    /// alt-d: to the end of the word after the cursor.
    public mutating func deleteWordForward() { deleteRange(from: cursor, to: WordMotion.wordEnd(after: cursor, in: chars)) }
    public mutating func deleteToStart() { deleteRange(from: 0, to: cursor) }
    public mutating func deleteToEnd() { deleteRange(from: cursor, to: chars.count) }

    private mutating func deleteRange(from lo: Int, to hi: Int) {
        let a = max(0, min(lo, chars.count)), b = max(a, min(hi, chars.count))
        guard b > a else { return }
        chars.removeSubrange(a..<b)
        cursor = a
        scrollToCursor()
    }

    /// Applies an editing key. - Returns: true when the key was consumed.
    @discardableResult
    public mutating func handle(_ key: KeyEvent) -> Bool {
        if let c = WordMotion.insertable(key) { insert(String(c)); return true }
        let m = key.modifiers
        switch key.key {
        case .left where m.contains(.alt) || m.contains(.ctrl): moveWordLeft()
        case .right where m.contains(.alt) || m.contains(.ctrl): moveWordRight()
        case .left where m.isEmpty: moveLeft()
        case .right where m.isEmpty: moveRight()
        case .home where m.isEmpty: moveHome()
        case .end where m.isEmpty: moveEnd()
        case .backspace where m.contains(.alt): deleteWordBackward()
        case .backspace where m.isEmpty: deleteBackward()
        case .delete where m.isEmpty: deleteForward()
        case .char(let c) where m == .ctrl:
            switch c {
            case "a": moveHome()
            case "e": moveEnd()
            case "b": moveLeft()
            case "f": moveRight()
            case "h": deleteBackward()
            case "d": deleteForward()
            case "w": deleteBigWordBackward()
            case "u": deleteToStart()
            case "k": deleteToEnd()
            default: return false
            }
        case .char(let c) where m == .alt:
            switch c {
            case "b": moveWordLeft()
            case "f": moveWordRight()
            case "d": deleteWordForward()
            default: return false
            }
        default: return false
        }
        return true
    }

    // MARK: - Display

    /// Display column of the cursor (sanitized widths, or 1 per character when masked).
    func cursorColumn(masked: Bool) -> Int {
        masked ? cursor : chars[..<cursor].reduce(0) { $0 + TextMeasure.width($1) }
    }

    /// Where `TextField` draws the cursor in a field `width` columns wide, as columns from the
    /// field's left edge (lets a caller draw after the text, e.g. a completion hint).
    public func visibleCursorColumn(width: Int, masked: Bool = false) -> Int {
        cursorColumn(masked: masked) - visibleScroll(width: width, masked: masked)
    }

    /// The characters, for drawing.
    var characters: [Character] { chars }

    /// First column drawn in `width` columns: the stored scroll, adjusted so the cursor shows.
    func visibleScroll(width: Int, masked: Bool) -> Int {
        guard width > 0 else { return 0 }
        let col = cursorColumn(masked: masked)
        var s = max(0, scroll)
        if col < s { s = col } else if col >= s + width { s = col - width + 1 }
        return s
    }

    private mutating func scrollToCursor() {
        let col = cursorColumn(masked: false)
        if col < scroll { scroll = col }
        if viewportWidth > 0, col >= scroll + viewportWidth { scroll = col - viewportWidth + 1 }
        // Keep as much text visible as fits when text shrinks (e.g. after ctrl-u).
        if viewportWidth > 0 {
            let total = chars.reduce(0) { $0 + TextMeasure.width($1) } + 1
            scroll = max(0, min(scroll, total - viewportWidth))
        }
    }
}
