/// One sort key of a window read: a column path and a direction. A window takes several: the
/// first decides, the next breaks ties, then the server's order.
public struct RecordOrder: Hashable, Sendable {
    public var column: String
    public var ascending: Bool

    public init(column: String, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }
}
