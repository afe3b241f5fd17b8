import Foundation

/// The rows behind a list pane: how many it holds, which of them pass the pane's filter (in display
/// order), and the rows of one window of those.
///
/// `ListPane` only ever asks for counts and for the window it draws (`visibleItems(_:)`), never for
/// every row, so a source that keeps its rows elsewhere — a store that reads one window at a time —
/// can replace an in-memory one without the pane, its update or its view changing.
protocol ListSource: Hashable, Sendable {
    associatedtype Item: Sendable
    /// Rows held, before the filter.
    var totalCount: Int { get }
    /// Rows that pass the filter.
    var visibleCount: Int { get }
    /// The visible rows at `range` (positions after the filter), in display order; positions past
    /// the end are left out.
    func visibleItems(_ range: Range<Int>) -> [Item]
    /// Applies `filter` (the `/` text, lowercased) again: after it changed or the rows did.
    mutating func refresh(filter: String)
}

extension ListSource {
    /// The visible row at `position`, if there is one.
    func visibleItem(at position: Int) -> Item? {
        guard position >= 0, position < visibleCount else { return nil }
        return visibleItems(position..<(position + 1)).first
    }
}
