import Foundation
import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit

@Suite struct SupportTests {
    @Test func textInputEditsLikeReadline() {
        var t = TextFieldState(text: "hello world")
        t.handle(.ctrl("w"))
        #expect(t.text == "hello ")
        t.handle(.ctrl("a"))
        t.handle(.char(">"))
        #expect(t.text == ">hello ")
        t.handle(KeyEvent(.end))
        t.handle(KeyEvent(.backspace))
        #expect(t.text == ">hello")
        t.handle(.ctrl("a"))
        t.handle(.ctrl("d"))
        #expect(t.text == "hello")
        t.handle(.ctrl("u"))
        #expect(t.text == "hello")
        t.handle(.ctrl("e"))
        t.handle(.ctrl("u"))
        #expect(t.isEmpty)
    }

    @Test func editorSplitsAndJoinsLines() {
        var e = TextAreaState(text: "{")
        e.handle(KeyEvent(.end))
        e.handle(KeyEvent(.enter))
        e.handle(.char("}"))
        #expect(e.text == "{\n}")
        e.handle(KeyEvent(.left))
        e.handle(KeyEvent(.backspace))
        #expect(e.text == "{}")
        e.handle(.ctrl("k"))
        #expect(e.text == "{")
        e.handle(.ctrl("u"))
        #expect(e.text.isEmpty)
    }

    @Test func flattenerNamesNestedPaths() {
        let flat = RecordFlattener.flatten(Fixtures.contact(0))
        let paths = flat.map(\.path)
        #expect(paths.contains("emails[0].email"))
        #expect(paths.contains("address.city"))
        #expect(flat.first { $0.path == "updated_at" }?.text == "2025-06-01 15:00")
        let tags: JSONValue = .object([("tags", .array([.string("a"), .string("b")]))])
        #expect(RecordFlattener.flatten(tags).first?.text == "a, b")
    }

    @Test func compactDates() {
        #expect(CompactDate.format("2024-03-05T14:22:11.000Z") == "2024-03-05 14:22")
        #expect(CompactDate.format("Ada") == nil)
        #expect(CompactDate.isISO8601("2024-03-05"))
        #expect(!CompactDate.isISO8601("2024-3-5"))
    }

    @Test func hostOfBaseURL() {
        #expect(SessionInfo.host(ofBaseURL: "https://api.eu.liza.app/api") == "api.eu.liza.app")
        #expect(SessionInfo.host(ofBaseURL: "http://127.0.0.1:8080/api") == "127.0.0.1:8080")
    }

    @Test func layoutIsWideFrom100x30() {
        #expect(LayoutPlan(size: Size(width: 100, height: 30), focus: .records).panes.count == 3)
        #expect(LayoutPlan(size: Size(width: 99, height: 30), focus: .records).panes.keys.sorted { $0.rawValue < $1.rawValue } == [.records])
        #expect(LayoutPlan(size: Size(width: 59, height: 30), focus: .records).isTooSmall)
        #expect(!LayoutPlan(size: Size(width: 60, height: 15), focus: .records).isTooSmall)
    }

    @Test func byteCounts() {
        #expect(ByteCount.format(512) == "512 B")
        #expect(ByteCount.format(1234) == "1.2 kB")
        #expect(ByteCount.format(3_400_000) == "3.4 MB")
    }
}

@Suite struct PassthroughHistoryStoreTests {
    @Test func roundTripsWithPrivateFileMode() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-history-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = PassthroughHistoryStore(path: dir.appendingPathComponent("state/history.json").path)
        #expect(store.load().isEmpty)
        let entries = [
            PassthroughHistoryEntry(connectionID: "c1", method: .GET, path: "/crm/v3/objects/contacts", body: "", status: 200),
            PassthroughHistoryEntry(connectionID: "c1", method: .POST, path: "/x", body: "{\"a\": \"é\\n\"}", status: nil),
        ]
        try store.save(entries)
        #expect(store.load() == entries)
        let mode = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func ignoresAGarbledFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-history-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("h.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{not json".utf8)))
        #expect(PassthroughHistoryStore(path: path).load().isEmpty)
    }
}
