import Foundation
import LizaAPI
import OrderedJSON
import Testing
@testable import LizaStore

/// The store's reads and writes on small data: natural order, filters, windows, hostile text,
/// change marks, deletions, and the files it leaves.
@Suite struct RecordStoreTests {
    static let key = RecordCollectionKey(connectionID: "conn-1", category: "crm", objectType: "contact")

    static func contact(_ id: String, name: String, amount: Int, updated: String = "2026-01-01T00:00:00Z") -> JSONValue {
        .object([("id", .string(id)), ("name", .string(name)), ("amount", .number(String(amount))),
                 ("emails", .array([.object([("email", .string("\(name.lowercased())@example.com"))])])),
                 ("updated_at", .string(updated))])
    }

    /// A store holding `records` from one full sync.
    static func filled(_ records: [JSONValue], fullText: Bool = true) async throws -> RecordStore {
        let store = try RecordStore(file: nil, fullText: fullText)
        let ticket = try await store.beginSync(key, full: true)
        try await store.write(records, ticket: ticket)
        _ = try await store.finishSync(ticket, complete: true, now: 1_000)
        return store
    }

    @Test func naturalOrderOfIdsAndNumbers() async throws {
        let records = ["ct-10000", "ct-9997", "ct-2", "CT-10", "ct-9998"].enumerated().map { i, id in
            Self.contact(id, name: "N\(i)", amount: [5, 40, 300, 7, 1000][i])
        }
        let store = try await Self.filled(records)
        let ids = try await store.rows(Self.key, offset: 0, limit: 10, sort: [RecordOrder(column: "id")]).map(\.id)
        #expect(ids == ["ct-2", "CT-10", "ct-9997", "ct-9998", "ct-10000"])
        let byAmount = try await store.rows(Self.key, offset: 0, limit: 10, sort: [RecordOrder(column: "amount", ascending: false)]).map(\.id)
        #expect(byAmount == ["ct-9998", "ct-2", "ct-9997", "CT-10", "ct-10000"])
        #expect(NaturalSortKey.textKey("ct-9997") < NaturalSortKey.textKey("ct-10000"))
        // Prepared indexes give the same order.
        try await store.prepareSort(Self.key, columns: ["id", "amount", "no-such-column"])
        do {
            let value = try await store.rows(Self.key, offset: 0, limit: 10, sort: [RecordOrder(column: "id")]).map(\.id)
            #expect(value == ids)
        }
        #expect(NaturalSortKey.textKey("a007") == NaturalSortKey.textKey("a7"))
    }

    /// A window sorted by a column with no index answers from a scan and leaves the index to be
    /// built after it; the order is the same either way.
    @Test func aSortedWindowDoesNotWaitForItsIndex() async throws {
        let records = (0..<300).map { Self.contact("ct-\($0)", name: "N\(($0 * 7919) % 300)", amount: $0) }
        let store = try await Self.filled(records)
        // Within one call on the store (nothing else can run between): a window's ORDER BY
        // leaves a missing index for later, an export's builds it first.
        let window = try await store.orderLeavingIndexes(Self.key, column: "name")
        #expect(window == (built: false, deferred: true))
        let export = try await store.orderBuildingIndexes(Self.key, column: "amount")
        #expect(export == (built: true, deferred: false))
        let before = try await store.rows(Self.key, offset: 10, limit: 20, sort: [RecordOrder(column: "name", ascending: false)]).map(\.id)
        try await store.buildDeferredSortIndexes()
        let built = await store.sortIndexes
        #expect(built.count == 2)
        let pending = await store.deferredSortIndexes
        #expect(pending.isEmpty)
        let after = try await store.rows(Self.key, offset: 10, limit: 20, sort: [RecordOrder(column: "name", ascending: false)]).map(\.id)
        #expect(before == after)
        #expect(before.count == 20)
    }

    @Test func searchTextIsLowercasedLikeAFilter() {
        let cases: [[String]] = [[], [""], ["Ada", "", "LOVELACE@Example.ORG"], ["ct-0012", "Zoë ÅNGSTRÖM"], ["İstanbul", "x"], ["A\u{1F}B"], ["ΟΔΟΣ", "ΣΑΣ x", "Ada"], ["ÉCOLE 12", "", "ß-STRASSE"]]
        for texts in cases {
            #expect(SearchText.make(texts) == texts.filter { !$0.isEmpty }.joined(separator: "\u{1F}").lowercased(), "\(texts)")
        }
        #expect(SearchText.make(["Ada", "", "B"]) == "ada\u{1F}b")
    }

    @Test func asciiSortKeysMatchTheScalarWalk() {
        let samples = ["", "0", "000", "007", "a0", "a00b", "ct-9997", "CT-10000", "Ada Lovelace", "x" + String(repeating: "9", count: 120),
                       "2026-11-30T12:00:00Z", "v1.2.10", "AbC-0012-0", "00:00", "~!@#$%^&*()[]{}", "\u{1F}\t", "Zoë 12", "İstanbul 7"]
        for sample in samples {
            #expect(NaturalSortKey.textKey(sample) == NaturalSortKey.scalarTextKey(sample), "\(sample)")
        }
        #expect(NaturalSortKey.asciiTextKey("Zoë 12") == nil)
        #expect(NaturalSortKey.textKey("AbC-0012-0") == "abc-0212-010")
    }

