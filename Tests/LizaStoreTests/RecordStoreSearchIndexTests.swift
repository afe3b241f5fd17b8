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
        #expect(await store.searchReady == false)
        #expect(try await store.count(Self.key, filter: "lovelace") == 30)
        #expect(await store.searchReady == false)
        _ = try await store.finishSync(ticket, complete: true, now: 1)
        #expect(await store.searchReady == false)
        await store.close()

        // Reopened with the index still stale: the first filter rebuilds it, answers match.
        let again = try RecordStore(file: file)
        #expect(await again.searchReady == false)
        #expect(try await again.rows(Self.key, offset: 0, limit: 5, filter: "LOVELACE").map(\.id) == ["c-0", "c-4", "c-8", "c-12", "c-16"])
        #expect(await again.searchReady)
        #expect(try await again.count(Self.key, filter: "lovelace") == 30)
        #expect(try await again.count(Self.key, filter: "lovelace", atMost: 7) == 7)
        #expect(try await again.count(Self.key, filter: "lovelace", atMost: 1_000) == 30)
        #expect(try await again.count(Self.key, filter: "da", atMost: 3) == 3)
        #expect(try await again.count(Self.key, filter: "nothing-like-it", atMost: 10) == 0)

        // After the rebuild the triggers are back: a change is found by the index at once.
        let next = try await again.beginSync(Self.key, full: false)
        try await again.write([RecordStoreTests.contact("c-1", name: "Hopper Brand-New", amount: 1)], ticket: next)
        _ = try await again.finishSync(next, complete: true, now: 2)
        #expect(await again.searchReady)
        #expect(try await again.count(Self.key, filter: "brand-new") == 1)
        // Grace 1, 10…19 and 100…119 but the multiples of 4 (Ada's): 24, less c-1 renamed.
        #expect(try await again.count(Self.key, filter: "grace 1") == 23)
        await again.close()
    }

    @Test func prepareSearchIsANoOpWhenCurrentOrOff() async throws {
        let off = try await RecordStoreTests.filled([RecordStoreTests.contact("1", name: "Alpha", amount: 1)], fullText: false)
        try await off.prepareSearch()
        #expect(await off.searchReady == false)
        #expect(try await off.count(Self.key, filter: "alp") == 1)
        let on = try await RecordStoreTests.filled([RecordStoreTests.contact("1", name: "Alpha", amount: 1)])
        try await on.prepareSearch()
        try await on.prepareSearch()
        #expect(await on.searchReady)
        #expect(try await on.count(Self.key, filter: "alp") == 1)
    }
}
