import OrderedJSON
import TUIKit

/// Benchmarks of TUIKit widgets.
enum TUIKitBenchmarks {
    static var all: [Benchmark] {
        [
            tableFrame(rows: 100, name: "table.frame.200x60.rows100"),
            tableFrame(rows: 1_000_000, name: "table.frame.200x60.rows1M"),
            jsonFlatten(),
            jsonFrame(),
        ]
    }

    /// One full 200×60 frame: a bordered table pane filling the screen plus a status bar,
    /// with the selection in the middle of the rows. Rows are lazy (computed per visible row),
    /// so the 1M-row frame should cost about the same as the 100-row one.
    static func tableFrame(rows: Int, name: String) -> Benchmark {
        let size = Size(width: 200, height: 60)
        let columns = [
            TableColumn("ID", width: .content(max: 12)),
            TableColumn("Name", width: .flexible(min: 10, weight: 2)),
            TableColumn("Email", width: .flexible(min: 10, weight: 2)),
            TableColumn("Company", width: .content(max: 30)),
            TableColumn("Updated", width: .fixed(20)),
        ]
        var state = TableState(viewportHeight: size.height - 4)
        state.select(rows / 2, count: rows)
        var tick = 0
        return Benchmark(name: name, group: "table.frame") {
            tick += 1
            var buffer = Buffer(size: size)
            let inner = Block(title: "Contacts — 张伟 🚀", rightTitle: "\(rows / 2 + 1)/\(rows)", focused: true)
                .render(into: &buffer, area: Rect(x: 0, y: 0, width: size.width, height: size.height - 1), theme: .default)
            Table(columns: columns, rowCount: rows, cell: { r, c in
                switch c {
                case 0: "c_\(r)"
                case 1: "Person \(r) 张\(r % 10)"
                case 2: "person\(r)@example.com"
                case 3: "Company \(r % 97)"
                default: "2026-11-\(10 + r % 19)T12:00:00Z"
                }
            }).render(state: state, into: &buffer, area: inner, theme: .default)
            KeyHintLine([KeyHint(key: "q", label: "quit"), KeyHint(key: "/", label: "search \(tick)")])
                .render(into: &buffer, area: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), theme: .default)
            return buffer.cells.count &+ Int(buffer[1, 1].grapheme.asciiValue ?? 0)
        }
    }

    static func sampleArray(_ n: Int) -> JSONValue {
        .array((0..<n).map { i in
            .object([("id", .string("c_\(i)")), ("name", .string("Person \(i)")), ("age", .int(i % 90)),
                     ("active", .bool(i % 2 == 0)), ("tags", .array([.string("a"), .string("b")])), ("manager", .null)])
        })
    }

    /// Building the cached line list of a 5,000-element array (once per value / fold change).
    static func jsonFlatten() -> Benchmark {
        let value = sampleArray(5_000)
        return Benchmark(name: "json.flatten.5000", group: "json") {
            JSONViewState(value: value).lineCount
        }
    }

    /// One 200×60 frame of that array scrolled to the middle (draws only the visible lines).
    static func jsonFrame() -> Benchmark {
        var state = JSONViewState(value: sampleArray(5_000), viewportHeight: 60)
        state.moveCursor(to: state.lineCount / 2)
        return Benchmark(name: "json.frame.200x60.5000", group: "json") {
            var buffer = Buffer(size: Size(width: 200, height: 60))
            JSONView().render(state: state, into: &buffer, area: buffer.area, theme: .default)
            return buffer.cells.count
        }
    }
}