    @Test func secondSortKeyBreaksTies() async throws {
        let records = [("3", "Bo", 1), ("1", "Al", 2), ("2", "Bo", 0), ("4", "Al", 1)].map { Self.contact($0.0, name: $0.1, amount: $0.2) }
        let store = try await Self.filled(records)
        let rows = try await store.rows(Self.key, offset: 0, limit: 10, sort: [RecordOrder(column: "name"), RecordOrder(column: "amount")])
        #expect(rows.map(\.id) == ["4", "1", "2", "3"])
        // Descending: ties in the server's order reversed (the sort index serves both directions).
        let down = try await store.rows(Self.key, offset: 0, limit: 10, sort: [RecordOrder(column: "name", ascending: false)])
        #expect(down.map(\.id) == ["2", "3", "4", "1"])
        // Without a sort key: the server's order.
        do {
            let value = try await store.rows(Self.key, offset: 0, limit: 10).map(\.id)
            #expect(value == ["3", "1", "2", "4"])
        }
    }

    @Test(arguments: [true, false]) func filterWindowsAndCounts(fullText: Bool) async throws {
        let records = (0..<250).map { Self.contact("c-\($0)", name: $0 % 10 == 0 ? "Ada Lovelace \($0)" : "Grace \($0)", amount: $0) }
        let store = try await Self.filled(records, fullText: fullText)
        if fullText { #expect(store.fullTextSearch) } else { #expect(!store.fullTextSearch) }
        do {
            let value = try await store.count(Self.key)
            #expect(value == 250)
        }
        do {
            let value = try await store.count(Self.key, filter: "LOVELACE")
            #expect(value == 25)
        }
        do {  // two letters: LIKE even with FTS
            let value = try await store.count(Self.key, filter: "da")
            #expect(value == 25)
        }
        let window = try await store.rows(Self.key, offset: 10, limit: 10, sort: [RecordOrder(column: "id")], filter: "lovelace")
        #expect(window.count == 10)
        #expect(window.first?.id == "c-100")
        do {
            let value = try await store.rows(Self.key, offset: 0, limit: 5, filter: "lovelace 10@").isEmpty
            #expect(value == false)
        }
        // The window's memory is the window: offset past the end reads nothing.
        do {
            let value = try await store.rows(Self.key, offset: 1_000, limit: 10).isEmpty
            #expect(value)
        }
    }

    @Test(arguments: [true, false]) func hostileTextStaysData(fullText: Bool) async throws {
        let evil = ["'; DROP TABLE records; --", "\" OR 1=1 --", "100%_\\x", "a\"b\"c", "NEAR(x y)", "*", "\u{0}\u{1B}[2J"]
        let records = evil.enumerated().map { Self.contact("e\($0.offset)", name: $0.element, amount: 1) }
        let store = try await Self.filled(records, fullText: fullText)
        for (i, text) in evil.enumerated() where !text.hasPrefix("\u{0}") {
            let hits = try await store.rows(Self.key, offset: 0, limit: 10, filter: text)
            #expect(hits.contains { $0.id == "e\(i)" }, "filter \(text)")
        }
        do {
            let value = try await store.count(Self.key, filter: "%")
            #expect(value == 1)
        }
        do {
            let value = try await store.count(Self.key)
            #expect(value == evil.count)
        }
        let back = try await store.record(Self.key, id: "e0")
        #expect(back?.value?["name"]?.stringValue == evil[0])
    }

    @Test func incrementalSyncMarksChangesAndFullSyncFindsDeletions() async throws {
        let records = (0..<20).map { Self.contact("c-\($0)", name: "Name \($0)", amount: $0) }
        let store = try await Self.filled(records)
        do {
            let value = try await store.summary(Self.key)?.changed
            #expect(value == 0)
        }

        let incremental = try await store.beginSync(Self.key, full: false)
        let edited = Self.contact("c-3", name: "Renamed", amount: 3, updated: "2026-02-01T00:00:00Z")
        try await store.write([edited, Self.contact("c-new", name: "Fresh", amount: 99, updated: "2026-02-02T00:00:00Z"), records[5]], ticket: incremental)
        let outcome = try await store.finishSync(incremental, complete: true, now: 2_000)
        #expect(outcome.changed == 1)
        #expect(outcome.new == 1)
        #expect(outcome.deleted.isEmpty)
        let changedFound = try await store.record(Self.key, id: "c-3")
        let changed = try #require(changedFound)
        #expect(changed.change == .changed)
        #expect(changed.previousValue?["name"]?.stringValue == "Name 3")
        #expect(changed.value?["name"]?.stringValue == "Renamed")
        do {
            let value = try await store.record(Self.key, id: "c-new")?.change
            #expect(value == .new)
        }
        do {
            let value = try await store.record(Self.key, id: "c-5")?.change
            #expect(value == StoredRecord.Change.none)
        }
        // A new row of an incremental sync comes first in the server's order.
        do {
            let value = try await store.rows(Self.key, offset: 0, limit: 1).first?.id
            #expect(value == "c-new")
        }
        let summaryFound = try await store.summary(Self.key)
        let summary = try #require(summaryFound)
        #expect(summary.count == 21)
        #expect(summary.changed == 2)
        #expect(summary.newestUpdatedAt == "2026-02-02T00:00:00Z")

        // A full sync that no longer sees c-7 and c-new removes them.
        let full = try await store.beginSync(Self.key, full: true)
        try await store.write(records.filter { $0["id"]?.stringValue != "c-7" }, ticket: full)
        let after = try await store.finishSync(full, complete: true, now: 3_000)
        #expect(Set(after.deleted) == ["c-7", "c-new"])
        #expect(after.changed == 1)  // c-3 is back to its old name
        do {
            let value = try await store.count(Self.key)
            #expect(value == 19)
        }
        do {  // its index entry went too
            let value = try await store.count(Self.key, filter: "fresh")
            #expect(value == 0)
        }

        // An incomplete full sync deletes nothing.
        let partial = try await store.beginSync(Self.key, full: true)
        try await store.write(Array(records.prefix(2)), ticket: partial)
        do {
            let value = try await store.finishSync(partial, complete: false, now: 4_000).deleted.isEmpty
            #expect(value)
        }
        do {
            let value = try await store.count(Self.key)
            #expect(value == 19)
        }
    }

    @Test func fileIsPrivateAndRemovable() async throws {
        let folder = FileManager.default.temporaryDirectory.path + "/liza-store-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = LizaPaths(environment: ["HOME": folder, "XDG_CACHE_HOME": folder + "/cache"])
        let file = RecordStoreFiles.databaseFile(paths: paths, profile: "work")
        let store = try RecordStore(file: file)
        let ticket = try await store.beginSync(Self.key, full: true)
        try await store.write([Self.contact("1", name: "A", amount: 1)], ticket: ticket)
        _ = try await store.finishSync(ticket, complete: true, now: 1)
        #expect(PrivateFile.mode(of: paths.cacheDirectory) == 0o700)
        for path in RecordStoreFiles.files(of: file) where FileManager.default.fileExists(atPath: path) {
            #expect(PrivateFile.mode(of: path) == 0o600, "\(path)")
        }
        await store.close()
        // Reopened: the rows are still there (persist).
        let again = try RecordStore(file: file)
        do {
            let value = try await again.count(Self.key)
            #expect(value == 1)
        }
        await again.close()
        try RecordStoreFiles.remove(file)
        let left = try FileManager.default.contentsOfDirectory(atPath: paths.cacheDirectory)
        #expect(left.isEmpty, "\(left)")
    }

    @Test func removeByConnection() async throws {
        let store = try await Self.filled([Self.contact("1", name: "A", amount: 1)])
        let other = RecordCollectionKey(connectionID: "conn-2", category: "crm", objectType: "deal")
        let ticket = try await store.beginSync(other, full: true)
        try await store.write([Self.contact("9", name: "Z", amount: 1)], ticket: ticket)
        _ = try await store.finishSync(ticket, complete: true, now: 1)
        do {
            let value = try await store.remove(connectionID: "conn-1")
            #expect(value == 1)
        }
        do {
            let value = try await store.summaries().map(\.key)
            #expect(value == [other])
        }
        do {
            let value = try await store.count(other)
            #expect(value == 1)
        }
        do {
            let value = try await store.remove(connectionID: nil)
            #expect(value == 1)
        }
        do {
            let value = try await store.summaries().isEmpty
            #expect(value)
        }
    }
}

extension RecordStore {
    /// A window's ORDER BY for `column`: whether its index exists right after, and whether it is
    /// left for `buildDeferredSortIndexes`.
    fileprivate func orderLeavingIndexes(_ key: RecordCollectionKey, column: String) throws -> (built: Bool, deferred: Bool) {
        try order(key, column: column, waitForIndex: false)
    }

    /// The same with the index built first (an export's read).
    fileprivate func orderBuildingIndexes(_ key: RecordCollectionKey, column: String) throws -> (built: Bool, deferred: Bool) {
        try order(key, column: column, waitForIndex: true)
    }

    private func order(_ key: RecordCollectionKey, column: String, waitForIndex: Bool) throws -> (built: Bool, deferred: Bool) {
        guard let info = try collection(key, create: false), let slot = info.columns.firstIndex(of: column) else { return (false, false) }
        _ = try orderClause(info, sort: [RecordOrder(column: column)], waitForIndex: waitForIndex)
        return (sortIndexes.contains(slot), deferredSortIndexes.contains(slot))
    }
}
