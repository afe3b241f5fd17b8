import Foundation
import LizaAPI
@testable import LizaApp
import OrderedJSON
import Synchronization
import Testing
import TUIKit

/// A `RecordStoring` held in memory: the fixtures' contacts, filtered and sorted like the store
/// (substring of any cell; one column), with what the last "sync" changed. Records its calls.
final class MemoryRecordStore: RecordStoring {
    struct Contents {
        var rows: [StoreRow] = []
        var syncedAt: Double?
        /// A (full or incremental) sync finished: more than the first page is stored.
        var complete = false
        var calls: [String] = []
    }
    let contents = Mutex(Contents())

    func window(_ key: StoreCollection, offset: Int, limit: Int, sort: [StoreOrder], filter: String) async -> Result<StoreWindow, AppFailure> {
        let (all, syncedAt, complete) = contents.withLock { c in
            c.calls.append("window \(offset) \(limit) \(filter) \(sort.first?.column ?? "-")")
            return (c.rows, c.syncedAt, c.complete)
        }
        var rows = filter.isEmpty ? all : all.filter { RecordRow($0).matches(filter) }
        if let order = sort.first {
            rows.sort { a, b in
                let x = RecordRow(a).cells[order.column] ?? "", y = RecordRow(b).cells[order.column] ?? ""
                return order.ascending ? NaturalOrder.compare(x, y) < 0 : NaturalOrder.compare(x, y) > 0
            }
        }
        let window = Array(rows.dropFirst(offset).prefix(limit))
        let status = syncedAt.map {
            StoreStatus(count: all.count, changed: all.filter { $0.change != .none }.count, syncedAt: $0, observedAt: $0 + 180, columns: ["id", "name"],
                        complete: complete)
        }
        return .success(StoreWindow(rows: window, count: rows.count, status: status))
    }

    func sync(_ key: StoreCollection, full: Bool, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage,
              progress: @escaping @Sendable (Int) -> Void) async -> Result<StoreSyncReport, AppFailure> {
        contents.withLock { $0.calls.append("sync \(full ? "full" : "incremental")") }
        do {
            let page = try await fetch(RecordQuery(connectionID: key.connectionID, category: key.category, objectType: key.objectType, limit: 100))
            let rows = page.records.enumerated().map { i, value in
                StoreRow(id: value["id"]?.stringValue ?? "#\(i)", value: value, change: i < 3 && !full ? .changed : .none)
            }
            contents.withLock { $0.rows = rows; $0.syncedAt = 1_000; $0.complete = true }
            progress(rows.count)
            return .success(StoreSyncReport(full: full, fetched: rows.count, stored: rows.count))
        } catch {
            return .failure(AppFailure(error.message))
        }
    }

    func syncFirstPage(_ key: StoreCollection, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage) async -> Result<StoreSyncReport, AppFailure> {
        contents.withLock { $0.calls.append("first page") }
        do {
            let page = try await fetch(RecordQuery(connectionID: key.connectionID, category: key.category, objectType: key.objectType, limit: 100))
            let rows = page.records.prefix(20).enumerated().map { i, value in StoreRow(id: value["id"]?.stringValue ?? "#\(i)", value: value, change: .none) }
            contents.withLock { $0.rows = Array(rows); $0.syncedAt = 1_000 }
            return .success(StoreSyncReport(full: false, fetched: rows.count, stored: rows.count, firstPage: true))
        } catch {
            return .failure(AppFailure(error.message))
        }
    }

    func reduceRows<State: Sendable>(_ key: StoreCollection, sort: [StoreOrder], filter: String, into initial: State,
                                     _ body: @escaping @Sendable (inout State, [JSONValue]) -> Bool) async -> Result<State, AppFailure> {
        let all = contents.withLock { c in
            c.calls.append("reduce \(filter) \(sort.first?.column ?? "-")")
            return c.rows
        }
        var rows = filter.isEmpty ? all : all.filter { RecordRow($0).matches(filter) }
        if let order = sort.first {
            rows.sort { a, b in
                let x = RecordRow(a).cells[order.column] ?? "", y = RecordRow(b).cells[order.column] ?? ""
                return order.ascending ? NaturalOrder.compare(x, y) < 0 : NaturalOrder.compare(x, y) > 0
            }
        }
        var state = initial
        var start = 0
        // Batches of 7, so an export sees several.
        while start < rows.count {
            let end = min(rows.count, start + 7)
            guard body(&state, rows[start..<end].map(\.value)) else { break }
            start = end
        }
        return .success(state)
    }

