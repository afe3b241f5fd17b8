import Foundation
import LizaAPI
@testable import LizaApp
import OrderedJSON
import Testing
import TUIKit

/// Natural sort, the second sort key, and export (`e`): keys through `ProgramStep`, the file
/// written by the shell's writer and parsed back.
@Suite struct RecordsExportTests {
    /// A Records pane holding `records` (one page, nothing more to load).
    static func state(_ records: [JSONValue]) -> AppState {
        var s = Fixtures.loadedState()
        s.focus = .connections
        _ = ProgramStep.run(&s, .key(KeyEvent(.enter)))
        let g = Fixtures.generation(of: s.records.load)
        _ = ProgramStep.run(&s, .recordsLoaded(generation: g, .success(RecordPage(records: records, offset: 0, limit: 50, total: nil, hasMore: false))))
        Fixtures.settle(&s)
        return s
    }

    static func record(_ id: String, _ team: String, _ note: String = "") -> JSONValue {
        .object([("id", .string(id)), ("team", .string(team)), ("note", .string(note))])
    }

    var shownIDs: (AppState) -> [String] = { s in s.records.list.source.visibleItems(0..<s.records.list.visibleCount).compactMap(\.id) }

    @Test func naturalOrderReadsDigitRunsAsNumbers() {
        #expect(NaturalOrder.compare("ct-9997", "ct-10000") < 0)
        #expect(NaturalOrder.compare("ct-10000", "ct-9997") > 0)
        #expect(NaturalOrder.compare("2", "10") < 0)
        #expect(NaturalOrder.compare("-3", "1.5") < 0)
        #expect(NaturalOrder.compare("File7b", "file7a") > 0)
        #expect(NaturalOrder.compare("a01", "a1") != 0)
        #expect(NaturalOrder.compare("", "a") > 0)
        #expect(NaturalOrder.compare("same", "same") == 0)
    }

    @Test func sortingIdsIsNaturalAndASecondKeyBreaksTies() {
        var s = Self.state([
            Self.record("ct-10000", "b"), Self.record("ct-9997", "a"), Self.record("ct-10001", "a"), Self.record("ct-9", "b"),
        ])
        #expect(s.records.columns.first == "id")
        s.press(.char("o"))
        #expect(shownIDs(s) == ["ct-9", "ct-9997", "ct-10000", "ct-10001"])
        s.press(.char("o"))  // by team; ties keep server order
        #expect(s.records.sort?.column == "team")
        #expect(shownIDs(s) == ["ct-9997", "ct-10001", "ct-10000", "ct-9"])
        s.press(.char("b"))  // then by id
        #expect(s.records.sort?.then == RecordSort.Key(column: "id", ascending: true))
        #expect(shownIDs(s) == ["ct-9997", "ct-10001", "ct-9", "ct-10000"])
        s.press(.char("B"))
        #expect(shownIDs(s) == ["ct-10001", "ct-9997", "ct-10000", "ct-9"])
        #expect(s.status.notice == "sorted by team ▲, then id ▼")
    }

    @Test func secondKeyNeedsAFirstOne() {
        var s = Self.state([Self.record("a", "x")])
        s.press(.char("b"))
        #expect(s.records.sort == nil)
        #expect(s.status.notice?.contains("choose a sort column first") == true)
    }

    @Test func exportAsksForRowsFormatAndFileThenHandsTheWriteToTheShell() throws {
        var s = Self.state((0..<6).map { Self.record("ct-\($0)", $0 % 2 == 0 ? "even" : "odd") })
        s.press(.char("/"))
        s.type("odd")
        s.press(.enter)
        #expect(s.records.list.visibleCount == 3)
        s.press(.char("e"))
        guard case .export(let opened)? = s.topModal else { Issue.record("no export dialog"); return }
        #expect(opened.scope == .filtered)
        #expect(opened.counts[.all] == 6)
        #expect(opened.path.text == "contact.csv")
        // Format: NDJSON via → on the format field; the extension follows.
        s.press(.up, KeyEvent(.right), KeyEvent(.right))
        guard case .export(let changed)? = s.topModal else { Issue.record("dialog closed"); return }
        #expect(changed.format == .ndjson)
        #expect(changed.path.text == "contact.ndjson")
        s.press(KeyEvent(.left), KeyEvent(.left))  // back to CSV
        let fx = s.press(.enter)
        guard case .export(let running)? = s.topModal, case .writing(0, 3) = running.phase else { Issue.record("not writing"); return }
        let job = ExportJob(path: "contact.csv", format: .csv, columns: s.records.columns,
                            records: s.records.list.source.visibleItems(0..<3).map(\.value), overwrite: false)
        #expect(fx.first == .exportRecords(job, generation: running.generation))
        // Progress, then done.
        _ = ProgramStep.run(&s, .exportProgress(generation: running.generation, .wrote(3)))
        _ = ProgramStep.run(&s, .exportProgress(generation: running.generation, .finished(path: "contact.csv", count: 3)))
        guard case .export(let done)? = s.topModal, case .done(_, 3) = done.phase else { Issue.record("not done"); return }
        #expect(s.status.notice == "exported 3 contact records to contact.csv")
        s.press(.enter)
        #expect(s.topModal == nil)
    }

