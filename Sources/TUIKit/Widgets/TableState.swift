/// Selection, scroll and sort of a `Table`.
public struct TableState: ScrollableSelection, Hashable, Sendable {
    public var selected: Int?
    public var offset: Int
    /// Body rows (without the header) the table shows; see `Table.bodyHeight(for:)`.
    public var viewportHeight: Int
    public var sort: TableSort?

    public init(selected: Int? = nil, offset: Int = 0, viewportHeight: Int = 0, sort: TableSort? = nil) {
        self.selected = selected; self.offset = offset; self.viewportHeight = viewportHeight; self.sort = sort
    }

    /// Sorts by `column`: ascending first, then toggles the direction on the same column.
    public mutating func toggleSort(column: Int) {
        if let s = sort, s.column == column { sort = TableSort(column: column, ascending: !s.ascending) }
        else { sort = TableSort(column: column, ascending: true) }
    }
}
