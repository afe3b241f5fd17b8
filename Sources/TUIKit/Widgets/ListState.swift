/// Selection and scroll of a `ListView`.
public struct ListState: ScrollableSelection, Hashable, Sendable {
    public var selected: Int?
    public var offset: Int
    public var viewportHeight: Int

    public init(selected: Int? = nil, offset: Int = 0, viewportHeight: Int = 0) {
        self.selected = selected; self.offset = offset; self.viewportHeight = viewportHeight
    }

    /// Navigation keys (see `handleNavigation`). - Returns: true when consumed.
    public mutating func handle(_ key: KeyEvent, count: Int) -> Bool { handleNavigation(key, count: count) }
}
