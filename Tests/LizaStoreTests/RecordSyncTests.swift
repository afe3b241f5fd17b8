import Foundation
import LizaAPI
import LizaSandbox
import LizaTesting
import OrderedJSON
import Testing
@testable import LizaStore

/// Sync against the sandbox over loopback: a full sync, an incremental one after
/// `/_sandbox/mutate` that fetches exactly the page holding the changes, and a full one that
/// finds deletions.
@Suite struct RecordSyncTests {
    @Test func incrementalSyncAfterMutateReadsOnePage() async throws {
        let sandbox = try await TestSandbox.start { $0.recordsPerObject = 1_000; $0.rateLimitPerMinute = 0 }
        do {
            try await run(sandbox)
            await sandbox.stop()
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    private func run(_ sandbox: TestSandbox) async throws {
        let conn = sandbox.server.seededConnectionIDs[0]
        let client = try sandbox.server.makeClient()
        let store = try RecordStore(file: nil)
        let key = RecordCollectionKey(connectionID: conn, category: "crm", objectType: "contact")
        let sync = RecordSync()
        let fetch: @Sendable (RecordQuery) async throws(LizaError) -> RecordPage = { q throws(LizaError) in try await client.records(q) }
        func listRequests() async -> [SandboxRequestRecord] {
            await sandbox.receivedRequests().filter { $0.path.hasSuffix("/crm/contact") }
        }

        let first = try await sync.run(key, category: .crm, store: store, now: 1_000, fetch: fetch)
        #expect(first.full)
        #expect(first.fetched == 1_000)
        #expect(first.stored == 1_000)
        do {
            let value = await listRequests().count >= 10
            #expect(value)
        }

        let answer = try await sandbox.request("POST", "/_sandbox/mutate", body: JSONValue.object([
            ("connection_id", .string(conn)), ("category", .string("crm")), ("object", .string("contact")), ("change", .number("10")),
        ]).serialized())
        #expect(answer.status == 200)
        let changedIDs = try #require(try JSONValue.parse(bytes: answer.body)["changed"]?.arrayValue).compactMap(\.stringValue)

        let before = await listRequests().count
        let second = try await sync.run(key, category: .crm, store: store, now: 2_000, fetch: fetch)
        let requests = await listRequests()
        #expect(!second.full)
        #expect(second.pages == 1)
        #expect(requests.count - before == 1, "\(requests.suffix(3))")
        #expect(requests.last?.query?.contains("updated_gte=") == true)
        #expect(second.outcome.changed == 10)
        #expect(second.outcome.new == 0)
        #expect(second.stored == 1_000)
        for id in changedIDs {
            let recordFound = try await store.record(key, id: id)
            let record = try #require(recordFound)
            #expect(record.change == .changed)
            #expect(record.previousJSON != nil)
        }
        do {
            let value = try await store.summary(key)?.changed
            #expect(value == 10)
        }

        // Deletions need a full sync: due after full_sync_after, or forced.
        _ = try await sandbox.request("POST", "/_sandbox/mutate", body: JSONValue.object([
            ("connection_id", .string(conn)), ("category", .string("crm")), ("object", .string("contact")), ("delete", .number("4")),
        ]).serialized())
        let quick = try await sync.run(key, category: .crm, store: store, now: 3_000, fetch: fetch)
        #expect(!quick.full)
        #expect(quick.outcome.deleted.isEmpty)
        let due = try await RecordSync(fullSyncAfter: 1_000).run(key, category: .crm, store: store, now: 4_000, fetch: fetch)
        #expect(due.full)
        #expect(due.outcome.deleted.count == 4)
        #expect(due.stored == 996)
        do {
            let value = try await store.count(key)
            #expect(value == 996)
        }
        await store.close()
    }

    @Test func failedSyncDeletesNothing() async throws {
        let store = try RecordStore(file: nil)
        let key = RecordCollectionKey(connectionID: "c", category: "crm", objectType: "contact")
        let records = (0..<100).map { JSONValue.object([("id", .string("r\($0)")), ("updated_at", .string("2026-01-01T00:00:00Z"))]) }
        let full: @Sendable (RecordQuery) async throws(LizaError) -> RecordPage = { q throws(LizaError) in
            RecordPage(records: q.offset == 0 ? records : [], offset: q.offset, limit: q.limit, hasMore: q.offset == 0)
        }
        _ = try await RecordSync().run(key, category: .crm, store: store, now: 1, fetch: full)
        let failing: @Sendable (RecordQuery) async throws(LizaError) -> RecordPage = { q throws(LizaError) in
            throw LizaError(kind: .network, message: "down")
        }
        await #expect(throws: LizaError.self) {
            _ = try await RecordSync().run(key, category: .crm, store: store, mode: .full, now: 2, fetch: failing)
        }
        do {
            let value = try await store.count(key)
            #expect(value == 100)
        }
    }

    @Test func aFailureMidwayEndsTheSyncWithoutHangingOrDeleting() async throws {
        let store = try RecordStore(file: nil)
        let key = RecordCollectionKey(connectionID: "c", category: "crm", objectType: "contact")
        let page: @Sendable (RecordQuery) -> RecordPage = { q in
            let records = (q.offset..<min(q.offset + q.limit, 3_000)).map {
                JSONValue.object([("id", .string("r\($0)")), ("updated_at", .string("2026-01-01T00:00:00Z"))])
            }
            return RecordPage(records: records, offset: q.offset, limit: q.limit, total: 3_000, hasMore: q.offset + q.limit < 3_000)
        }
        _ = try await RecordSync(concurrency: 2).run(key, category: .crm, store: store, now: 1, fetch: { q throws(LizaError) in page(q) })
        do {
            let value = try await store.count(key)
            #expect(value == 3_000)
        }
        // Page 12 fails: pages before it are stored, the sync throws, nothing is deleted.
        let failing: @Sendable (RecordQuery) async throws(LizaError) -> RecordPage = { q throws(LizaError) in
            if q.offset == 1_200 { throw LizaError(kind: .network, message: "reset") }
            return page(q)
        }
        await #expect(throws: LizaError.self) {
            _ = try await RecordSync(concurrency: 2).run(key, category: .crm, store: store, mode: .full, now: 2, fetch: failing)
        }
        do {
            let value = try await store.count(key)
            #expect(value == 3_000)
        }
        do {
            let value = try await store.summary(key)?.fullSyncedAt
            #expect(value == 1)
        }
    }
}
