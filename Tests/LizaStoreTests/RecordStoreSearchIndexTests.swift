import Foundation
import LizaAPI
import OrderedJSON
import Testing
@testable import LizaStore

/// The full-text index a first load writes without and rebuilds once: filters stay right
/// before, during and after the rebuild, across a reopen, and capped counts stop at their cap.
@Suite struct RecordStoreSearchIndexTests {
    static let key = RecordStoreTests.key

    @Test func firstLoadDefersTheIndexAndFiltersStayRight() async throws {
        let folder = FileManager.default.temporaryDirectory.path + "/liza-store-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/records-test.sqlite"
        let store = try RecordStore(file: file)
        #expect(store.fullTextSearch)
        let ticket = try await store.beginSync(Self.key, full: true)
        let records = (0..<120).map { RecordStoreTests.contact("c-\($0)", name: $0 % 4 == 0 ? "Ada Lovelace \($0)" : "Grace \($0)", amount: $0) }
        try await store.write(records, ticket: ticket)
        // Mid-load: the index is off, a 3+ letter filter is served by LIKE (no rebuild while writing).
        do {
            let value = await store.searchReady
            #expect(value == false)
        }
        do {
            let value = try await store.count(Self.key, filter: "lovelace")
            #expect(value == 30)
        }
        do {
            let value = await store.searchReady
            #expect(value == false)
        }
        _ = try await store.finishSync(ticket, complete: true, now: 1)
        do {
            let value = await store.searchReady
            #expect(value == false)
        }
        await store.close()

        // Reopened with the index still stale: the first filter rebuilds it, answers match.
        let again = try RecordStore(file: file)
        do {
            let value = await again.searchReady
            #expect(value == false)
        }
        do {
            let value = try await again.rows(Self.key, offset: 0, limit: 5, filter: "LOVELACE").map(\.id)
            #expect(value == ["c-0", "c-4", "c-8", "c-12", "c-16"])
        }
        do {
            let value = await again.searchReady
            #expect(value)
        }
        do {
            let value = try await again.count(Self.key, filter: "lovelace")
            #expect(value == 30)
        }
        do {
            let value = try await again.count(Self.key, filter: "lovelace", atMost: 7)
            #expect(value == 7)
        }
        do {
            let value = try await again.count(Self.key, filter: "lovelace", atMost: 1_000)
            #expect(value == 30)
        }
        do {
            let value = try await again.count(Self.key, filter: "da", atMost: 3)
            #expect(value == 3)
        }
        do {
            let value = try await again.count(Self.key, filter: "nothing-like-it", atMost: 10)
            #expect(value == 0)
        }

        // After the rebuild the triggers are back: a change is found by the index at once.
        let next = try await again.beginSync(Self.key, full: false)
        try await again.write([RecordStoreTests.contact("c-1", name: "Hopper Brand-New", amount: 1)], ticket: next)
        _ = try await again.finishSync(next, complete: true, now: 2)
        do {
            let value = await again.searchReady
            #expect(value)
        }
        do {
            let value = try await again.count(Self.key, filter: "brand-new")
            #expect(value == 1)
        }
        // Grace 1, 10…19 and 100…119 but the multiples of 4 (Ada's): 24, less c-1 renamed.
        do {
            let value = try await again.count(Self.key, filter: "grace 1")
            #expect(value == 23)
        }
        await again.close()
    }

    /// What the TUI does: the pane stores the first page (not a full sync), then `L` runs the
    /// first full sync, which must defer the index too; a full re-sync after it keeps it.
    @Test func firstFullSyncAfterTheFirstPageDefersTheIndex() async throws {
        let store = try RecordStore(file: nil)
        let firstPage = try await store.beginSync(Self.key, full: false)
        try await store.write((0..<100).map { RecordStoreTests.contact("c-\($0)", name: "Grace \($0)", amount: $0) }, ticket: firstPage)
        _ = try await store.finishSync(firstPage, complete: true, now: 1)
        do {
            let value = await store.searchReady
            #expect(value)
        }
        let full = try await store.beginSync(Self.key, full: true)
        do {
            let value = await store.searchReady
            #expect(value == false)
        }
        try await store.write((0..<300).map { RecordStoreTests.contact("c-\($0)", name: $0 % 3 == 0 ? "Ada \($0)" : "Grace \($0)", amount: $0) },
                              ticket: full)
        _ = try await store.finishSync(full, complete: true, now: 2)
        try await store.prepareSearch()
        do {
            let value = await store.searchReady
            #expect(value)
        }
        do {
            let value = try await store.count(Self.key, filter: "ada")
            #expect(value == 100)
        }
        // Synced in full once: the next full sync keeps the index row by row (few rows change).
        let again = try await store.beginSync(Self.key, full: true)
        do {
            let value = await store.searchReady
            #expect(value)
        }
        try await store.write([RecordStoreTests.contact("c-1", name: "Ada Renamed", amount: 1)], ticket: again)
        _ = try await store.finishSync(again, complete: false, now: 3)
        do {
            let value = try await store.count(Self.key, filter: "renamed")
            #expect(value == 1)
        }
        await store.close()
    }