    func diff(_ key: StoreCollection, id: String) async -> Result<[StoreDiffField], AppFailure> {
        .success([StoreDiffField(path: "name", before: "Old Name", after: "New Name")])
    }
}

/// The Records pane on a record store: window reads as effects, sync (`L`, `R`), the footer,
/// changed rows and their diff (`c`), offline. Effects run against `MemoryRecordStore` the way
/// `EffectRunner` runs them, and their actions go back through `ProgramStep`.
@Suite struct RecordStorePaneTests {
    let store = MemoryRecordStore()
    let service = FixtureService()

    /// Runs every store and API effect in `effects` (and those their actions return) to the end.
    func drain(_ s: inout AppState, _ effects: [Effect]) async {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            let sent = Mutex<[Action]>([])
            switch effect {
            case .store(let request): await request.run(store, service) { action in sent.withLock { $0.append(action) } }
            case .request(let request): await request.run(service) { action in sent.withLock { $0.append(action) } }
            default: continue
            }
            for action in sent.withLock({ $0 }) { pending += ProgramStep.run(&s, action) }
        }
    }

    /// Opens the contacts (the first page is stored) and syncs them all (`L`).
    func openSynced(_ s: inout AppState) async {
        s.focus = .connections
        await drain(&s, s.press(.enter))
        await drain(&s, s.press(.char("L")))
    }

    func storeState(offline: Bool = false) -> AppState {
        var s = Fixtures.loadedState()
        s.useRecordStore(offline: offline)
        return s
    }

    @Test func openingAnEmptyStoreStoresTheFirstPageAndLSyncsAll() async {
        var s = storeState()
        s.focus = .connections
        let fx = s.press(.enter)
        #expect(fx.contains { if case .store(let r) = $0 { return r.id == .storeWindow } else { return false } })
        #expect(!fx.contains { if case .request = $0 { return true } else { return false } }, "no page is fetched into memory")
        await drain(&s, fx)
        let calls = store.contents.withLock { $0.calls }
        #expect(calls.first?.hasPrefix("window 0") == true)
        #expect(calls.contains("first page"))
        #expect(!calls.contains { $0.hasPrefix("sync") }, "no automatic sync of the whole object type")
        #expect(s.records.usesStore)
        #expect(s.records.list.visibleCount == 20)
        #expect(s.records.syncing == nil)
        #expect(s.records.footer(keys: s.keys) == "1 page · 20 · L syncs all")
        #expect(s.status.notice == "first page: 20 stored · L syncs all")
        #expect(s.records.list.selected?.id == "ct_0001")
        #expect(s.records.columns == ["id", "name"])
        // L: everything.
        await drain(&s, s.press(.char("L")))
        #expect(store.contents.withLock { $0.calls }.contains("sync incremental"))
        #expect(s.records.list.visibleCount == 100)
        #expect(s.records.footer(keys: s.keys) == "synced 3 min ago · 100 · 3 changed")
        // The pane holds one window, not every row.
        #expect((s.records.list.source.store?.window.count ?? 0) <= 100)
    }

    @Test func scrollingFilteringAndSortingReadNewWindows() async {
        var s = storeState()
        await openSynced(&s)
        // Moving inside the window held reads nothing (a window is three screens: all 100 rows here).
        #expect(s.press(.char("j")).isEmpty)
        #expect(s.press(.char("G")).isEmpty)
        #expect(s.records.list.selected?.id == "ct_0100")
        s.press(.char("/"))
        let typed = s.type("ct_009")
        await drain(&s, typed)
        #expect(s.records.list.visibleCount == 10, "ct_0090 … ct_0099")
        #expect(s.records.footer(keys: s.keys).hasPrefix("10 match · synced"))
        #expect(s.records.list.selected?.id == "ct_0090")
        await drain(&s, s.press(.enter, .esc))
        await drain(&s, s.press(.char("o")))
        await drain(&s, s.press(.char("O")))
        #expect(s.records.sort == RecordSort(column: "id", ascending: false))
        #expect(s.records.list.window(height: 3).items.map(\.id) == ["ct_0100", "ct_0099", "ct_0098"])
        #expect(store.contents.withLock { $0.calls.last }?.hasSuffix("  id") == true, "the store sorts, by id")
    }

    @Test func loadAllSyncsAndFullResyncIsR() async {
        var s = storeState()
        s.focus = .connections
        await drain(&s, s.press(.enter))
        let l = s.press(.char("L"))
        #expect(l.contains { if case .store(let r) = $0 { return r.id == .storeSync } else { return false } })
        #expect(s.records.footer(keys: s.keys).hasPrefix("syncing: 0 fetched"))
        await drain(&s, l)
        #expect(s.status.notice == "sync: 100 fetched, 100 stored")
        await drain(&s, s.press(.char("R")))
        #expect(s.status.notice == "full sync: 100 fetched, 100 stored")
        #expect(store.contents.withLock { $0.calls.filter { $0.hasPrefix("sync") } } == ["sync incremental", "sync full"])
        #expect(s.records.footer(keys: s.keys) == "synced 3 min ago · 100")
    }

    @Test func changedRowsAreMarkedAndCShowsTheirDiff() async {
        var s = storeState()
        await openSynced(&s)
        #expect(s.records.list.selected?.change == .changed)
        #expect(s.records.list.selected.map { RecordsView.cell($0, ["id"], 0) } == "~ ct_0001")
        let fx = s.press(.char("c"))
        guard case .recordDiff(let loading)? = s.topModal else { Issue.record("no diff modal"); return }
        #expect(loading.load.isLoading)
        await drain(&s, fx)
        guard case .recordDiff(let diff)? = s.topModal else { Issue.record("no diff modal"); return }
        #expect(diff.lines.map(\.text) == ["name", "- Old Name", "+ New Name"])
        s.press(.esc)
        #expect(s.topModal == nil)
        // An unchanged row has nothing to diff.
        s.press(.char("G"))
        await drain(&s, [])
        s.press(.char("c"))
        #expect(s.topModal == nil)
    }

    @Test func serverSearchPointsToTheFilter() async {
        var s = storeState()
        s.focus = .connections
        await drain(&s, s.press(.enter))
        #expect(s.press(.char("s")).isEmpty)
        #expect(s.topModal == nil)
        #expect(s.status.notice?.contains("/ filters them") == true)
    }

    @Test func exportStreamsTheFilteredRowsFromTheStore() async throws {
        var s = storeState()
        await openSynced(&s)
        let total = s.records.list.totalCount
        #expect(total > 0)
        s.press(.char("/"))
        await drain(&s, s.type("ct_009"))
        await drain(&s, s.press(.enter))
        #expect(s.records.list.visibleCount == 10)
        _ = s.press(.char("e"))
        guard case .export(let opened)? = s.topModal else { Issue.record("no export dialog"); return }
        #expect(opened.counts[.all] == total)
        #expect(opened.scope == .filtered)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-store-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("contacts.csv").path
        s.withModal(ExportState.modalCase, where: { _ in true }) { modal, _, _ in modal.path.text = file }
        let fx = s.press(.enter)
        guard case .store(let request)? = fx.first, request.id == .export else { Issue.record("not a store export: \(fx)"); return }
        await drain(&s, fx)
        #expect(store.contents.withLock { $0.calls }.contains("reduce ct_009 -"))
        guard case .export(let done)? = s.topModal, case .done(_, let count) = done.phase else { Issue.record("not done"); return }
        #expect(count == 10)
        let lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 11)
        #expect(lines.first?.hasPrefix("id,") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("ct_009") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["contacts.csv"])
    }

    @Test func aCancelledStoreExportRemovesItsPartialFile() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("liza-store-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = storeState()
        await openSynced(&s)
        let collection = try #require(s.records.storeCollection)
        let job = ExportJob(path: dir.appendingPathComponent("all.json").path, format: .json, columns: [], records: [], overwrite: false,
                            stored: ExportStoredRows(collection: collection, filter: "", sort: [], count: 100))
        let reports = Reports()
        let store = self.store
        // Cancelled (esc) before the first batch is done: deterministic, the task cancels itself.
        await Task {
            withUnsafeCurrentTask { $0?.cancel() }
            await ExportFileWriter.run(job, store: store) { reports.add($0) }
        }.value
        #expect(!reports.all.contains { if case .finished = $0 { return true } else { return false } })
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        await ExportFileWriter.run(job, store: store) { reports.add($0) }
        #expect(reports.all.last == .finished(path: job.path, count: 100))
        let text = try String(contentsOfFile: job.path, encoding: .utf8)
        #expect(try JSONValue.parse(text).arrayValue?.count == 100)
    }

    @Test func offlineNeverSyncs() async {
        var s = storeState(offline: true)
        s.focus = .connections
        await drain(&s, s.press(.enter))
        #expect(!store.contents.withLock { $0.calls }.contains { $0.hasPrefix("sync") })
        #expect(s.press(.char("L")).isEmpty)
        #expect(s.status.notice?.hasPrefix("offline") == true)
        #expect(s.records.footer(keys: s.keys).hasPrefix("offline"))
    }

    @Test func withoutAStoreTheRowsStayInMemory() {
        var s = Fixtures.loadedState()
        s.focus = .connections
        let fx = s.press(.enter)
        #expect(!s.records.usesStore)
        #expect(!fx.contains { if case .store = $0 { return true } else { return false } })
        #expect(s.press(.char("R")).isEmpty)
        #expect(s.status.notice?.contains("record store") == true)
    }

    @Test func aWindowIsReadOnlyWhenWhatIsShownIsNotHeld() {
        var rows = RecordRows.stored()
        guard let first = rows.windowToRead(for: 0..<20) else { Issue.record("no read"); return }
        #expect(first == StoreWindowKey(offset: 0, limit: 60, filter: "", sort: nil, version: 0))
        // The same rows again while the read runs: nothing new.
        let again = rows.windowToRead(for: 0..<20)
        #expect(again == nil)
        let page = (0..<60).map { RecordRow(.object([("id", .string("r\($0)"))])) }
        let taken = rows.windowRead(first, rows: page, count: 1_000, total: 1_000)
        #expect(taken)
        #expect(rows.visibleCount == 1_000)
        #expect(rows.visibleItems(38..<41).map(\.id) == ["r38", "r39", "r40"])
        let inside = rows.windowToRead(for: 30..<50)
        #expect(inside == nil)
        // Past the window: a read from a screen above.
        guard let further = rows.windowToRead(for: 50..<70) else { Issue.record("no read past the window"); return }
        #expect(further.offset == 30)
        // An answer nobody waits for is dropped.
        let stale = rows.windowRead(first, rows: [], count: 0, total: 0)
        #expect(!stale)
        // One read at a time: a sync's new data while one runs waits for its answer, which is
        // taken (so a sync cannot starve the window), then reads again.
        rows.storeChanged()
        let meanwhile = rows.windowToRead(for: 50..<70)
        #expect(meanwhile == nil)
        let answered = rows.windowRead(further, rows: page, count: 1_000, total: 1_000)
        #expect(answered)
        guard let synced = rows.windowToRead(for: 50..<70) else { Issue.record("no read after the sync wrote"); return }
        #expect(synced.version == 1)
        // A new filter supersedes the read running (its effect cancels it): its answer, or its
        // failure, is dropped, and the new filter's is taken.
        rows.refresh(filter: "x")
        guard let filtered = rows.windowToRead(for: 50..<70) else { Issue.record("a new filter waits"); return }
        #expect(filtered.filter == "x")
        let late = rows.windowRead(synced, rows: page, count: 1_000, total: 1_000)
        #expect(!late)
        let lateFailure = rows.windowFailed(synced)
        #expect(!lateFailure)
        let waiting = rows.windowToRead(for: 50..<70)
        #expect(waiting == nil)
        let shown = rows.windowRead(filtered, rows: [], count: 0, total: 1_000)
        #expect(shown)
        #expect(rows.visibleCount == 0)
    }

    /// A filter's matches counted only up to a cap show as a floor (`1,000+`), and scrolling
    /// near that floor reads on (each read counts past its window) so every row stays reachable.
    @Test func aCappedCountShowsAFloorAndScrollingNearItReadsOn() {
        var r = RecordsState()
        r.list = ListPane(RecordRows.stored())
        r.list.editFilter { $0 = TextFieldState(text: "an") }
        r.storeStatus = StoreStatus(count: 1_000_000, changed: 0, syncedAt: 1_000, observedAt: 1_060, columns: [], complete: true)
        guard let first = r.list.editSource({ $0.windowToRead(for: 0..<20) }) else { Issue.record("no read"); return }
        let page = (0..<60).map { RecordRow(.object([("id", .string("r\($0)"))])) }
        let taken = r.list.editSource { $0.windowRead(first, rows: page, count: 1_000, total: 1_000_000, atLeast: true) }
        #expect(taken)
        #expect(r.list.visibleCount == 1_000)
        #expect(r.storeFooter(keys: .default) == "1,000+ match · synced 1 min ago · 1,000,000")
        #expect(PaneChrome.rightTitle(filter: r.list.filter, isFiltering: false, count: 1_000, total: 1_000_000, countIsLowerBound: true)
                == "/an · 1000+/1000000")
        // The export dialog says so too (it streams every match, whatever the count).
        var export = ExportState(objectType: "contact", counts: [.filtered: r.list.visibleCount, .all: 1_000_000], columns: [])
        export.countsAtLeast = r.list.source.visibleCountIsLowerBound ? [.filtered] : []
        #expect(export.countText(.filtered) == "1000+")
        #expect(export.countText(.all) == "1000000")
        // Far from the floor, a window held covers what is shown: nothing to read.
        let inside = r.list.editSource { $0.windowToRead(for: 10..<30) }
        #expect(inside == nil)
        // The last screen before the floor: read on, even though a window would cover it.
        guard let near = r.list.editSource({ $0.windowToRead(for: 980..<1_000) }) else { Issue.record("no read near the floor"); return }
        #expect(near.offset == 960)
        r.list.editSource { $0.windowRead(near, rows: page, count: 1_020, total: 1_000_000, atLeast: true) }
        #expect(r.list.visibleCount == 1_020)
        let settled = r.list.editSource { $0.windowToRead(for: 980..<1_000) }
        #expect(settled == nil)
        // An exact count (the store counted them all): no `+`, no reading on.
        guard let last = r.list.editSource({ $0.windowToRead(for: 1_000..<1_020) }) else { Issue.record("no read"); return }
        r.list.editSource { $0.windowRead(last, rows: page, count: 1_015, total: 1_000_000) }
        #expect(r.storeFooter(keys: .default) == "1,015 match · synced 1 min ago · 1,000,000")
        let done = r.list.editSource { $0.windowToRead(for: 995..<1_015) }
        #expect(done == nil)
    }

    @Test func footerFormats() {
        #expect(RecordsState.grouped(100_000) == "100,000")
        #expect(RecordsState.grouped(999) == "999")
        #expect(RecordsState.ago(seconds: 30) == "just now")
        #expect(RecordsState.ago(seconds: 180) == "3 min ago")
        #expect(RecordsState.ago(seconds: 7_200) == "2 h ago")
        #expect(RecordsState.ago(seconds: -5) == "just now")
        #expect(RecordsState.ago(seconds: .infinity) == "just now")
        // Never synced in full: the first page, or a sync that stopped part way.
        var r = RecordsState()
        r.list = ListPane(RecordRows.stored())
        r.storeStatus = StoreStatus(count: 5_000, changed: 0, syncedAt: 1_000, observedAt: 1_060, columns: [], complete: false)
        #expect(r.storeFooter(keys: .default) == "partial · 5,000 · L syncs all")
        r.storeStatus?.count = 50
        #expect(r.storeFooter(keys: .default) == "1 page · 50 · L syncs all")
        r.storeStatus?.complete = true
        #expect(r.storeFooter(keys: .default) == "synced 1 min ago · 50")
    }
}
