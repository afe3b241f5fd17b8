/// A selection in a scrolling list of `count` rows (the behaviour of `TableState`). The count is
/// passed to each call because rows are owned by the app (and may be supplied lazily), not by the state.
public protocol ScrollableSelection {
    /// The selected row, nil when nothing is selected (e.g. an empty list).
    var selected: Int? { get set }
    /// The first visible row.
    var offset: Int { get set }
    /// Rows the list shows, as last laid out by the app; 0 = unknown (see Widgets/_Conventions.swift).
    var viewportHeight: Int { get set }
}

extension ScrollableSelection {
    /// Selects `index` (clamped to the rows; nil when there are none) and scrolls it into view.
    public mutating func select(_ index: Int?, count: Int) {
        if let index, count > 0 { selected = min(max(0, index), count - 1) } else { selected = nil }
        scrollToSelection(count: count)
    }

    public mutating func selectNext(count: Int) { select(selected.map { $0 + 1 } ?? 0, count: count) }
    public mutating func selectPrevious(count: Int) { select(selected.map { $0 - 1 } ?? 0, count: count) }
    public mutating func selectFirst(count: Int) { select(0, count: count) }
    public mutating func selectLast(count: Int) { select(count - 1, count: count) }
    /// Moves the selection `delta` rows (from the first row when there is none), clamped.
    public mutating func move(by delta: Int, count: Int) { select((selected ?? 0) + delta, count: count) }

    /// Rows one page moves: the viewport height (at least 1).
    public var pageSize: Int { max(1, viewportHeight) }

    public mutating func pageDown(count: Int) {
        offset += pageSize
        select((selected ?? 0) + pageSize, count: count)
    }

    public mutating func pageUp(count: Int) {
        offset = max(0, offset - pageSize)
        select((selected ?? 0) - pageSize, count: count)
    }

    /// Keeps the selection and offset valid after the rows changed (e.g. a new page arrived).
    /// Selects the first row when there was no selection and rows appeared.
    public mutating func clamp(count: Int) {
        if count == 0 { selected = nil; offset = 0; return }
        select(selected ?? 0, count: count)
    }

    /// Moves `offset` as little as possible so the selection is visible in `viewportHeight` rows.
    public mutating func scrollToSelection(count: Int) {
        if viewportHeight > 0 {
            offset = Scrolling.offset(keeping: selected, visibleIn: viewportHeight, from: offset, count: count)
        } else if let s = selected, s < offset {
            offset = s
        }
    }

    /// The first row drawn in `height` rows: the stored offset, adjusted so the selection shows.
    public func visibleOffset(height: Int, count: Int) -> Int {
        Scrolling.offset(keeping: selected, visibleIn: height, from: offset, count: count)
    }
}
