/// A table with a header row, column width rules, a highlighted selection and a sort indicator.
///
/// Rows are supplied lazily (`rowCount` + a closure), and drawing touches only the rows that are
/// visible: a table of 1,000,000 rows costs the same per frame as one of 100. Content-sized
/// columns are measured over the visible rows only, for the same reason (so widths can change
/// slightly while scrolling; use `.fixed`/`.flexible` where that matters).
public struct Table {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var focused: Bool
    /// Blank columns between two columns.
    public var columnSpacing: Int
    /// Shown (muted) under the header when there are no rows, e.g. "No records".
    public var emptyText: String
    private let rowCells: (Int) -> [String]
    private let cellRole: ((Int, Int) -> ThemeRole?)?

    /// - Parameters:
    ///   - cell: the text at (row, column); called only for visible rows.
    ///   - cellRole: optional role for a cell's text (e.g. `.success` for "active"); on the selected row the
    ///     selection style is laid over it.
    public init(columns: [TableColumn], rowCount: Int, focused: Bool = true, columnSpacing: Int = 1,
                emptyText: String = "", cellRole: ((Int, Int) -> ThemeRole?)? = nil,
                cell: @escaping (Int, Int) -> String) {
        let n = columns.count
        self.init(columns: columns, rowCount: rowCount, focused: focused, columnSpacing: columnSpacing,
                  emptyText: emptyText, cellRole: cellRole, row: { r in (0..<n).map { cell(r, $0) } })
    }

    /// - Parameter row: all cells of a row (called once per visible row); missing cells are blank.
    public init(columns: [TableColumn], rowCount: Int, focused: Bool = true, columnSpacing: Int = 1,
                emptyText: String = "", cellRole: ((Int, Int) -> ThemeRole?)? = nil,
                row: @escaping (Int) -> [String]) {
        self.columns = columns; self.rowCount = max(0, rowCount); self.focused = focused
        self.columnSpacing = max(0, columnSpacing); self.emptyText = emptyText
        self.rowCells = row; self.cellRole = cellRole
    }

    /// A table over rows already in memory.
    public init(columns: [TableColumn], rows: [[String]], focused: Bool = true, emptyText: String = "",
                cellRole: ((Int, Int) -> ThemeRole?)? = nil) {
        self.init(columns: columns, rowCount: rows.count, focused: focused, emptyText: emptyText, cellRole: cellRole, row: { rows[$0] })
    }

    /// Body rows available in `area` (its height minus the header row): set `TableState.viewportHeight` to this.
    public static func bodyHeight(for area: Rect) -> Int { max(0, area.height - 1) }

    public func render(state: TableState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: Cell(style: theme[.text]))
        let bodyHeight = Self.bodyHeight(for: area)
        let offset = state.visibleOffset(height: bodyHeight, count: rowCount)
        let visible = offset..<min(rowCount, offset + bodyHeight)
        let rows = visible.map { rowCells($0) }
        let widths = columnWidths(width: area.width, sort: state.sort, visibleRows: rows)

        // Header.
        let headerStyle = theme[.primary]
        var x = area.minX
        for (i, column) in columns.enumerated() where widths[i] > 0 {
            var title = column.title
            if let sort = state.sort, sort.column == i { title += sort.ascending ? " ▲" : " ▼" }
            buffer.write(title, in: Rect(x: x, y: area.minY, width: min(widths[i], area.maxX - x), height: 1),
                         style: headerStyle, alignment: column.alignment)
            x += widths[i] + columnSpacing
        }

        if rowCount == 0 {
            if !emptyText.isEmpty, bodyHeight > 0 {
                buffer.write(emptyText, in: Rect(x: area.minX, y: area.minY + 1, width: area.width, height: 1), style: theme[.muted])
            }
            return
        }

        let selectionStyle = focused ? theme[.selection] : theme[.selection].adding(.dim)
        for (k, cells) in rows.enumerated() {
            let index = offset + k
            let y = area.minY + 1 + k
            let isSelected = index == state.selected
            if isSelected {
                buffer.fill(Rect(x: area.minX, y: y, width: area.width, height: 1), with: Cell(style: selectionStyle))
            }
            var x = area.minX
            for (i, column) in columns.enumerated() where widths[i] > 0 {
                let text = i < cells.count ? cells[i] : ""
                var style = cellRole.flatMap { $0(index, i) }.map { theme[$0] } ?? theme[.text]
                if isSelected { style = style.overlaid(with: selectionStyle) }
                buffer.write(text, in: Rect(x: x, y: y, width: min(widths[i], area.maxX - x), height: 1),
                             style: style, alignment: column.alignment)
                x += widths[i] + columnSpacing
            }
        }
    }

    /// The width of each column for a table `width` columns wide, given the visible rows.
    /// Columns that do not fit get width 0 (they are dropped from the right).
    func columnWidths(width: Int, sort: TableSort?, visibleRows: [[String]]) -> [Int] {
        let n = columns.count
        guard n > 0 else { return [] }
        var widths = [Int](repeating: 0, count: n)
        var minimums = [Int](repeating: 0, count: n)
        for (i, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let w):
                widths[i] = max(0, w); minimums[i] = widths[i]
            case .flexible(let lo, _, _):
                widths[i] = max(0, lo); minimums[i] = widths[i]
            case .content(let lo, let hi):
                var w = TextMeasure.width(column.title) + (sort?.column == i ? 2 : 0)
                for row in visibleRows where i < row.count { w = max(w, TextMeasure.width(row[i])) }
                w = max(w, lo)
                if let hi { w = min(w, max(hi, lo)) }
                // Shrinking below the header would hide what the column is; clip from the right instead.
                widths[i] = max(0, w); minimums[i] = max(0, min(max(lo, TextMeasure.width(column.title)), w))
            }
        }
        let spacing = columnSpacing * (n - 1)
        var remaining = width - spacing - widths.reduce(0, +)

        // Give spare room to flexible columns by weight, respecting their maximums.
        var open = columns.indices.filter { if case .flexible = columns[$0].width { return true } else { return false } }
        while remaining > 0, !open.isEmpty {
            let totalWeight = open.reduce(0) { acc, i in
                if case .flexible(_, _, let wt) = columns[i].width { return acc + max(1, wt) } else { return acc }
            }
            var given = 0
            var stillOpen: [Int] = []
            for (k, i) in open.enumerated() {
                guard case .flexible(_, let hi, let wt) = columns[i].width else { continue }
                // The last open column takes the rounding remainder.
                var share = k == open.count - 1 ? remaining - given : remaining * max(1, wt) / totalWeight
                if let hi { share = min(share, max(0, hi - widths[i])) }
                widths[i] += share
                given += share
                if hi.map({ widths[i] < $0 }) ?? true { stillOpen.append(i) }
            }
            remaining -= given
            if given == 0 { break }
            open = stillOpen
        }

        // Too wide: shrink content and flexible columns towards their minimum, widest first.
        while remaining < 0 {
            guard let i = widths.indices
                .filter({ widths[$0] > minimums[$0] })
                .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[i] -= 1
            remaining += 1
        }
        // Still too wide: clip at the right edge (the last columns shrink, then disappear).
        var x = 0
        for i in 0..<n {
            let room = max(0, width - x)
            widths[i] = min(widths[i], room)
            x += widths[i] + columnSpacing
        }
        return widths
    }
}
