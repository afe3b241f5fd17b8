import Foundation
import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit
import TUIKitTesting

/// The column chooser (`C`), widths (`<`/`>`) and the layouts file, through `ProgramStep`.
@Suite struct ColumnLayoutTests {
    static func state(file: String? = "/nonexistent/record-columns.json") -> AppState {
        var s = RecordsExportTests.state([
            RecordsExportTests.record("ct-1", "red", "first"), RecordsExportTests.record("ct-2", "blue", "second"),
        ])
        s.records.layoutsFile = file
        return s
    }

    func chooser(_ s: AppState) -> ColumnChooserState? {
        if case .columnChooser(let c)? = s.topModal { return c }
        return nil
    }

    @Test func hideReorderAndPinThenKeep() throws {
        var s = Self.state()
        #expect(s.records.columns == ["id", "team", "note"])
        s.press(.char("C"))
        #expect(chooser(s)?.columns == ["id", "team", "note"])
        s.press(.char("j"), .char(" "))          // hide team
        s.press(.char("j"), .char("K"), .char("K"))  // note to the top
        s.press(.char("p"))
        #expect(chooser(s)?.columns == ["note", "id", "team"])
        let fx = s.press(.enter)
        #expect(s.topModal == nil)
        #expect(s.records.shownColumns == ["note", "id"])
        #expect(s.records.layout == ColumnLayout(order: ["note", "id", "team"], hidden: ["team"], pinned: true))
        #expect(fx == [.saveColumnLayouts(s.records.layouts, to: "/nonexistent/record-columns.json")])
        // Pinned: scrolling sideways keeps "note" first.
        s.press(KeyEvent(.right))
        #expect(s.records.scrolledColumns == ["note", "id"])
        // Export writes the shown columns.
        s.press(.char("e"))
        guard case .export(let export)? = s.topModal else { Issue.record("no export"); return }
        #expect(export.columns == ["note", "id"])
    }

    @Test func escDropsTheChangesAndTheLastShownColumnStays() {
        var s = Self.state()
        s.press(.char("C"), .char(" "), .char("j"), .char(" "), .char("j"), .char(" "))
        #expect(chooser(s)?.hidden == ["id", "team"])
        #expect(s.status.notice == "one column at least stays shown")
        let fx = s.press(.esc)
        #expect(fx.isEmpty)
        #expect(s.records.layout.isDefault)
    }

    @Test func widthsChangeWithAngleBracketsOnTheCurrentColumn() {
        var s = Self.state()
        s.press(KeyEvent(.right))  // current column: team
        let fx = s.press(.char(">"))
        let width = s.records.layout.widths["team"]
        #expect(width == 6)  // "team"/"blue": 4, then 2 wider
        #expect(fx.first == .saveColumnLayouts(s.records.layouts, to: "/nonexistent/record-columns.json"))
        s.press(.char("<"), .char("<"), .char("<"))
        #expect(s.records.layout.widths["team"] == ColumnLayout.minWidth)
        let screen = RootView.render(s, size: s.size, theme: .testing).lines.joined(separator: "\n")
        #expect(screen.contains("bl…") || screen.contains("blu"))
    }

    @Test func layoutsAreRememberedPerConnectionAndObjectType() {
        var s = Self.state()
        s.press(.char("C"), .char(" "), .enter)
        let key = ColumnLayout.key(connectionID: Fixtures.hubspotID, category: "crm", objectType: "contact")
        #expect(s.records.layouts[key]?.hidden == ["id"])
        s.press(.char("]"))  // another object type: its own (default) layout
        #expect(s.records.objectType != "contact")
        #expect(s.records.layout.isDefault)
    }

    @Test func theFileRoundTripsAndABadOneIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-columns-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = ColumnLayoutStore(path: dir.appendingPathComponent("record-columns.json").path)
        #expect(store.load() == .success([:]))
        let layouts = ["c1/crm/contact": ColumnLayout(order: ["name", "id"], hidden: ["email"], pinned: true, widths: ["id": 12, "bad": 9999])]
        try store.save(layouts)
        #expect(store.load() == .success(["c1/crm/contact": ColumnLayout(order: ["name", "id"], hidden: ["email"], pinned: true, widths: ["id": 12])]))
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        try Data("{not json".utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .failure(let failure) = store.load() else { Issue.record("a bad file loaded"); return }
        #expect(failure.message.contains("using the defaults"))
        var s = Fixtures.loadedState()
        s.useColumnLayouts(file: store.path, store.load())
        #expect(s.status.error == failure.message)
        #expect(s.records.layouts.isEmpty)
    }
}
