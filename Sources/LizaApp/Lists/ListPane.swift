import Foundation
import TUIKit

/// The state of a list pane, the same for every pane: its rows (a `ListSource`), where loading
/// stands, the selection and scroll (TUIKit's `TableState`, whose `viewportHeight` is the row count
/// the program recorded from the last layout), and the `/` filter.
///
/// Every change goes through a method that keeps the selection in range and visible, so no caller
/// has to remember to re-filter or clamp afterwards.
struct ListPane<Source: ListSource>: Hashable, Sendable {
    /// The rows; change them with `editSource`.
    private(set) var source: Source
    var load: LoadState = .idle
    /// Selection and first row shown (positions among the visible rows).
    private(set) var table = TableState()
    /// The `/` text; change it with `editFilter` or `clearFilter`.
    private(set) var filter = TextFieldState()
    /// True while `/` is typing into the filter.
    var isFiltering = false

    init(_ source: Source) { self.source = source }

    var visibleCount: Int { source.visibleCount }
    var totalCount: Int { source.totalCount }

    /// The selected row, if any.
    var selected: Source.Item? { table.selected.flatMap(source.visibleItem(at:)) }

    /// The rows a table of `height` rows shows, from the row the table starts at.
    func window(height: Int) -> (offset: Int, items: [Source.Item]) {
        let offset = table.visibleOffset(height: height, count: visibleCount)
        return (offset, source.visibleItems(offset..<(offset + max(0, height))))
    }

    /// Changes the rows (the source keeps its filtered rows up to date); the selection stays in range.
    @discardableResult
    mutating func editSource<Result>(_ change: (inout Source) -> Result) -> Result {
        let result = change(&source)
        table.clamp(count: visibleCount)
        return result
    }

    /// Applies a movement command (↑ ↓ top bottom pgup pgdn); false when `command` is not one.
    /// A page keeps one row of the previous page in view.
    mutating func move(_ command: Command) -> Bool {
        let count = visibleCount
        let page = max(1, table.pageSize - 1)
        switch command {
        case .up: table.move(by: -1, count: count)
        case .down: table.move(by: 1, count: count)
        case .top: table.selectFirst(count: count)
        case .bottom: table.selectLast(count: count)
        case .pageUp: table.move(by: -page, count: count)
        case .pageDown: table.move(by: page, count: count)
        default: return false
        }
        return true
    }

    /// Selects the visible row at `position` (clamped).
    mutating func select(position: Int) {
        table.select(position, count: visibleCount)
    }

    /// Edits the filter text; when the text changed, the rows are filtered again and the first
    /// match is selected.
    mutating func editFilter(_ change: (inout TextFieldState) -> Void) {
        let before = filter.text
        change(&filter)
        guard filter.text != before else { return }
        source.refresh(filter: filter.text.lowercased())
        table.select(0, count: visibleCount)
    }

    /// Drops the filter; the selection keeps its position (clamped).
    mutating func clearFilter() {
        filter = TextFieldState()
        source.refresh(filter: "")
        table.clamp(count: visibleCount)
    }

    /// The table shows `rows` rows now (recorded from the layout): the selection stays visible.
    mutating func laidOut(rows: Int) {
        table.viewportHeight = max(0, rows)
        table.clamp(count: visibleCount)
    }
}

extension ListPane {
    /// Selects the first visible row that satisfies `predicate` (rows held in memory only).
    mutating func select<Item>(firstWhere predicate: (Item) -> Bool) where Source == ItemList<Item> {
        if let position = source.visibleItems(0..<visibleCount).firstIndex(where: predicate) {
            select(position: position)
        }
    }
}
