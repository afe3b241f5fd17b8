import Foundation
import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit

/// The generic list pane and the recorded viewport.
@Suite struct ListPaneTests {
    /// A source that computes its rows from their position and holds none of them: what a store
    /// that reads one window at a time looks like to the pane.
    struct SyntheticSource: ListSource {
        var count: Int
        var totalCount: Int { count }
        var visibleCount: Int { count }
        func visibleItems(_ range: Range<Int>) -> [Int] { Array(range.clamped(to: 0..<count)) }
        mutating func refresh(filter: String) {}
    }

    struct Word: ListItem {
        var text: String
        func matches(_ filter: String) -> Bool { text.contains(filter) }
    }

    @Test func aMillionRowSourceIsPagedThroughItsWindowOnly() {
        var list = ListPane(SyntheticSource(count: 1_000_000))
        list.laidOut(rows: 20)
        #expect(list.table.selected == 0)
        let paged = list.move(.pageDown)
        #expect(paged)
        #expect(list.table.selected == 19, "a page keeps one row of the previous page in view")
        _ = list.move(.bottom)
        let window = list.window(height: 20)
        #expect(window.offset == 999_980)
        #expect(window.items == Array(999_980..<1_000_000))
        #expect(list.selected == 999_999)
        let moved = list.move(.select)
        #expect(!moved, "not a movement")
    }

    @Test func theFilterNarrowsSelectsTheFirstMatchAndClearingKeepsThePosition() {
        var list = ListPane(ItemList(["alpha", "beta", "gamma", "delta"].map(Word.init)))
        list.laidOut(rows: 10)
        _ = list.move(.down)
        list.editFilter { $0 = TextFieldState(text: "ta") }
        #expect(list.visibleCount == 2)
        #expect(list.totalCount == 4)
        #expect(list.selected?.text == "beta")
        _ = list.move(.down)
        #expect(list.selected?.text == "delta")
        list.clearFilter()
        #expect(list.visibleCount == 4)
        #expect(list.table.selected == 1)
    }

    @Test func newRowsKeepTheSelectionInRangeAndCanReselectByValue() {
        var list = ListPane(ItemList(["a", "b", "c"].map(Word.init)))
        _ = list.move(.bottom)
        list.editSource { $0.replace([Word(text: "x")]) }
        #expect(list.table.selected == 0)
        list.editSource { $0.replace([Word(text: "x"), Word(text: "y"), Word(text: "z")]) }
        list.select(firstWhere: { $0.text == "z" })
        #expect(list.selected?.text == "z")
        list.editSource { $0.replace([]) }
        #expect(list.selected == nil)
    }

    @Test func recordPagesArrivingUnderAFilterAreFilteredAsAFullRefreshWould() {
        var rows = RecordRows()
        rows.refresh(filter: "ada")
        for offset in stride(from: 0, to: 250, by: 50) {
            rows.append(Fixtures.page(offset: offset, limit: 50).records.map(RecordRow.init))
        }
        let appended = rows.visible
        #expect(appended.count == 25)
        rows.refresh(filter: "ada")
        #expect(rows.visible == appended)
        rows.sort(by: RecordSort(column: "id", ascending: false))
        rows.append([RecordRow(.object([("id", .string("ct_9999")), ("name", .string("Ada New"))]))])
        #expect(rows.visibleItems(0..<1).first?.id == "ct_9999", "sorted: the new row takes its place in the order")
    }

    @Test func paneRowsComeFromTheRecordedLayout() {
        var s = Fixtures.recordsState(size: Size(width: 120, height: 40))
        // Wide layout: Records is the right column, 38 rows tall: border, toolbar, header, border.
        let rows = s.viewport.panes[.records]?.rows.height
        #expect(rows == 34)
        #expect(s.records.list.table.viewportHeight == 34)
        s.press(KeyEvent(.pageDown))
        #expect(s.records.list.table.selected == 33)
        _ = ProgramStep.run(&s, .resize(Size(width: 80, height: 24)))
        #expect(s.viewport.panes.keys.sorted { $0.rawValue < $1.rawValue } == [.records])
        #expect(s.records.list.table.viewportHeight == 17)
        #expect(s.viewport.tabs.count == 3)
    }

    @Test func aClickOnATabFocusesItsPane() throws {
        var s = Fixtures.loadedState(size: Size(width: 80, height: 24))
        let tab = try #require(s.viewport.tabs[.records])
        _ = ProgramStep.run(&s, .mouse(MouseEvent(.press(.left), at: Point(x: tab.x + 2, y: tab.y))))
        #expect(s.focus == .records)
    }

    @Test func modalsGetTheirRecordedFrames() {
        var s = Fixtures.recordsState(size: Size(width: 120, height: 40))
        s.press(.enter)
        guard case .document(let document)? = s.topModal else { Issue.record("no document"); return }
        #expect(s.viewport.modals.count == 1)
        #expect(s.viewport.modals.last?.frame == LayoutPlan.documentRect(in: s.size))
        #expect(document.json.viewportHeight == 38 - 3, "the JSON lines inside the border, above the search bar")
    }
}
