/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// Shares the space left after the other columns, in proportion to `weight`, between `min` and `max`.
    case flexible(min: Int = 1, max: Int? = nil, weight: Int = 1)
    /// As wide as the header and the widest VISIBLE cell (never the whole data set), between `min` and `max`.
    case content(min: Int = 1, max: Int? = nil)
}

/// One column of a `Table`: its header title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: TextAlignment

    public init(_ title: String, width: ColumnWidth = .content(), alignment: TextAlignment = .left) {
        self.title = title; self.width = width; self.alignment = alignment
    }
}

/// Which column the rows are sorted by (the app sorts; the table shows ▲/▼ in that header).
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool
    public init(column: Int, ascending: Bool = true) { self.column = column; self.ascending = ascending }
}
