import Foundation

/// The Records pane's `ListSource`: either the loaded records held in memory (cache policy `off`,
/// or no store), with the filter and sort applied here; or a window of the record store, where
/// SQLite filters and sorts and the pane keeps only the rows around what it shows
/// (`StoreView`), refreshed by a store effect when the window, filter or sort changes.
struct RecordRows: ListSource {
    /// Every loaded record, in server order (in memory only).
    private(set) var rows: [RecordRow] = []
    /// Indices of `rows` after the filter and sort, in display order.
    private(set) var visible: [Int] = []
    /// The column the rows are sorted by; nil: server order.
    private(set) var sort: RecordSort?
    private(set) var filter = ""
    /// Set when the rows live in the record store.
    private(set) var store: StoreView?

    /// The part of the store the pane holds: one window of rows and the counts.
    struct StoreView: Hashable, Sendable {
        /// Rows that pass the filter, as the last window read counted them.
        var count = 0
        /// `count` is a floor: the store stopped counting there (shown `1,000+`). Scrolling near
        /// it reads again, and each read counts a little past its window, so every row stays reachable.
        var countIsLowerBound = false
        /// Rows stored for the collection.
        var total = 0
        /// The rows of the last window read, from position `loaded.offset`.
        var window: [RecordRow] = []
        /// What the rows in `window` are (nil before the first read).
        var loaded: StoreWindowKey?
        /// The read running now, if any (its answer is taken only while it is still this one).
        var requested: StoreWindowKey?
        /// Bumped whenever the stored rows change (a sync wrote), so every window is read again.
        var version = 0
    }

    init() {}

    /// A source over the record store (empty until the first window read answers).
    static func stored() -> RecordRows {
        var rows = RecordRows()
        rows.store = StoreView()
        return rows
    }

    var totalCount: Int { store?.total ?? rows.count }
    var visibleCount: Int { store?.count ?? visible.count }
    /// `visibleCount` is only a floor (see `StoreView.countIsLowerBound`).
    var visibleCountIsLowerBound: Bool { store?.countIsLowerBound ?? false }

    func visibleItems(_ range: Range<Int>) -> [RecordRow] {
        if let store {
            guard let start = store.loaded?.offset else { return [] }
            let wanted = range.clamped(to: start..<(start + store.window.count))
            return wanted.map { store.window[$0 - start] }
        }
        return visible[range.clamped(to: visible.indices)].map { rows[$0] }
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

    /// The stored rows changed (a sync wrote pages): every window is read again.
    mutating func storeChanged() {
        store?.version += 1
    }

    /// Forgets the window and the counts (another collection is shown).
    mutating func resetStore() {
        guard let old = store else { return }
        var fresh = StoreView()
        fresh.version = old.version + 1
        store = fresh
    }

    /// The read to start so that `range` can be drawn, or nil when the window held covers it or a
    /// read is running. One read at a time: its answer is always taken (shown), then the next
    /// update asks again if the scroll or data moved on meanwhile — so a sync writing pages can
    /// never starve the window by replacing each read before it answers. A read of another
    /// filter or sort is superseded instead: its rows would never be what is shown, and the new
    /// read's effect cancels it (the store stops it at once rather than finishing a scan the new
    /// read would wait behind); the window shows once typing pauses for a read's time.
    /// Reads a page above and below as well, so scrolling a little reads nothing.
    mutating func windowToRead(for range: Range<Int>) -> StoreWindowKey? {
        guard let view = store else { return nil }
        if let running = view.requested, running.filter == filter, running.sort == sort { return nil }
        let count = view.loaded == nil ? Int.max : view.count
        let height = max(1, range.count)
        // Within a screen of a count that is only a floor: read on, to count further.
        let nearFloor = view.countIsLowerBound && range.upperBound + height > view.count
        if !nearFloor, let loaded = view.loaded, loaded.covers(range, count: count, filter: filter, sort: sort, version: view.version) { return nil }
        let offset = max(0, range.lowerBound - height)
        let key = StoreWindowKey(offset: offset, limit: max(60, height * 3), filter: filter, sort: sort, version: view.version)
        store?.requested = key
        return key
    }

    /// A window read answered; false when it is not the read the source waits for.
    @discardableResult
    mutating func windowRead(_ key: StoreWindowKey, rows window: [RecordRow], count: Int, total: Int, atLeast: Bool = false) -> Bool {
        guard store?.requested == key else { return false }
        store?.requested = nil
        store?.loaded = key
        store?.window = window
        store?.count = max(0, count)
        store?.countIsLowerBound = atLeast
        store?.total = max(0, total)
        return true
    }

    /// A window read failed: the window shows nothing until the key changes (a new filter, sort,
    /// scroll or sync asks again; asking again at once would repeat the failure in a loop).
    /// False when it is not the read the source waits for (a superseded one: nothing to say).
    @discardableResult
    mutating func windowFailed(_ key: StoreWindowKey) -> Bool {
        guard store?.requested == key else { return false }
        store?.requested = nil
        store?.loaded = key
        store?.window = []
        return true
    }

    private mutating func recompute() {
        guard store == nil else { return }
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
