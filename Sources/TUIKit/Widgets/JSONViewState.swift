import OrderedJSON

/// The value, folds, cursor line, scroll and search of a `JSONView`.
///
/// The display lines are built once per (value, folds) and cached here, so a frame only styles
/// the visible lines; a 5,000-element array costs one flattening when it arrives, not per frame.
///
/// Keys (`handle`): ↑/k ↓/j, PgUp/PgDn (ctrl-b/ctrl-f), Home/g, End/G move the cursor line;
/// Enter/Space/z toggle the fold at the cursor (a scalar line folds its enclosing container);
/// ←/h folds, →/l unfolds; Z folds everything below the root, U unfolds all; n/N jump to the
/// next/previous match of the current search; `/` opens the search prompt (`searchField`), where
/// Enter searches and Esc cancels.
public struct JSONViewState: Sendable, Hashable {
    public private(set) var value: JSONValue
    /// Paths (child indices from the root) of folded containers.
    public private(set) var folded: Set<[Int]>
    /// The cached display lines for `value` and `folded`.
    public private(set) var lines: [JSONLine]
    /// The cursor line (index into `lines`).
    public private(set) var cursor: Int
    /// First visible line.
    public var offset: Int
    /// Lines shown, as last laid out by the app; 0 = unknown.
    public var viewportHeight: Int
    /// The current search text ("" = none). Matching is case-insensitive, over the visible
    /// (unfolded) lines as displayed.
    public private(set) var query: String
    /// The search prompt while the user types a search (`beginSearch`); nil otherwise.
    public private(set) var searchField: TextFieldState?

    public init(value: JSONValue = .null, viewportHeight: Int = 0) {
        self.value = value
        folded = []
        lines = JSONFlattener.lines(of: value, folded: [])
        cursor = 0; offset = 0; query = ""
        self.viewportHeight = viewportHeight
    }

    public static func == (a: JSONViewState, b: JSONViewState) -> Bool {
        a.folded == b.folded && a.cursor == b.cursor && a.offset == b.offset && a.viewportHeight == b.viewportHeight
            && a.query == b.query && a.searchField == b.searchField && a.value == b.value
    }

