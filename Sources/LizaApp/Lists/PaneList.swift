import Foundation
import TUIKit

/// A list pane seen without its row type: what the app does the same way in every pane (the filter,
/// moving, clicks, the recorded viewport). `AppState.list(_:)` and `withList(_:_:)` reach a pane's
/// list by `Pane`.
protocol PaneList: Sendable {
    var load: LoadState { get }
    var filter: TextFieldState { get }
    var isFiltering: Bool { get set }
    var table: TableState { get }
    var visibleCount: Int { get }
    var totalCount: Int { get }
    mutating func move(_ command: Command) -> Bool
    mutating func select(position: Int)
    mutating func editFilter(_ change: (inout TextFieldState) -> Void)
    mutating func clearFilter()
    mutating func laidOut(rows: Int)
}

extension ListPane: PaneList {}
