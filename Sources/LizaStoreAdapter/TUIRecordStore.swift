import Foundation
import LizaAPI
import LizaApp
import LizaStore
import OrderedJSON

/// The TUI's record store: LizaApp's `RecordStoring` seam over `RecordStore` (SQLite) and
/// `RecordSync`. Every call runs on the store's actor, never on the TUI's update loop.
///
/// In a library of its own so that `liza` and `liza-bench` (the loop and start benchmarks)
/// drive the same adapter: a copy in the benchmark had already drifted (exact filtered counts).
public struct TUIRecordStore: RecordStoring {
    public let store: RecordStore
    public let sync: RecordSync

    public init(store: RecordStore, sync: RecordSync) {
        self.store = store
        self.sync = sync
    }

    public func window(_ key: StoreCollection, offset: Int, limit: Int, sort: [StoreOrder], filter: String) async -> Result<StoreWindow, AppFailure> {
        let collection = Self.key(key)
        do {
            let orders = sort.map { RecordOrder(column: $0.column, ascending: $0.ascending) }
            let filterText: String? = filter.isEmpty ? nil : filter
            let stored = try await store.rows(collection, offset: offset, limit: limit, sort: orders, filter: filterText)
            let summary = try await store.summary(collection)
            // Unfiltered, the summary's row count is the count (one scan fewer per window).
            // Filtered, the matches are counted only a little past the window (an exact count
            // over a million rows takes up to seconds, and the store's actor reads nothing else
            // meanwhile): the pane shows `1,000+` and reads on as it is scrolled near that.
            var count = summary?.count ?? 0
            var atLeast = false
            if filterText != nil {
                let cap = max(Self.countCap, offset + limit)
                let counted = try await store.count(collection, filter: filterText, atMost: cap + 1)
                atLeast = counted > cap
                count = min(counted, cap)
            }
            let rows = stored.compactMap { record in record.value.map { StoreRow(id: record.id, value: $0, change: Self.change(record.change)) } }
            let status = summary.map {
                StoreStatus(count: $0.count, changed: $0.changed, syncedAt: $0.syncedAt, observedAt: Date().timeIntervalSince1970, columns: $0.columns,
                            complete: $0.fullSyncedAt != nil)
            }
            return .success(StoreWindow(rows: rows, count: count, countIsLowerBound: atLeast, status: status))
        } catch where error.isCancellation {
            // Superseded (a newer window's task cancelled this one): its answer is dropped anyway.
            return .failure(AppFailure("superseded"))
        } catch {
            return .failure(AppFailure("\(error)"))
        }
    }

    public func sync(_ key: StoreCollection, full: Bool, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage,
              progress: @escaping @Sendable (Int) -> Void) async -> Result<StoreSyncReport, AppFailure> {
        do {
            let report = try await sync.run(Self.key(key), category: key.category, store: store, mode: full ? .full : .automatic,
                                            now: Date().timeIntervalSince1970, fetch: fetch, progress: progress)
            // A first load writes without the full-text index. It is built in chunks after the
            // pane has its rows (3 s at 100,000 rows in one pass: the pane waited for it, and
            // the first `/` would otherwise pay it); windows are read between the chunks and
            // filters use LIKE until it is done. Nothing waits for it: a failure only leaves
            // the index stale, which the first filter's one-pass rebuild repairs.
            let store = self.store
            Task { try? await store.buildSearchIndex() }
            return .success(StoreSyncReport(full: report.full, fetched: report.fetched, stored: report.stored))
        } catch let error as LizaError {
            return .failure(AppFailure(error.message))
        } catch {
            return .failure(AppFailure("\(error)"))
        }
    }

    public func syncFirstPage(_ key: StoreCollection, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage) async -> Result<StoreSyncReport, AppFailure> {
        let collection = Self.key(key)
        do {
            // Not full: nothing unseen is deleted and no full sync is recorded, so `L` afterwards
            // reads everything (a full sync, the first time).
            let ticket = try await store.beginSync(collection, full: false)
            let page: RecordPage
            do {
                let query = RecordQuery(connectionID: key.connectionID, category: key.category, objectType: key.objectType,
                                        limit: min(max(sync.pageSize, 1), 100), offset: 0)
                page = try await fetch(try Validation.validated(query))
                try await store.write(page.records, ticket: ticket)
            } catch {
                _ = try? await store.finishSync(ticket, complete: false, now: Date().timeIntervalSince1970)
                throw error
            }
            _ = try await store.finishSync(ticket, complete: true, now: Date().timeIntervalSince1970)
            let stored = try await store.count(collection)
            return .success(StoreSyncReport(full: false, fetched: page.records.count, stored: stored, firstPage: true))
        } catch let error as LizaError {
            return .failure(AppFailure(error.message))
        } catch {
            return .failure(AppFailure("\(error)"))
        }
    }

    public func reduceRows<State: Sendable>(_ key: StoreCollection, sort: [StoreOrder], filter: String, into initial: State,
                                     _ body: @escaping @Sendable (inout State, [JSONValue]) -> Bool) async -> Result<State, AppFailure> {
        do {
            let orders = sort.map { RecordOrder(column: $0.column, ascending: $0.ascending) }
            let state = try await store.reduceBatches(Self.key(key), sort: orders, filter: filter.isEmpty ? nil : filter, into: initial) { state, batch in
                body(&state, batch.compactMap(\.value))
            }
            return .success(state)
        } catch {
            return .failure(AppFailure("\(error)"))
        }
    }

    public func diff(_ key: StoreCollection, id: String) async -> Result<[StoreDiffField], AppFailure> {
        do {
            guard let record = try await store.record(Self.key(key), id: id) else { return .failure(AppFailure("the record is no longer stored")) }
            return .success(RecordDiff.fields(of: record).map { StoreDiffField(path: $0.path, before: $0.before, after: $0.after) })
        } catch {
            return .failure(AppFailure("\(error)"))
        }
    }

    /// How far a filter's matches are counted at first (the pane shows `1,000+` beyond).
    static let countCap = 1_000

    static func key(_ key: StoreCollection) -> RecordCollectionKey {
        RecordCollectionKey(connectionID: key.connectionID, category: key.category.rawValue, objectType: key.objectType)
    }

    static func change(_ change: StoredRecord.Change) -> StoreChange {
        switch change {
        case .none: return .none
        case .new: return .new
        case .changed: return .changed
        }
    }
}