    /// The chunked build after a first load: the same answers as the one-pass rebuild, and a
    /// second first load (another collection) rebuilds without indexing a row twice.
    @Test func chunkedBuildGivesTheSameAnswers() async throws {
        let store = try RecordStore(file: nil)
        let ticket = try await store.beginSync(Self.key, full: true)
        try await store.write((0..<250).map { RecordStoreTests.contact("c-\($0)", name: $0 % 5 == 0 ? "Ada Lovelace \($0)" : "Grace \($0)", amount: $0) },
                              ticket: ticket)
        _ = try await store.finishSync(ticket, complete: true, now: 1)
        let like = try await store.count(Self.key, filter: "lovelace")
        #expect(like == 50)
        let ready = try await store.buildSearchIndex(chunk: 7)
        #expect(ready)
        do {
            let value = await store.searchReady
            #expect(value)
        }
        do {
            let value = try await store.count(Self.key, filter: "lovelace")
            #expect(value == 50)
        }
        do {
            let value = try await store.rows(Self.key, offset: 0, limit: 3, filter: "lovelace").map(\.id)
            #expect(value == ["c-0", "c-5", "c-10"])
        }
        // Another collection's first load makes the index stale again; building it once more
        // starts from an empty index, so the first collection's matches are not doubled.
        let other = RecordCollectionKey(connectionID: "conn-2", category: "crm", objectType: "contact")
        let second = try await store.beginSync(other, full: true)
        do {
            let value = await store.searchReady
            #expect(value == false)
        }
        try await store.write((0..<40).map { RecordStoreTests.contact("d-\($0)", name: "Ada Lovelace \($0)", amount: $0) }, ticket: second)
        _ = try await store.finishSync(second, complete: true, now: 2)
        // A row of the first collection changes while the index is stale (no triggers): its
        // old words must not stay in the rebuilt index.
        let change = try await store.beginSync(Self.key, full: false)
        try await store.write([RecordStoreTests.contact("c-0", name: "Zed Renamed", amount: 0)], ticket: change)
        _ = try await store.finishSync(change, complete: true, now: 2)
        let again = try await store.buildSearchIndex(chunk: 1_000)
        #expect(again)
        do {
            let value = try await store.count(Self.key, filter: "lovelace")
            #expect(value == 49)
        }
        do {
            let value = try await store.rows(Self.key, offset: 0, limit: 2, filter: "lovelace").map(\.id)
            #expect(value == ["c-5", "c-10"])
        }
        do {
            let value = try await store.count(other, filter: "lovelace")
            #expect(value == 40)
        }
        // The triggers are back: a later change is found through the index at once.
        let next = try await store.beginSync(Self.key, full: false)
        try await store.write([RecordStoreTests.contact("c-1", name: "Hopper Brand-New", amount: 1)], ticket: next)
        _ = try await store.finishSync(next, complete: true, now: 3)
        do {
            let value = try await store.count(Self.key, filter: "brand-new")
            #expect(value == 1)
        }
        await store.close()
    }

    @Test func prepareSearchIsANoOpWhenCurrentOrOff() async throws {
        let off = try await RecordStoreTests.filled([RecordStoreTests.contact("1", name: "Alpha", amount: 1)], fullText: false)
        try await off.prepareSearch()
        do {
            let value = await off.searchReady
            #expect(value == false)
        }
        do {
            let value = try await off.count(Self.key, filter: "alp")
            #expect(value == 1)
        }
        let on = try await RecordStoreTests.filled([RecordStoreTests.contact("1", name: "Alpha", amount: 1)])
        try await on.prepareSearch()
        try await on.prepareSearch()
        do {
            let value = await on.searchReady
            #expect(value)
        }
        do {
            let value = try await on.count(Self.key, filter: "alp")
            #expect(value == 1)
        }
    }
}