    @Test func anExistingFileIsReplacedOnlyAfterAsking() {
        var s = Self.state([Self.record("a", "x")])
        s.press(.char("e"))
        s.press(.enter)
        guard case .export(let first)? = s.topModal else { Issue.record("no dialog"); return }
        _ = ProgramStep.run(&s, .exportProgress(generation: first.generation, .exists))
        guard case .export(let asking)? = s.topModal, asking.phase == .confirmOverwrite else { Issue.record("did not ask"); return }
        let fx = s.press(.enter)
        guard case .export(let second)? = s.topModal else { Issue.record("closed"); return }
        #expect(fx == [.exportRecords(ExportJob(path: "contact.csv", format: .csv, columns: s.records.columns,
                                                records: s.records.rows.map(\.value), overwrite: true), generation: second.generation)])
    }

    @Test func escWhileWritingCancelsTheWriteAndIgnoresItsLateReports() {
        var s = Self.state([Self.record("a", "x")])
        s.press(.char("e"))
        s.press(.enter)
        guard case .export(let running)? = s.topModal else { Issue.record("no dialog"); return }
        let fx = s.press(.esc)
        #expect(fx == [.cancel(.export)])
        _ = ProgramStep.run(&s, .exportProgress(generation: running.generation, .finished(path: "contact.csv", count: 1)))
        guard case .export(let after)? = s.topModal, case .failed = after.phase else { Issue.record("late report applied"); return }
        s.press(.esc)
        #expect(s.topModal == nil)
    }

    @Test func tabCompletesThePathFromTheFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reports-2026"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("reports-2025"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(ExportFileWriter.completions(of: dir.path + "/rep") == [dir.path + "/reports-2025/", dir.path + "/reports-2026/"])

        var s = Self.state([Self.record("a", "x")])
        s.press(.char("e"))
        guard case .export(var modal)? = s.topModal else { Issue.record("no dialog"); return }
        modal.path.text = dir.path + "/rep"
        s.modals[s.modals.count - 1] = .export(modal)
        let fx = s.press(.tab)
        #expect(fx == [.exportCompletions(of: dir.path + "/rep", generation: modal.generation)])
        _ = ProgramStep.run(&s, .exportCompleted(generation: modal.generation, path: dir.path + "/rep",
                                                 ExportFileWriter.completions(of: dir.path + "/rep")))
        guard case .export(let completed)? = s.topModal else { Issue.record("closed"); return }
        #expect(completed.path.text == dir.path + "/reports-202")
        #expect(completed.completions.count == 2)
    }

    @Test func theWriterWritesRFC4180AndNeverReplacesAFileUnasked() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.csv").path
        let records: [JSONValue] = [
            .object([("id", .string("1")), ("name", .string("Quote \"me\", please")), ("address", .object([("city", .string("Paris"))]))]),
            .object([("id", .string("2")), ("name", .string("two\nlines")), ("address", .object([("city", .string("Oslo"))]))]),
        ]
        let job = ExportJob(path: file, format: .csv, columns: ["id", "name", "address.city"], records: records, overwrite: false)
        let reports = Reports()
        await ExportFileWriter.run(job) { reports.add($0) }
        #expect(reports.all.last == .finished(path: file, count: 2))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text == "id,name,address.city\r\n1,\"Quote \"\"me\"\", please\",Paris\r\n2,two lines,Oslo\r\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let again = Reports()
        await ExportFileWriter.run(job) { again.add($0) }
        #expect(again.all == [.exists])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        var replace = job
        replace.format = .ndjson
        replace.overwrite = true
        await ExportFileWriter.run(replace) { _ in }
        #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    }

    @Test func aCancelledReplaceKeepsTheOldFile() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("keep.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        let job = ExportJob(path: file, format: .json, columns: [], records: (0..<(ExportFileWriter.batchSize * 2)).map { .object([("id", .number("\($0)"))]) },
                            overwrite: true)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            await ExportFileWriter.run(job) { _ in }
        }
        await task.value
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["keep.json"])
    }

    @Test func aCancelledWriteRemovesThePartialFile() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("big.json").path
        let job = ExportJob(path: file, format: .json, columns: [], records: (0..<(ExportFileWriter.batchSize * 3)).map { .object([("id", .number("\($0)"))]) },
                            overwrite: false)
        let reports = Reports()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            await ExportFileWriter.run(job) { reports.add($0) }
        }
        await task.value
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        #expect(reports.all == [.wrote(ExportFileWriter.batchSize)])
    }
}

/// Collects a writer's reports (they arrive from its task).
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ExportProgress] = []
    func add(_ p: ExportProgress) { lock.withLock { items.append(p) } }
    var all: [ExportProgress] { lock.withLock { items } }
}
