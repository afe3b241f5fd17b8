import Foundation
import LizaAPI

/// A read-only summary of the Records pane for code outside LizaApp that drives a `Program`
/// (liza-bench's update-loop benchmark matches each key to the frame that shows it): the pane's
/// internals stay internal, this copies the few facts such a driver waits for.
public struct RecordsInspection: Hashable, Sendable {
    /// The stored collection the pane shows (nil without a store or before a connection opens).
    public var collection: StoreCollection?
    /// The selected position among the visible (filtered) rows.
    public var selectedIndex: Int?
    /// The `/` filter's text, and whether it is being typed.
    public var filter: String
    public var isFiltering: Bool
    /// Rows that pass the filter, and all rows (with a store: the counts of the last window read).
    public var visibleCount: Int
    public var totalCount: Int
    /// A sync (`L`, `R`) is running: the records it has fetched so far.
    public var syncFetched: Int?
    /// The Records pane has the focus.
    public var focused: Bool
}