    /// Hashes the cheap parts only (the value is compared by `==`), which keeps `==` and hashing
    /// consistent without walking a large document.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(folded)
        hasher.combine(cursor)
        hasher.combine(offset)
        hasher.combine(query)
        hasher.combine(searchField)
    }

    public var lineCount: Int { lines.count }

    /// Replaces the value (e.g. a new response). Folds are dropped unless `keepFolds`, and the
    /// cursor is clamped.
    public mutating func setValue(_ value: JSONValue, keepFolds: Bool = false) {
        self.value = value
        if !keepFolds { folded = [] }
        rebuild()
    }

    // MARK: - Folding

    /// Folds or unfolds the container at the cursor; on a scalar or closing line, folds the
    /// enclosing container. The cursor moves to the folded line.
    public mutating func toggleFold() {
        guard let open = foldTarget() else { return }
        let path = lines[open].path
        if folded.contains(path) { folded.remove(path) } else { folded.insert(path) }
        cursor = open
        rebuild()
    }

    /// Folds the container at (or enclosing) the cursor.
    public mutating func fold() {
        guard let open = foldTarget() else { return }
        if case .open(_, _, true) = lines[open].content, open == cursor, lines[open].parentLine >= 0 {
            // Already folded: fold the parent instead, so repeated ← climbs out.
            cursor = lines[open].parentLine
            fold()
            return
        }
        folded.insert(lines[open].path)
        cursor = open
        rebuild()
    }

    /// Unfolds the container at the cursor.
    public mutating func unfold() {
        guard lines.indices.contains(cursor), case .open(_, _, true) = lines[cursor].content else { return }
        folded.remove(lines[cursor].path)
        rebuild()
    }

    /// Folds every container below the root.
    public mutating func foldAll() {
        let cursorPath = foldTarget().map { lines[$0].path }
        folded = JSONFlattener.containerPaths(of: value)
        rebuild()
        // Keep the cursor on the outermost folded ancestor of where it was.
        if let cursorPath, let top = cursorPath.first, case .open = lines.first?.content {
            if let i = lines.firstIndex(where: { $0.path == [top] }) { moveCursor(to: i) }
        }
    }

    public mutating func unfoldAll() {
        folded = []
        rebuild()
    }

    private func foldTarget() -> Int? {
        guard lines.indices.contains(cursor) else { return nil }
        let line = lines[cursor]
        switch line.content {
        case .open: return cursor
        case .close, .scalar: return line.parentLine >= 0 ? line.parentLine : nil
        }
    }

    private mutating func rebuild() {
        lines = JSONFlattener.lines(of: value, folded: folded)
        moveCursor(to: cursor)
    }

    // MARK: - Cursor

    public mutating func moveCursor(to line: Int) {
        cursor = min(max(0, line), max(0, lines.count - 1))
        if viewportHeight > 0 {
            offset = Scrolling.offset(keeping: cursor, visibleIn: viewportHeight, from: offset, count: lines.count)
        } else if cursor < offset {
            offset = cursor
        }
    }

    public mutating func moveUp() { moveCursor(to: cursor - 1) }
    public mutating func moveDown() { moveCursor(to: cursor + 1) }
    public mutating func pageUp() { let p = max(1, viewportHeight); offset = max(0, offset - p); moveCursor(to: cursor - p) }
    public mutating func pageDown() { let p = max(1, viewportHeight); offset += p; moveCursor(to: cursor + p) }
    public mutating func moveToTop() { moveCursor(to: 0) }
    public mutating func moveToBottom() { moveCursor(to: lines.count - 1) }

    /// The first line drawn in `height` rows: the stored offset, adjusted so the cursor shows.
    public func visibleOffset(height: Int) -> Int {
        Scrolling.offset(keeping: cursor, visibleIn: height, from: offset, count: lines.count)
    }

    // MARK: - Search

    /// Sets the search text and moves to the next line containing it after the cursor (wrapping).
    /// - Returns: false when no visible line matches (the cursor stays).
    @discardableResult
    public mutating func search(_ query: String) -> Bool {
        self.query = query
        return searchNext()
    }

    @discardableResult
    public mutating func searchNext() -> Bool { step(forward: true) }

    @discardableResult
    public mutating func searchPrevious() -> Bool { step(forward: false) }

    public mutating func clearSearch() { query = "" }

    /// True while the search prompt is open.
    public var isSearching: Bool { searchField != nil }

    /// Opens the search prompt, prefilled with the current search text.
    public mutating func beginSearch() {
        searchField = TextFieldState(text: query)
    }

    /// Closes the search prompt and keeps the previous search.
    public mutating func cancelSearch() { searchField = nil }

    /// Closes the search prompt and searches for what was typed (see `search(_:)`); an empty
    /// prompt clears the search.
    /// - Returns: false when nothing matches (or the prompt was not open or empty).
    @discardableResult
    public mutating func submitSearch() -> Bool {
        guard let field = searchField else { return false }
        searchField = nil
        return search(field.text)
    }

    /// Passes a key to the open search prompt (text editing).
    /// - Returns: true when the prompt consumed it.
    @discardableResult
    public mutating func editSearch(_ key: KeyEvent) -> Bool {
        guard var field = searchField else { return false }
        let consumed = field.handle(key)
        searchField = field
        return consumed
    }

    private mutating func step(forward: Bool) -> Bool {
        let needle = Self.folded(query)
        guard !needle.isEmpty, !lines.isEmpty else { return false }
        let n = lines.count
        for k in 1...n {
            let i = ((forward ? cursor + k : cursor - k) % n + n) % n
            if Self.folded(text(ofLine: i)).firstRange(of: needle) != nil { moveCursor(to: i); return true }
        }
        return false
    }

    /// Case-folded characters for matching.
    static func folded(_ s: String) -> [Character] { s.lowercased().map { $0 } }

    /// The text of line `i` as displayed (indentation included).
    public func text(ofLine i: Int) -> String {
        guard lines.indices.contains(i) else { return "" }
        return JSONFlattener.segments(of: lines[i], theme: Theme(name: "", styles: [:])).map(\.text).joined()
    }

    /// Lines containing the search text (scans every visible line; for a match counter).
    public func matchingLines() -> [Int] {
        let needle = Self.folded(query)
        guard !needle.isEmpty else { return [] }
        return lines.indices.filter { Self.folded(text(ofLine: $0)).firstRange(of: needle) != nil }
    }

    // MARK: - Keys

    /// - Returns: true when the key was consumed.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        if isSearching {
            switch (key.key, key.modifiers) {
            case (.enter, []): submitSearch()
            case (.escape, []): cancelSearch()
            default: return editSearch(key)
            }
            return true
        }
        switch (key.key, key.modifiers) {
        case (.char("/"), []): beginSearch()
        case (.up, []), (.char("k"), []): moveUp()
        case (.down, []), (.char("j"), []): moveDown()
        case (.pageUp, []), (.char("b"), .ctrl): pageUp()
        case (.pageDown, []), (.char("f"), .ctrl): pageDown()
        case (.home, []), (.char("g"), []): moveToTop()
        case (.end, []), (.char("G"), []), (.char("G"), .shift): moveToBottom()
        case (.enter, []), (.char(" "), []), (.char("z"), []): toggleFold()
        case (.left, []), (.char("h"), []): fold()
        case (.right, []), (.char("l"), []): unfold()
        case (.char("Z"), []), (.char("Z"), .shift): foldAll()
        case (.char("U"), []), (.char("U"), .shift): unfoldAll()
        case (.char("n"), []): searchNext()
        case (.char("N"), []), (.char("N"), .shift): searchPrevious()
        default: return false
        }
        return true
    }
}
