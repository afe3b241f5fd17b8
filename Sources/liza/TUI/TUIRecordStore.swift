import Foundation
import LizaAPI
import LizaApp
import LizaStore
import OrderedJSON

/// The TUI's record store: LizaApp's `RecordStoring` seam over `RecordStore` (SQLite) and
/// `RecordSync`. Every call runs on the store's actor, never on the TUI's update loop.
struct TUIRecordStore: RecordStoring {
    let store: RecordStore
    let sync: RecordSync

    func window(_ key: StoreCollection, offset: Int, limit: Int, sort: [StoreOrder], filter: String) async -> Result<StoreWindow, AppFailure> {
        let collection = Self.key(key)
        do {
            let orders = sort.map { RecordOrder(column: $0.column, ascending: $0.ascending) }
            let filterText: String? = filter.isEmpty ? nil : filter
            let stored = try await store.rows(collection, offset: offset, limit: limit, sort: orders, filter: filterText)
            let summary = try await store.summary(collection)
            // Unfiltered, the summary's row count is the count (one scan fewer per window).
            let count = filterText == nil ? (summary?.count ?? 0) : try await store.count(collection, filter: filterText)
            let rows = stored.compactMap { record in record.value.map { StoreRow(id: record.id, value: $0, change: Self.change(record.change)) } }
            let status = summary.map {
                StoreStatus(count: $0.count, changed: $0.changed, syncedAt: $0.syncedAt, observedAt: Date().timeIntervalSince1970, columns: $0.columns,
                            complete: $0.fullSyncedAt != nil)
            }
            return .success(StoreWindow(rows: rows, count: count, status: status))
        } catch {
            return .failure(AppFailure("\(error)"))
        }
    }

    func sync(_ key: StoreCollection, full: Bool, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage,
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

    func syncFirstPage(_ key: StoreCollection, fetch: @escaping @Sendable (RecordQuery) async throws(LizaError) -> RecordPage) async -> Result<StoreSyncReport, AppFailure> {
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

    func reduceRows<State: Sendable>(_ key: StoreCollection, sort: [StoreOrder], filter: String, into initial: State,
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

    func diff(_ key: StoreCollection, id: String) async -> Result<[StoreDiffField], AppFailure> {
        do {
            guard let record = try await store.record(Self.key(key), id: id) else { return .failure(AppFailure("the record is no longer stored")) }
            return .success(RecordDiff.fields(of: record).map { StoreDiffField(path: $0.path, before: $0.before, after: $0.after) })
        } catch {
            return .failure(AppFailure("\(error)"))
        }
    }

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
