import Foundation

/// The sort of the Records pane by one column (in memory, or the store's window order).
public struct RecordSort: Hashable, Sendable {
    public var column: String
    public var ascending: Bool
    public init(column: String, ascending: Bool = true) { self.column = column; self.ascending = ascending }
}
