import Testing
import TUIKit
import TUIKitTesting

@Suite struct TableTests {
    let columns = [
        TableColumn("ID", width: .content()),
        TableColumn("Name", width: .flexible(min: 6)),
        TableColumn("Amount", width: .fixed(8), alignment: .right),
    ]

    @Test func tableWithSelectionAndSortSnapshot() {
        let rows = [
            ["1", "Acme Inc", "12.50"],
            ["2", "株式会社トヨタ自動車", "3"],
            ["3", "🚀 Rocket Co", "1000000.00"],
            ["4", hostileText, "0"],
        ]
        var s = TableState(viewportHeight: 4, sort: TableSort(column: 1, ascending: false))
        s.select(2, count: rows.count)
        let buffer = rendered(34, 5) { b in
            Table(columns: columns, rows: rows, cellRole: { r, c in c == 2 && r == 0 ? .success : nil })
                .render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(isClean(buffer))
        assertSnapshot(buffer, named: "table-sorted-selected")
    }

    @Test func emptyTableAndUnfocusedSelection() {
        let buffer = rendered(30, 3) { b in
            Table(columns: columns, rows: [], emptyText: "No records").render(state: TableState(), into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[1].hasPrefix("No records"))
        let unfocused = rendered(30, 3) { b in
            Table(columns: columns, rows: [["1", "a", "2"]], focused: false)
                .render(state: TableState(selected: 0), into: &b, area: b.area, theme: theme)
        }
        assertSnapshot(unfocused, named: "table-unfocused")
    }

    @Test func millionRowsOnlyTouchVisibleRows() {
        var asked = Set<Int>()
        var s = TableState(viewportHeight: 9)
        s.select(765_432, count: 1_000_000)
        let buffer = rendered(40, 10) { b in
            Table(columns: columns, rowCount: 1_000_000) { r, c in asked.insert(r); return "\(r)-\(c)" }
                .render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(asked == Set(765_424...765_432))
        #expect(buffer.lines[9].hasPrefix("765432"))
    }

    @Test func contentWidthUsesVisibleRowsOnly() {
        // Row 0 is very wide but scrolled out of view, so it does not widen the ID column.
        let cells = ["x" + String(repeating: "w", count: 30)] + (1..<100).map { "\($0)" }
        let s = TableState(selected: 99, viewportHeight: 3)
        let buffer = rendered(30, 4) { b in
            Table(columns: columns, rowCount: 100) { r, c in c == 0 ? cells[r] : "n" }.render(state: s, into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[0].hasPrefix("ID Name"))
    }

    @Test func flexibleColumnsShareSpaceAndRespectMaximum() {
        let cols = [
            TableColumn("A", width: .flexible(min: 2, max: 5)),
            TableColumn("B", width: .flexible(min: 2, weight: 2)),
            TableColumn("C", width: .fixed(4)),
        ]
        let buffer = rendered(30, 2) { b in
            Table(columns: cols, rows: [["aaaaaaaaaa", "b", "c"]]).render(state: TableState(), into: &b, area: b.area, theme: theme)
        }
        // 30 = A(5, capped) + 1 + B(19) + 1 + C(4)
        #expect(buffer.lines[0] == "A     B                   C   ")
        #expect(buffer.lines[1] == "aaaa… b                   c   ")
    }

    @Test func narrowTableDropsColumnsFromTheRight() {
        let buffer = rendered(12, 2) { b in
            Table(columns: columns, rows: [["1", "Acme", "9.99"]]).render(state: TableState(), into: &b, area: b.area, theme: theme)
        }
        #expect(buffer.lines[0] == "ID Name   A…")
    }

    @Test func selectionBoundsAndPaging() {
        var s = TableState(viewportHeight: 10)
        s.selectPrevious(count: 0)
        #expect(s.selected == nil)
        s.pageDown(count: 25)
        #expect(s.selected == 10 && s.offset == 10)
        s.pageDown(count: 25)
        #expect(s.selected == 20 && s.offset == 15)
        s.pageDown(count: 25)
        #expect(s.selected == 24 && s.offset == 15)
        s.pageUp(count: 25)
        #expect(s.selected == 14 && s.offset == 5)
        s.toggleSort(column: 2)
        #expect(s.sort == TableSort(column: 2, ascending: true))
        s.toggleSort(column: 2)
        #expect(s.sort == TableSort(column: 2, ascending: false))
        s.toggleSort(column: 0)
        #expect(s.sort == TableSort(column: 0, ascending: true))
        #expect(Table.bodyHeight(for: Rect(x: 0, y: 0, width: 10, height: 11)) == 10)
    }
}
