import Foundation
import LizaAPI
import LizaApp
import LizaStore
import OrderedJSON

/// LizaApp's `RecordStoring` seam over `RecordStore` and `RecordSync` for the loop and start
/// benchmarks. The shell's own adapter (`TUIRecordStore`) lives in the `liza` executable, which
/// another target cannot import; `window` and `sync` here make the same store calls in the same
/// order (rows, summary, a count only when filtered; a sync, then the full-text index built in the
/// background), so the store does the same work. Export and diff are not part of these benchmarks.
struct BenchStore: RecordStoring {
    let store: RecordStore
    let sync: RecordSync

    func window(_ key: StoreCollection, offset: Int, limit: Int, sort: [StoreOrder], filter: String) async -> Result<StoreWindow, AppFailure> {
        let collection = Self.key(key)
        do {
            let orders = sort.map { RecordOrder(column: $0.column, ascending: $0.ascending) }
            let filterText: String? = filter.isEmpty ? nil : filter
            let stored = try await store.rows(collection, offset: offset, limit: limit, sort: orders, filter: filterText)
            let summary = try await store.summary(collection)
            let count = filterText == nil ? (summary?.count ?? 0) : try await store.count(collection, filter: filterText)
            let rows = stored.compactMap { record in
                record.value.map { StoreRow(id: record.id, value: $0, change: Self.change(record.change)) }
            }
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
            // As the shell's adapter: a first load's full-text index is built in the background.
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
        .failure(AppFailure("liza-bench prepares its store; it never stores a first page alone"))
    }

    func reduceRows<State: Sendable>(_ key: StoreCollection, sort: [StoreOrder], filter: String, into initial: State,
                                     _ body: @escaping @Sendable (inout State, [JSONValue]) -> Bool) async -> Result<State, AppFailure> {
        .failure(AppFailure("export is not part of liza-bench"))
    }

    func diff(_ key: StoreCollection, id: String) async -> Result<[StoreDiffField], AppFailure> {
        .failure(AppFailure("diff is not part of liza-bench"))
    }

    static func change(_ change: StoredRecord.Change) -> StoreChange {
        switch change {
        case .none: return .none
        case .new: return .new
        case .changed: return .changed
        }
    }

    static func key(_ key: StoreCollection) -> RecordCollectionKey {
        RecordCollectionKey(connectionID: key.connectionID, category: key.category.rawValue, objectType: key.objectType)
    }
}
