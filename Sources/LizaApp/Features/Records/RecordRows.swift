import Foundation

/// The Records pane's `ListSource`: the loaded records, and which of them show after the `/` filter
/// and the sort (cached; recomputed when rows arrive or the filter or sort changes).
///
/// Held in memory for now; a store that reads only the window on screen would take its place behind
/// the same `ListSource` calls.
struct RecordRows: ListSource {
    /// Every loaded record, in server order.
    private(set) var rows: [RecordRow] = []
    /// Indices of `rows` after the filter and sort, in display order.
    private(set) var visible: [Int] = []
    /// The column the rows are sorted by; nil: server order.
    private(set) var sort: RecordSort?
    private var filter = ""

    init() {}

    var totalCount: Int { rows.count }
    var visibleCount: Int { visible.count }

    func visibleItems(_ range: Range<Int>) -> [RecordRow] {
        visible[range.clamped(to: visible.indices)].map { rows[$0] }
    }

    mutating func refresh(filter: String) {
        self.filter = filter
        recompute()
    }

    /// Adds a page of records. Unsorted, only the new rows are filtered (a load-all of many pages
    /// does not re-filter what it already has on every page).
    mutating func append(_ page: [RecordRow]) {
        let start = rows.count
        rows.append(contentsOf: page)
        guard sort == nil else { return recompute() }
        visible.append(contentsOf: filter.isEmpty ? Array(start..<rows.count) : (start..<rows.count).filter { rows[$0].matches(filter) })
    }

    /// Replaces every record.
    mutating func replace(_ all: [RecordRow]) {
        rows = all
        recompute()
    }

    /// Sorts by `sort` (nil: server order).
    mutating func sort(by sort: RecordSort?) {
        self.sort = sort
        recompute()
    }

    private mutating func recompute() {
        var indices = filter.isEmpty ? Array(rows.indices) : rows.indices.filter { rows[$0].matches(filter) }
        if let sort {
            indices.sort { a, b in
                let order = sort.compare(rows[a].cells, rows[b].cells)
                return order == 0 ? a < b : order < 0
            }
        }
        visible = indices
    }
}
