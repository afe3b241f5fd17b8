import Foundation

/// A row of an in-memory list pane (`ItemList`): what the `/` filter matches it against.
protocol ListItem: Hashable, Sendable {
    /// True when the row matches `filter` (non-empty, lowercased).
    func matches(_ filter: String) -> Bool
}
