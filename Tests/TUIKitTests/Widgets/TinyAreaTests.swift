import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

/// Every widget must draw into any area, however small or partly off-screen, without trapping.
@Suite struct TinyAreaTests {
    @Test(arguments: [(0, 0), (1, 1), (2, 2), (3, 1), (1, 5), (5, 3)])
    func widgetsDrawIntoTinyAreas(width: Int, height: Int) {
        let areas = [Rect(x: 0, y: 0, width: width, height: height), Rect(x: -2, y: -1, width: width + 1, height: height + 1),
                     Rect(x: 3, y: 2, width: width, height: height)]
        for area in areas {
            var b = Buffer(size: Size(width: 4, height: 4))
            Block(title: "Title", rightTitle: "1/2", footer: "f", focused: true).render(into: &b, area: area, theme: theme)
            Table(columns: [TableColumn("A"), TableColumn("B", width: .flexible())], rows: [["1", "2"]])
                .render(state: TableState(selected: 0, sort: TableSort(column: 0)), into: &b, area: area, theme: theme)
            TextField(masked: true).render(state: TextFieldState(text: "東京abc"), into: &b, area: area, theme: theme)
            TextArea(lineNumbers: true).render(state: TextAreaState(text: "東京\nb"), into: &b, area: area, theme: theme)
            Spinner(tick: 3, label: "x").render(into: &b, area: area, theme: theme)
            JSONView().render(state: JSONViewState(value: JSONViewTests.record), into: &b, area: area, theme: theme)
            #expect(b.size == Size(width: 4, height: 4))
        }
    }
}
