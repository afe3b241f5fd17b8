import Foundation

/// A `ListSource` over rows held in memory, with the filter's result cached (recomputed only when
/// the rows or the filter change, not on every frame or keypress).
struct ItemList<Item: ListItem>: ListSource {
    /// Every row, in the order received.
    private(set) var items: [Item] = []
    /// Indices of `items` that pass the filter, in order.
    private(set) var visible: [Int] = []
    private var filter = ""

    init(_ items: [Item] = []) {
        self.items = items
        visible = Array(items.indices)
    }

    var totalCount: Int { items.count }
    var visibleCount: Int { visible.count }

    func visibleItems(_ range: Range<Int>) -> [Item] {
        let clamped = range.clamped(to: visible.indices)
        return visible[clamped].map { items[$0] }
    }

    mutating func refresh(filter: String) {
        self.filter = filter
        visible = filter.isEmpty ? Array(items.indices) : items.indices.filter { items[$0].matches(filter) }
    }

    /// Replaces the rows (the filter is applied again).
    mutating func replace(_ newItems: [Item]) {
        items = newItems
        refresh(filter: filter)
    }

    /// Edits the rows in place (the filter is applied again).
    mutating func edit(_ change: (inout [Item]) -> Void) {
        change(&items)
        refresh(filter: filter)
    }
}
